// Generated entry that runs one module's hypium List suite in Node. The ability delegator is the
// object DevEco's test runner would provide; here it forwards hypium's OHOS_REPORT stream to file
// descriptor 3 (kept apart from the tests' console noise) for the parent process to parse.
export const REPORT_FD = 3;
export const FINISHED_MARKER = 'EASEPUSH_RUNNER_FINISHED';
export const CRASH_MARKER = 'EASEPUSH_RUNNER_CRASH';

// hypium's parameters: `caseTimeoutMs` replaces its default limit of 5 s per asynchronous case.
function hypiumParameters(caseTimeoutMs) {
  return caseTimeoutMs === undefined ? '{}' : `{ timeout: '${caseTimeoutMs}' }`;
}

export function hypiumEntrySource(listTestFile, { caseTimeoutMs } = {}) {
  return `
import { writeSync } from 'node:fs';
import { Hypium } from '@ohos/hypium';
import testsuite from ${JSON.stringify(listTestFile)};

const report = (text: string): void => { writeSync(${REPORT_FD}, text + '\\n'); };
const crash = (what: string, e: unknown): void => {
  const err = e instanceof Error ? e : new Error(String(e));
  report('${CRASH_MARKER}: ' + what + ': ' + (err.stack ?? err.message));
  process.exit(2);
};
process.on('uncaughtException', (e) => crash('uncaught exception', e));
process.on('unhandledRejection', (e) => crash('unhandled rejection', e));

const delegator = {
  print: async (msg: string): Promise<void> => report(msg),
  printSync: (msg: string): void => report(msg),
  finishTest: (msg: string, code: number, cb?: () => void): void => {
    report('${FINISHED_MARKER}: ' + code + ' ' + msg);
    if (cb) cb();
    // Pending fake timers or handles of the code under test must not keep the run alive. Writes to a pipe are
    // asynchronous: let the console drain first, or the suites' last lines (their figures) can be lost.
    setImmediate(() => process.stdout.write('', () => process.stderr.write('', () => process.exit(0))));
  },
  getAppContext: (): object => ({}),
};

try {
  Hypium.hypiumTest(delegator, { parameters: ${hypiumParameters(caseTimeoutMs)} }, testsuite);
} catch (e) {
  // A describe() body that throws while registering suites lands here.
  crash('suite registration failed', e);
}
`;
}

// The entry of a bundle run by tools/mutation/vm-host.mjs in a fresh V8 context per run: the same
// delegator, talking to the host's `__mutationRunner` instead of a file descriptor and the process.
export function hypiumVmEntrySource(listTestFile, { caseTimeoutMs } = {}) {
  return `
import { Hypium } from '@ohos/hypium';
import testsuite from ${JSON.stringify(listTestFile)};

const runner = (globalThis as any).__mutationRunner;
const delegator = {
  print: async (msg: string): Promise<void> => runner.report(msg),
  printSync: (msg: string): void => runner.report(msg),
  finishTest: (msg: string, code: number, cb?: () => void): void => {
    runner.finished(code, msg);
    if (cb) cb();
  },
  getAppContext: (): object => ({}),
};

try {
  Hypium.hypiumTest(delegator, { parameters: ${hypiumParameters(caseTimeoutMs)} }, testsuite);
} catch (e) {
  runner.crash('suite registration failed', e);
}
`;
}
