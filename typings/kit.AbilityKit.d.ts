// Offline typing for @kit.AbilityKit (only what EasePush and its sample use). See typings/README.md.
declare module '@kit.AbilityKit' {
  import { window } from '@kit.ArkUI';

  /** What an ability is started with; a notification tap's clickAction.data arrives in `parameters`. */
  export interface Want {
    deviceId?: string;
    bundleName?: string;
    moduleName?: string;
    abilityName?: string;
    action?: string;
    entities?: Array<string>;
    uri?: string;
    type?: string;
    parameters?: Record<string, Object>;
  }

  export namespace common {
    /** Base context (passed to preferences.getPreferences and ChatClient.init). */
    class Context {
      readonly filesDir: string;
      readonly cacheDir: string;
      readonly preferencesDir: string;
    }

    /** Context of a UIAbility (needed by notificationManager dialogs). */
    class UIAbilityContext extends Context {
      startAbility(want: Want): Promise<void>;
      terminateSelf(): Promise<void>;
    }
  }

  export namespace AbilityConstant {
    enum LaunchReason {
      UNKNOWN = 0,
      START_ABILITY = 1,
      CALL = 2,
      CONTINUATION = 3,
      APP_RECOVERY = 4
    }

    /** Only the field EasePush may read; the real interface has more (lastExitReason, ...). */
    interface LaunchParam {
      launchReason: LaunchReason;
    }
  }

  /**
   * A UI ability. Push Kit registrations (receiveMessage, on('tokenUpdate')) take the ability itself.
   * Cold start: onCreate(want); warm start of a singleton ability: onNewWant(want).
   */
  export class UIAbility {
    context: common.UIAbilityContext;
    launchWant: Want;
    lastRequestWant: Want;
    onCreate(want: Want, launchParam: AbilityConstant.LaunchParam): void;
    onNewWant(want: Want, launchParam: AbilityConstant.LaunchParam): void;
    onWindowStageCreate(windowStage: window.WindowStage): void;
    onWindowStageDestroy(): void;
    onForeground(): void;
    onBackground(): void;
    onDestroy(): void | Promise<void>;
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

    interface BundleInfo {
      readonly name: string;
      readonly hapModulesInfo: Array<HapModuleInfo>;
    }

    function getBundleInfoForSelf(bundleFlags: number): Promise<BundleInfo>;
  }
}
