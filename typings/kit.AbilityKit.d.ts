// Offline typing for @kit.AbilityKit (only what EasePush and its sample use). See typings/README.md.
declare module '@kit.AbilityKit' {
  import { window } from '@kit.ArkUI';

  /** What an ability is started with; a notification tap's clickAction.data arrives in `parameters`. */
  export interface Want {
    bundleName?: string;
    abilityName?: string;
    action?: string;
    parameters?: Record<string, Object>;
  }

  export namespace common {
    /**
     * Base context (passed to preferences.getPreferences and ChatClient.init). Its members are unused;
     * they are declared so that only a real context type-checks where one is expected.
     */
    class Context {
      readonly filesDir: string;
      readonly cacheDir: string;
      readonly preferencesDir: string;
      /** The app's bundle information; `name` is the bundle name (a local notification's tap want needs it). */
      applicationInfo: bundleManager.ApplicationInfo;
      getApplicationContext(): ApplicationContext;
    }

    /**
     * The application-level context: process-wide foreground/background changes (@since 10; no initial call)
     * and the current process state (@since 9).
     */
    class ApplicationContext extends Context {
      on(type: 'applicationStateChange', callback: ApplicationStateChangeCallback): void;
      off(type: 'applicationStateChange', callback?: ApplicationStateChangeCallback): void;
      getRunningProcessInformation(): Promise<Array<appManager.ProcessInformation>>;
    }

    /** Context of a UIAbility (needed by notificationManager dialogs). */
    class UIAbilityContext extends Context {
    }
  }

  /** `applicationStateChange` callback (@since 10); declared as a class, the SDK's docs subclass or type a literal by it. */
  export class ApplicationStateChangeCallback {
    onApplicationForeground(): void;
    onApplicationBackground(): void;
  }

  export namespace appManager {
    /** @since 10. */
    enum ProcessState {
      STATE_CREATE = 0,
      STATE_FOREGROUND = 1,
      STATE_ACTIVE = 2,
      STATE_BACKGROUND = 3,
      STATE_DESTROY = 4
    }

    interface ProcessInformation {
      processName: string;
      state: ProcessState;
    }
  }

  /** What a notification tap starts (alias of object in the SDK). */
  export type WantAgent = object;

  /** @ohos.app.ability.wantAgent, as the API 17 declarations have it. */
  export namespace wantAgent {
    enum OperationType {
      UNKNOWN_TYPE = 0,
      START_ABILITY = 1,
      START_ABILITIES = 2,
      START_SERVICE = 3,
      SEND_COMMON_EVENT = 4
    }

    enum WantAgentFlags {
      ONE_TIME_FLAG = 0,
      NO_BUILD_FLAG = 1,
      CANCEL_PRESENT_FLAG = 2,
      /** Replaces the extra data of an existing agent. */
      UPDATE_PRESENT_FLAG = 3,
      CONSTANT_FLAG = 4
    }

    interface WantAgentInfo {
      wants: Array<Want>;
      /** unverified: the same want and requestCode may reuse an agent, so callers vary it. */
      requestCode: number;
      actionType?: OperationType;
      actionFlags?: Array<WantAgentFlags>;
    }

    /** Errors 401; 16000007 (busy, retry); 16000151 (invalid agent). */
    function getWantAgent(info: WantAgentInfo): Promise<WantAgent>;
  }

  export namespace AbilityConstant {
    /** Passed to onCreate / onNewWant; neither EasePush nor the sample reads its fields, so none are declared. */
    interface LaunchParam {
    }
  }

  /**
   * A UI ability. Push Kit's on('tokenUpdate') take the ability itself.
   * Cold start: onCreate(want); warm start of a singleton ability: onNewWant(want).
   */
  export class UIAbility {
    context: common.UIAbilityContext;
    onCreate(want: Want, launchParam: AbilityConstant.LaunchParam): void;
    onNewWant(want: Want, launchParam: AbilityConstant.LaunchParam): void;
    onWindowStageCreate(windowStage: window.WindowStage): void;
    onForeground(): void;
  }

  /**
   * Bundle information of the app itself. Checked against the HarmonyOS / OpenHarmony API reference
   * (`@ohos.bundle.bundleManager`, BundleInfo, HapModuleInfo, Metadata): `getBundleInfoForSelf(bundleFlags)`
   * returns `Promise<BundleInfo>`; module-level `metadata` is filled only with both
   * GET_BUNDLE_INFO_WITH_HAP_MODULE (0x02) and GET_BUNDLE_INFO_WITH_METADATA (0x20). Only what EasePush reads.
   */
  export namespace bundleManager {
    enum BundleFlag {
      GET_BUNDLE_INFO_WITH_HAP_MODULE = 0x00000002,
      GET_BUNDLE_INFO_WITH_METADATA = 0x00000020
    }

    /** One `metadata` entry of module.json5 (`{ name, value, resource }`). */
    interface Metadata {
      name: string;
      value: string;
      resource: string;
    }

    interface HapModuleInfo {
      readonly name: string;
      readonly metadata: Array<Metadata>;
    }

    /** `name` is the bundle name. */
    interface ApplicationInfo {
      readonly name: string;
    }

    interface BundleInfo {
      readonly name: string;
      readonly hapModulesInfo: Array<HapModuleInfo>;
    }

    function getBundleInfoForSelf(bundleFlags: number): Promise<BundleInfo>;
  }
}
