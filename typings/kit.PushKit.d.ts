// Offline typing for @kit.PushKit (only what EasePush uses). See typings/README.md.
declare module '@kit.PushKit' {
  import { UIAbility } from '@kit.AbilityKit';

  export namespace pushService {
    /** Current Push Kit token (112 characters today; do not rely on the length). */
    function getToken(): Promise<string>;

    /** Only on logout / account switch / privacy refusal / in-app push switched off. */
    function deleteToken(): Promise<void>;

    /** API 18+; effective on phones only from 6.1.0(23). Older systems: compare getToken() at launch. */
    function on(type: 'tokenUpdate', ability: UIAbility, callback: (token: string) => void): void;
    function off(type: 'tokenUpdate', callback?: (token: string) => void): void;
  }
}
