// A long-lived process that runs a schemata bundle once per job, each time in a fresh V8 context
// (node:vm), so a mutant run costs neither a process start nor a parse of the bundle: the script is
// compiled once and its functions are shared by every context. Each context gets its own globals
// (Promise, Map, Date, ...), its own copy of every module (the bundle is evaluated anew) and timers
// that die with the run, so nothing a run leaves behind reaches the next one: a late timer or promise
// of a finished run finds its run closed and does nothing.
//
// The parent (worker.mjs, VmHostClient) sends { mutant, tests, expectedCases } and gets back
// { outcome: 'survived' | 'killed', cases, failed }. It enforces the timeout: a run stuck in a loop
// cannot answer, so the parent kills this process and starts another.
// argv[2]: the bundle, built by bundleSuite with { vm: true } (an IIFE whose entry is hypiumVmEntrySource).
import fs from 'node:fs';
import vm from 'node:vm';
import { CRASH_MARKER, FINISHED_MARKER } from '../hypium-entry.mjs';
import { FAILED_CASE, judgeRun } from './verdict.mjs';

const script = new vm.Script(fs.readFileSync(process.argv[2], 'utf8'), { filename: process.argv[2] });
const quiet = () => undefined;
const QUIET_CONSOLE = { log: quiet, info: quiet, warn: quiet, error: quiet, debug: quiet, trace: quiet };
let current;

function end(run, outcome) {
  if (run.closed) return;
  run.closed = true;
  for (const t of run.timeouts) clearTimeout(t);
  for (const t of run.intervals) clearInterval(t);
  for (const t of run.immediates) clearImmediate(t);
  if (current === run) current = undefined;
  process.send(judgeRun(run.report, run.job.expectedCases, outcome, true, 0));
}

function crash(run, what, e) {
  if (run.closed) return;
  run.report += `${CRASH_MARKER}: ${what}: ${e && e.stack || String(e)}\n`;
  end(run, 'killed');
}

function start(job) {
  const run = { job, report: '', closed: false, timeouts: new Set(), intervals: new Set(), immediates: new Set() };
  current = run;
  // Host timers, wrapped: a callback of a closed run never runs, and one that throws crashes its run
  // (as an uncaught exception would crash a run of its own process).
  const guarded = (fn) => (...a) => {
    if (run.closed) return;
    try { fn(...a); } catch (e) { crash(run, 'uncaught exception', e); }
  };
  const sandbox = {
    console: QUIET_CONSOLE,
    setTimeout: (fn, ms, ...a) => { const t = setTimeout(guarded(fn), ms, ...a); run.timeouts.add(t); return t; },
    clearTimeout: (t) => { run.timeouts.delete(t); clearTimeout(t); },
    setInterval: (fn, ms, ...a) => { const t = setInterval(guarded(fn), ms, ...a); run.intervals.add(t); return t; },
    clearInterval: (t) => { run.intervals.delete(t); clearInterval(t); },
    setImmediate: (fn, ...a) => { const t = setImmediate(guarded(fn), ...a); run.immediates.add(t); return t; },
    clearImmediate: (t) => { run.immediates.delete(t); clearImmediate(t); },
    queueMicrotask: (fn) => queueMicrotask(guarded(fn)),
    TextEncoder, TextDecoder, URL, URLSearchParams, performance, structuredClone,
    __easepushMutant: (id) => id === job.mutant,
    __easepushMutantTests: job.tests === null ? undefined : new Set(job.tests),
    // A test starting after its run was judged does not run its body (hypium-shim.mjs).
    __easepushMutantTestStarts: () => !run.closed,
    __mutationRunner: {
      report: (text) => {
        if (run.closed) return;
        run.report += `${text}\n`;
        // A failing case: the mutant is killed, no need to go on.
        if (FAILED_CASE.test(text)) end(run, 'killed');
      },
      finished: (code, msg) => {
        if (run.closed) return;
        run.report += `${FINISHED_MARKER}: ${code} ${msg}\n`;
        end(run, undefined);
      },
      crash: (what, e) => crash(run, what, e),
    },
  };
  const context = vm.createContext(sandbox);
  run.promisePrototype = vm.runInContext('Promise.prototype', context);
  try {
    script.runInContext(context);
  } catch (e) {
    crash(run, 'bundle evaluation failed', e);
  }
}

// A rejection nobody handles, or an exception no wrapper caught, belongs to the current run when it
// comes from that run's context; one of a closed run is ignored.
process.on('unhandledRejection', (reason, promise) => {
  if (current !== undefined && Object.getPrototypeOf(promise) === current.promisePrototype) crash(current, 'unhandled rejection', reason);
});
process.on('uncaughtException', (e) => {
  if (current !== undefined) crash(current, 'uncaught exception', e);
});
process.on('message', (job) => {
  if (job.type === 'exit') process.exit(0);
  // Let whatever the previous run left in the queues drain before the next context starts.
  setImmediate(() => start(job));
});
process.send({ ready: true });
