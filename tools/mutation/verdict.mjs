// How a mutant run is judged, for both runners (a process per run, mutant-runner.mjs; a V8 context per run,
// vm-host.mjs): from hypium's report stream, whether every selected case passed.
import { parseHypiumReport } from '../hypium-report.mjs';

// A first failing (-2) or erroring (-1) case: the mutant is killed, the run need not go on.
export const FAILED_CASE = /^OHOS_REPORT_STATUS_CODE: -[12]$/m;

// { outcome, cases, failed } of a finished or stopped run. `stoppedAs`: 'killed' or 'timeout' when the runner
// stopped it early, undefined when it ended by itself (then `exitedCleanly` says whether its process or
// context ended without trouble). `expectedCases`: a run that passes fewer cases than this did not pass.
export function judgeRun(report, expectedCases, stoppedAs, exitedCleanly, timeoutMs) {
  const result = parseHypiumReport(report);
  const bad = result.cases.find((c) => c.status !== 'pass');
  let outcome = stoppedAs;
  if (outcome === undefined) {
    const clean = exitedCleanly && result.finished && result.crashes.length === 0 && result.suiteErrors.length === 0 &&
      bad === undefined && result.cases.length >= expectedCases;
    outcome = clean ? 'survived' : 'killed';
  }
  return {
    outcome,
    cases: result.cases.length,
    failed: outcome === 'survived' ? undefined : bad ? `${bad.suite} > ${bad.test}` : result.crashes[0] ??
      result.suiteErrors[0]?.message ?? (outcome === 'timeout' ? `no result within ${timeoutMs} ms` :
      `${result.cases.length} case(s) passed of ${expectedCases}`),
  };
}
