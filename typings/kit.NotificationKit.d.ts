// Offline typing for @kit.NotificationKit (only what EasePush uses). See typings/README.md.
declare module '@kit.NotificationKit' {
  import { common } from '@kit.AbilityKit';

  export namespace notificationManager {
    function isNotificationEnabled(): Promise<boolean>;

    /**
     * Shows the system dialog; call only after windowStage.loadContent.
     * Fails with 1600004 once the user refused (the dialog never shows again),
     * 1600013 while the dialog is already showing.
     */
    function requestEnableNotification(context: common.UIAbilityContext): Promise<void>;

    /**
     * Opens the app's notification settings after a refusal.
     * unverified: name and return type. platform-apis.md names it openNotificationSettingsWithResult
     * and states no return type, so Promise<void> is declared; Huawei's public Notification Kit FAQ
     * calls the API `openNotificationSettings(context)` (declared below). Use one in the adapter
     * only after checking it against the SDK.
     */
    function openNotificationSettingsWithResult(context: common.UIAbilityContext): Promise<void>;
    /** unverified: see openNotificationSettingsWithResult. */
    function openNotificationSettings(context: common.UIAbilityContext): Promise<void>;

    /** Resolves once the badge is set; 0 clears it (opening the app does not). */
    function setBadgeNumber(badgeNumber: number): Promise<void>;
  }
}
