// Offline typing for @kit.PushKit (only what EasePush uses). See typings/README.md.
declare module '@kit.PushKit' {
  import { UIAbility } from '@kit.AbilityKit';
  import { AsyncCallback } from '@kit.BasicServicesKit';

  export namespace pushCommon {
    /** A message delivered to a running app. `data` is a JSON string. */
    interface PushPayload {
      type: string;
      data: string;
    }
  }

  export namespace pushService {
    /** Current Push Kit token (112 characters today; do not rely on the length). */
    function getToken(): Promise<string>;
    function getToken(callback: AsyncCallback<string>): void;

    /** Only on logout / account switch / privacy refusal / in-app push switched off. */
    function deleteToken(): Promise<void>;

    /**
     * Call synchronously in UIAbility.onCreate. Registering the same type twice throws 1000900005.
     * The union lists the documented values; the real parameter may be typed `string`.
     */
    function receiveMessage(
      pushType: 'DEFAULT' | 'IM' | 'VoIP' | 'BACKGROUND' | 'EMERGENCY',
      ability: UIAbility,
      callback: (payload: pushCommon.PushPayload) => void
    ): void;

    /** API 18+; effective on phones only from 6.1.0(23). Older systems: compare getToken() at launch. */
    function on(type: 'tokenUpdate', ability: UIAbility, callback: (token: string) => void): void;
    function off(type: 'tokenUpdate', callback?: (token: string) => void): void;
  }
}
