// Offline typing for @kit.ArkData (only what EasePush uses). See typings/README.md.
declare module '@kit.ArkData' {
  import { common } from '@kit.AbilityKit';

  export namespace preferences {
    // Subset of the real union (which also has object and bigint): EasePush stores strings and numbers only.
    type ValueType = number | string | boolean | Array<number> | Array<string> | Array<boolean> | Uint8Array;

    function getPreferences(context: common.Context, name: string): Promise<Preferences>;

    interface Preferences {
      /** Resolves to defValue when the key is absent. */
      get(key: string, defValue: ValueType): Promise<ValueType>;
      has(key: string): Promise<boolean>;
      /** Changes the in-memory copy; call flush() to persist it. */
      put(key: string, value: ValueType): Promise<void>;
      delete(key: string): Promise<void>;
      flush(): Promise<void>;
    }
  }
}
