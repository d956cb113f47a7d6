// Offline typing for @kit.TestKit (only what library/src/ohosTest uses). See typings/README.md.
// Checked against the HarmonyOS SDK 5.0.5 (API 17) declarations: @kit.TestKit re-exports
// @ohos.app.ability.abilityDelegatorRegistry, whose getAbilityDelegator() returns an AbilityDelegator with
// getAppContext(): Context (both @since 9).
declare module '@kit.TestKit' {
  import { common } from '@kit.AbilityKit';

  export namespace abilityDelegatorRegistry {
    interface AbilityDelegator {
      getAppContext(): common.Context;
    }

    function getAbilityDelegator(): AbilityDelegator;
  }
}
