// Offline typing for @kit.PushKit (only what EasePush uses). See typings/README.md.
declare module '@kit.PushKit' {
  export namespace pushService {
    /** Current Push Kit token (112 characters today; do not rely on the length). @since 4.0.0(10) */
    function getToken(): Promise<string>;

    /** Only on logout / account switch / privacy refusal / in-app push switched off. @since 4.0.0(10) */
    function deleteToken(): Promise<void>;

    // Not declared on purpose: on('tokenUpdate', ability, callback) and off('tokenUpdate', callback?), both
    // @since 5.1.0(18). The SDK 5.0.5 (API 17) declarations lack them, so code naming them does not compile
    // there; adapters/PushKitTokenUpdates.ets looks them up at run time on API 18+ devices instead.
  }
}
