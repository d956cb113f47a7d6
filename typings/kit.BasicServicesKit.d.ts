// Offline typing for @kit.BasicServicesKit (only what EasePush uses). See typings/README.md.
declare module '@kit.BasicServicesKit' {
  /** Error thrown or passed back by system kit APIs; `code` is the kit's numeric error code. */
  export interface BusinessError<T = void> extends Error {
    code: number;
    data?: T;
  }

  /** Callback form of asynchronous kit APIs (window.loadContent): `err` is set on failure. */
  export interface AsyncCallback<T, E = void> {
    (err: BusinessError<E>, data: T): void;
  }

  /** Facts about the running system (@ohos.deviceInfo). */
  export namespace deviceInfo {
    /** The system's API level, e.g. 18 on HarmonyOS 5.1.0(18). @since 10 (6 as a system API) */
    const sdkApiVersion: number;
  }
}
