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
     * Opens the app's notification settings as a semi-modal panel (the way back after a refusal).
     * Checked against the @ohos.notificationManager declarations: since API 13, errors 801 (not
     * supported), 1600001, 1600003, 1600018 (settings panel already showing). Unlike what
     * platform-apis.md says, `openNotificationSettingsWithResult` only exists since API 26 and resolves
     * with a NotificationSetting, so EasePush (API 12+) does not use it.
     */
    function openNotificationSettings(context: common.UIAbilityContext): Promise<void>;

    /** Resolves once the badge is set; 0 clears it (opening the app does not). */
    function setBadgeNumber(badgeNumber: number): Promise<void>;
  }
}
