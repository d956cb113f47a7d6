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
    /** 1.4.0+ (Easemob release notes): the offline-message sync after connecting. */
    onOfflineMessageSyncStart?: () => void;
    onOfflineMessageSyncFinish?: () => void;
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
    /** [FP ConversationWrapper]. */
    getUnreadMsgCount(): number;
    /** 1.4.0+, filled by syncConversationsSilentModeFromServer. unverified: absent on older SDKs (adapters check). */
    pushRemindType(): PushRemindType;
  }

  // Message side, from Easemob's Flutter plugin (MessageHelper / MessageBodyHelper) and the v1.11.0 ChatMessageListener reference.

  /** unverified: numeric values (0/1/2 inferred); EasePush compares members only. */
  export enum ChatType {
    Chat = 0,
    GroupChat = 1,
    ChatRoom = 2
  }

  /** unverified: numeric values; EasePush compares members only. */
  export enum ContentType {
    TXT = 0,
    IMAGE = 1,
    VIDEO = 2,
    LOCATION = 3,
    VOICE = 4,
    FILE = 5,
    CMD = 6,
    CUSTOM = 7,
    COMBINE = 8
  }

  /** unverified: numeric values. */
  export enum MessageDirection {
    SEND = 0,
    RECEIVE = 1
  }

  /** Up to 1.5.x; 1.6.0 adds object (stringified). */
  export type MessageExtType = string | boolean | number | object;

  export class ChatMessageBody {
    type(): ContentType;
  }

  export class TextMessageBody extends ChatMessageBody {
    getContent(): string;
  }

  export class ChatMessage {
    getMsgId(): string;
    getFrom(): string;
    getTo(): string;
    getConversationId(): string;
    getChatType(): ChatType;
    getType(): ContentType;
    getBody(): ChatMessageBody;
    getDirection(): MessageDirection;
    getServerTimestamp(): number;
    getLocalTimestamp(): number;
    isUnread(): boolean;
    ext(): Map<string, MessageExtType>;
    setExt(ext: Map<string, MessageExtType>): void;
    /**
     * 1.3.0+. unverified across versions: up to 1.5.x (key, jsonValue: string); 1.6.0 (key, value: string | object);
     * 1.11.0 (key, value: object). Declared in the 1.6.0 form; the adapter passes the form of the installed version.
     */
    setJsonAttribute(key: string, value: string | object): void;
  }

  /** [E-ml]: onMessageReceived required, the rest optional. */
  export interface ChatMessageListener {
    onMessageReceived: (messages: ChatMessage[]) => void;
    onCmdMessageReceived?: (messages: ChatMessage[]) => void;
    onMessageRead?: (messages: ChatMessage[]) => void;
    onMessageDelivered?: (messages: ChatMessage[]) => void;
  }

  /** [FP]. unverified: which members are optional (both are given by EasePush). */
  export interface ConversationListener {
    onConversationUpdate: () => void;
    onConversationRead: (from: string, to: string) => void;
  }

  /** unverified: values; CONVERSATION_MUTE_INFO_CHANGED 1.4.0 (remind type changed on another device). */
  export enum MultiDevicesEvent {
    CONVERSATION_PINNED = 60,
    CONVERSATION_UNPINNED = 61,
    CONVERSATION_DELETED = 62,
    CONVERSATION_MARK_UPDATE = 63,
    CONVERSATION_MUTE_INFO_CHANGED = 64
  }

  /** [FP ClientWrapper]. unverified: optionality of every member, so EasePush gives each one. */
  export interface MultiDevicesListener {
    onContactEvent: (event: MultiDevicesEvent, target: string, ext: string) => void;
    onGroupEvent: (event: MultiDevicesEvent, target: string, userIds: string[]) => void;
    onConversationEvent: (event: MultiDevicesEvent, conversationId: string, type: ConversationType) => void;
    onMessageRemoved: (conversationId: string, deviceId: string) => void;
  }

  export class PushManager {
    /** Several listeners may be added; there is no remove-all. */
    addListener(listener: PushListener): void;
    removeListener(listener: PushListener): void;

    /** Manual bind, as the vendor's own Flutter plugin does it. unverified: return type. */
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
    /** Several listeners may be added. */
    addMessageListener(listener: ChatMessageListener): void;
    removeMessageListener(listener: ChatMessageListener): void;
    addConversationListener(listener: ConversationListener): void;
    removeConversationListener(listener: ConversationListener): void;
    /** 1.2.0+. There is no total unread count on HarmonyOS: sum getUnreadMsgCount() over these. */
    getAllConversationsBySort(): Conversation[];
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
    addMultiDevicesListener(listener: MultiDevicesListener): void;
    removeMultiDevicesListener(listener: MultiDevicesListener): void;
    /** Callers always use `?.`. */
    pushManager(): PushManager | undefined;
    /** unverified: see ChatManager. Callers always check for undefined. */
    chatManager(): ChatManager | undefined;
  }
}
