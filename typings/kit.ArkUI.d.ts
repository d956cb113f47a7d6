// Offline typing for @kit.ArkUI, limited to window.WindowStage, which UIAbility.onWindowStageCreate
// receives (WindowStage lives in @ohos.window, re-exported by @kit.ArkUI, not by @kit.AbilityKit).
// See typings/README.md.
declare module '@kit.ArkUI' {
  import { AsyncCallback } from '@kit.BasicServicesKit';

  export namespace window {
    interface WindowStage {
      /** Loads a page listed in main_pages.json, e.g. 'pages/Index'. */
      loadContent(path: string): Promise<void>;
      loadContent(path: string, callback: AsyncCallback<void>): void;
    }
  }
}
