// Globals the ArkTS runtime provides to every .ets file (ArkCompiler's lib, not DOM or Node).
// The offline checks compile with lib es2020 only, so these few are declared here; keep the list
// to what the ArkTS runtime really offers.

interface ArkConsole {
  debug(message: string, ...args: Object[]): void;
  log(message: string, ...args: Object[]): void;
  info(message: string, ...args: Object[]): void;
  warn(message: string, ...args: Object[]): void;
  error(message: string, ...args: Object[]): void;
}
declare const console: ArkConsole;

declare function setTimeout(handler: Function | string, delay?: number, ...args: Object[]): number;
declare function clearTimeout(timeoutID?: number): void;
declare function setInterval(handler: Function | string, delay: number, ...args: Object[]): number;
declare function clearInterval(intervalID?: number): void;

// Declared globally by the SDK's ets-loader (declarations/global.d.ts).
/** Whether the device has the system capability, e.g. canIUse('SystemCapability.Push.PushService'). */
declare function canIUse(syscap: string): boolean;
/**
 * The default export of a native module, loaded at run time (@since 12; throws 401, 10200301). EasePush uses it
 * for functions newer than its minimum API level, which its compile SDK does not declare.
 */
declare function loadNativeModule(moduleName: string): Object;
