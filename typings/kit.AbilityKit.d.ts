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
    }

    /** Context of a UIAbility (needed by notificationManager dialogs). */
    class UIAbilityContext extends Context {
    }
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

    interface BundleInfo {
      readonly name: string;
      readonly hapModulesInfo: Array<HapModuleInfo>;
    }

    function getBundleInfoForSelf(bundleFlags: number): Promise<BundleInfo>;
  }
}
