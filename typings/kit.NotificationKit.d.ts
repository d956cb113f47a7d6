// Offline typing for @kit.NotificationKit (only what EasePush uses). See typings/README.md.
declare module '@kit.NotificationKit' {
  import { common, WantAgent } from '@kit.AbilityKit';

  export namespace notificationManager {
    function isNotificationEnabled(): Promise<boolean>;

    /**
     * Shows the system dialog; call only after windowStage.loadContent.
     * Fails with 1600004 once the user refused (the dialog never shows again),
     * 1600013 while the dialog is already showing.
     */
    function requestEnableNotification(context: common.UIAbilityContext): Promise<void>;

    // Not declared on purpose: openNotificationSettings(context: UIAbilityContext): Promise<void>, @since 13
    // (errors 1600001, 1600003, 1600018; SystemCapability.Notification.NotificationSettings, which 2in1 devices
    // lack). EasePush supports API 12, so adapters/NotificationManagerPort.ets looks it up at run time.
    // openNotificationSettingsWithResult only exists since API 26.

    /** Resolves once the badge is set; 0 clears it (opening the app does not). */
    function setBadgeNumber(badgeNumber: number): Promise<void>;

    // Arrival side (local notifications), checked against the SDK 5.0.5
    // declarations (@ohos.notificationManager, notification/notificationRequest, notificationSlot, notificationContent).

    /** Slot types (@since 11 as notificationManager.SlotType). SOCIAL_COMMUNICATION: banner, lock screen, tone. */
    enum SlotType {
      UNKNOWN_TYPE = 0,
      SOCIAL_COMMUNICATION = 1,
      SERVICE_INFORMATION = 2,
      CONTENT_INFORMATION = 3,
      LIVE_VIEW = 4,
      CUSTOMER_SERVICE = 5,
      OTHER_TYPES = 0xFFFF
    }

    /** Content types (@since 11); only the basic text is used. */
    enum ContentType {
      NOTIFICATION_CONTENT_BASIC_TEXT = 0,
      NOTIFICATION_CONTENT_LONG_TEXT = 1,
      NOTIFICATION_CONTENT_PICTURE = 2,
      NOTIFICATION_CONTENT_CONVERSATION = 3,
      NOTIFICATION_CONTENT_MULTILINE = 4
    }

    interface NotificationBasicContent {
      title: string;
      text: string;
      additionalText?: string;
    }

    interface NotificationContent {
      notificationContentType?: ContentType;
      normal?: NotificationBasicContent;
    }

    /** Only `content` is required. The same id + label replaces the shown notification. */
    interface NotificationRequest {
      content: NotificationContent;
      id?: number;
      label?: string;
      notificationSlotType?: SlotType;
      groupName?: string;
      wantAgent?: WantAgent;
      /** Default true (needs wantAgent). */
      tapDismissed?: boolean;
      isAlertOnce?: boolean;
      /** Added to the app icon badge. */
      badgeNumber?: number;
    }

    /** No app-level isNotificationSlotEnabled exists (system only): read `enabled` of getSlot's answer. */
    interface NotificationSlot {
      notificationType?: SlotType;
      readonly enabled?: boolean;
    }

    /** Errors 401, 1600001-1600005, 1600007, 1600009 (rate limit), 1600012, 1600014-1600016, 2300007. */
    function publish(request: NotificationRequest): Promise<void>;
    /** Cancels this app's notifications in the group. */
    function cancelGroup(groupName: string): Promise<void>;
    function addSlot(type: SlotType): Promise<void>;
    function getSlot(slotType: SlotType): Promise<NotificationSlot>;
  }
}
