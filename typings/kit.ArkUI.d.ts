// Offline typing for @kit.ArkUI, limited to window.WindowStage, which UIAbility.onWindowStageCreate
// receives (WindowStage lives in @ohos.window, re-exported by @kit.ArkUI, not by @kit.AbilityKit), and
// the router the sample app navigates with.
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

  /**
   * Page navigation (`@ohos.router`, re-exported by @kit.ArkUI), used by the sample to open the
   * conversation page of a tapped notification. Available since API 9; API 18 deprecates the module
   * functions in favour of `UIContext.getRouter()`, which offers the same calls.
   */
  export namespace router {
    interface RouterOptions {
      /** A page listed in main_pages.json, e.g. 'pages/ConversationPage'. */
      url: string;
      /** Handed to the new page, which reads it with getParams(). */
      params?: Object;
    }

    function pushUrl(options: RouterOptions): Promise<void>;
    function back(): void;
    /** The params the current page was opened with. */
    function getParams(): Object;
  }
}
