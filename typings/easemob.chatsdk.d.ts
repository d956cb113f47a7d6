// Offline typing for @easemob/chatsdk (Easemob IM SDK for HarmonyOS), only the parts EasePush uses:
// init, login/logout, connection state, push token binding, push settings and do-not-disturb.
// Checked against the Easemob HarmonyOS SDK API reference v1.11.0 where noted. See typings/README.md.
declare module '@easemob/chatsdk' {
  import { common } from '@kit.AbilityKit';

  /** Error passed to PushListener.onError and used to reject SDK promises. */
  // unverified: whether ChatError is a class or an interface, and its constructor.
  export class ChatError {
    errorCode: number;
    description: string;
  }

  /** Constructor parameter of ChatOptions (named AppParam in the v1.11.0 reference). */
  export interface AppParam {
    appKey?: string;
    appId?: string;
  }

  export class ChatOptions {
    constructor(param: AppParam);
    /** @deprecated since 1.5.0: pass an AppParam instead of the plain app key. */
    constructor(appKey: string);
    /** Push certificate name; the console's HarmonyOS certificate must carry the same name (the guides use the Client ID). */
    setAppIDForPush(appIdForPush: string): void;
    getAppIDForPush(): string;
  }

  /** Extra information passed with onLogout. */
  // unverified: field names (other Easemob SDKs use deviceName and an extension string).
  export interface LoginExtInfo {
    deviceName?: string;
  }

  /** Connection events. onConnected and onDisconnected are required members in the v1.11.0 reference. */
  export interface ConnectionListener {
    onConnected: () => void;
    onDisconnected: (errorCode: number) => void;
    onLogout?: (errorCode: number, info: LoginExtInfo) => void;
  }

  /**
   * Result of the SDK's own token upload after each login. Both members are required in the
   * v1.11.0 reference. Since 1.5.3 onError also reports the SDK's Push Kit token-fetch failure.
   */
  export interface PushListener {
    onBindTokenSuccess: (token: string) => void;
    onError: (error: ChatError) => void;
  }

  export enum PushRemindType {
    ALL = 0,
    MENTION_ONLY = 1,
    NONE = 2
  }

  export enum PushDisplayStyle {
    SimpleBanner = 0,
    MessageSummary = 1
  }

  /** Verified against the v1.11.0 reference (Conversation.ConversationType). */
  export enum ConversationType {
    Chat = 0,
    GroupChat = 1,
    ChatRoom = 2
  }

  /** One end of a daily do-not-disturb window, 24-hour clock (v1.11.0: SilentModeTimeParam). */
  export interface SilentModeTimeParam {
    hours: number;
    minutes: number;
  }

  /** Daily do-not-disturb window (v1.11.0: SilentIntervalTypeParam). */
  export interface SilentIntervalTypeParam {
    startTime: SilentModeTimeParam;
    endTime: SilentModeTimeParam;
  }

  /**
   * Parameter of setSilentModeForAll: a remind type or a daily window (v1.11.0 type alias).
   * unverified: a duration form exists in other Easemob SDKs; it is not part of this alias in
   * the v1.11.0 reference, so it is not declared.
   */
  export type SilentModeParam = PushRemindType | SilentIntervalTypeParam;

  /** Start or end of the do-not-disturb window in a SilentModeResult. */
  export class SilentModeTime {
    getHour(): number;
    getMinute(): number;
  }

  /** Do-not-disturb settings returned by the server. */
  export class SilentModeResult {
    getRemindType(): PushRemindType;
    /** 0 when no duration is active. */
    getExpireTimestamp(): number;
    getSilentModeStartTime(): SilentModeTime;
    getSilentModeEndTime(): SilentModeTime;
    getConversationId(): string;
    getConversationType(): ConversationType;
  }

  /** Argument type of getSilentModeForConversations. */
  // unverified: member names on HarmonyOS (other Easemob SDKs: conversationId() and getType()).
  // Obtaining Conversation objects needs the chat manager, which is not declared here.
  export class Conversation {
    conversationId(): string;
    getType(): ConversationType;
  }

  export class PushManager {
    /** Several listeners may be added; there is no remove-all. */
    addListener(listener: PushListener): void;
    removeListener(listener: PushListener): void;

    /** Manual bind, as the vendor's own Flutter plugin does it. unverified: return type (so marked in platform-apis.md). */
    uploadPushToken(token: string, notifierName: string): Promise<string>;
    unbindPushToken(certName: string): Promise<void>;

    updatePushNickname(nickname: string): Promise<void>;
    updatePushDisplayStyle(style: PushDisplayStyle): Promise<void>;

    setSilentModeForAll(param: SilentModeParam): Promise<SilentModeResult>;
    getSilentModeForAll(): Promise<SilentModeResult>;
    setSilentModeForConversation(conversationId: string, type: ConversationType, remindType: PushRemindType): Promise<SilentModeResult>;
    getSilentModeForConversation(conversationId: string, type: ConversationType): Promise<SilentModeResult>;
    clearRemindTypeForConversation(conversationId: string, type: ConversationType): Promise<void>;
    /** At most 20 conversations, no chat rooms. Keyed by conversation ID. */
    getSilentModeForConversations(conversations: Array<Conversation>): Promise<Map<string, SilentModeResult>>;
    /** 1.4.0+. */
    syncConversationsSilentModeFromServer(): Promise<void>;

    setPushTemplate(templateName: string): Promise<void>;
    getPushTemplate(): Promise<string>;
  }

  /**
   * unverified: the HarmonyOS chat manager's name and getConversation's signature and return type
   * (other Easemob SDKs: getConversation(conversationId, type, createIfNeed) -> Conversation or null).
   * Only EasePush's batch do-not-disturb query uses it, through a tolerant adapter.
   */
  export class ChatManager {
    getConversation(conversationId: string, type?: ConversationType, createIfNeed?: boolean): Conversation | undefined;
  }

  export class ChatClient {
    static getInstance(): ChatClient;
    // unverified: return type of init.
    init(context: common.Context, options: ChatOptions): void;
    loginWithToken(userId: string, token: string): Promise<void>;
    login(userId: string, pwd: string): Promise<void>;
    /** Unbinds the push token unless unbindToken is false (use false when the unbind fails offline). */
    logout(unbindToken?: boolean): Promise<void>;
    isLoggedIn(): boolean;
    isConnected(): boolean;
    // unverified: return type of getCurrentUser (the reference gives none).
    getCurrentUser(): string;
    addConnectionListener(listener: ConnectionListener): void;
    removeConnectionListener(listener: ConnectionListener): void;
    /** Callers always use `?.`. */
    pushManager(): PushManager | undefined;
    /** unverified: see ChatManager. Callers always check for undefined. */
    chatManager(): ChatManager | undefined;
  }
}
