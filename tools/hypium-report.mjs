// Parses hypium's OHOS_REPORT stream (the same text DevEco reads from the device) into results.
// Per test: `OHOS_REPORT_STATUS: class=` / `test=` / `stack=` then `OHOS_REPORT_STATUS_CODE:`
// 0 pass, -1 error (threw), -2 failure (assertion). Suite hook errors appear in the suiteDone
// block as a bare `OHOS_REPORT_STATUS: <message>` line after `suiteconsuming=`.
import { CRASH_MARKER, FINISHED_MARKER } from './hypium-entry.mjs';

export function parseHypiumReport(text) {
  const result = { cases: [], suiteErrors: [], crashes: [], summary: undefined, finished: false };
  let current = {};
  let inSuiteDone = false;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trimEnd();
    if (line.startsWith(CRASH_MARKER)) { result.crashes.push(line.slice(CRASH_MARKER.length + 2)); continue; }
    if (line.startsWith(FINISHED_MARKER)) { result.finished = true; continue; }
    const summary = /Tests run: (\d+), Failure: (\d+), Error: (\d+), Pass: (\d+), Ignore: (\d+)/.exec(line);
    if (summary) {
      const [total, failure, error, pass, ignore] = summary.slice(1).map(Number);
      result.summary = { total, failure, error, pass, ignore };
      continue;
    }
    const code = /^OHOS_REPORT_STATUS_CODE: (-?\d+)$/.exec(line);
    if (code) {
      // STATUS_CODE 1 marks a test start; only the end-of-test codes produce a result.
      const status = { 0: 'pass', '-1': 'error', '-2': 'fail' }[code[1]];
      if (status) result.cases.push({ suite: current.class, test: current.test, status, message: current.stack ?? '' });
      if (code[1] !== '1') current = { class: current.class };
      continue;
    }
    const status = /^OHOS_REPORT_STATUS: (.*)$/.exec(line);
    if (!status) continue;
    const kv = /^(\w+)=(.*)$/.exec(status[1]);
    if (kv) {
      if (kv[1] === 'class') inSuiteDone = false;
      if (kv[1] === 'suiteconsuming') inSuiteDone = true;
      current[kv[1]] = kv[2];
    } else if (inSuiteDone) {
      result.suiteErrors.push({ suite: current.class, message: status[1] });
    }
  }
  return result;
}
