// Offline typing for @kit.PerformanceAnalysisKit (only what EasePush uses). See typings/README.md.
declare module '@kit.PerformanceAnalysisKit' {
  export namespace hilog {
    // The SDK types `args` as any[]; Object[] is the stricter subset ArkTS code can use anyway.
    // `format` uses %{public}s / %{private}s; tokens must be masked before they get here.
    function debug(domain: number, tag: string, format: string, ...args: Object[]): void;
    function info(domain: number, tag: string, format: string, ...args: Object[]): void;
    function warn(domain: number, tag: string, format: string, ...args: Object[]): void;
    function error(domain: number, tag: string, format: string, ...args: Object[]): void;
  }
}
