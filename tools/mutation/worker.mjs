// One mutation worker (a child process of tools/mutate.mjs). Jobs arrive one at a time over IPC, so a
// worker and the suite run it starts never use more than one core between them:
//   check: type-check one mutant (one that does not compile is "invalid")
//   run:   run the schemata bundle with one mutant switched on, registering only the given tests (in
//          stages: the next one only if the last passed): in a fresh V8 context of a long-lived host
//          process (vm-host.mjs), or with `--runner process` in a process of its own
//   own:   bundle the suite with one mutant applied (a mutant whose host cannot be switched at run time)
//          and run all of it
import { fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyMutant } from './mutants.mjs';
import { MutantChecker } from './mutant-checker.mjs';
import { cpuMsOf } from './cpu-time.mjs';
import { bundleSuite, runSuite } from './mutant-runner.mjs';

let setup;
let checker;
let mutants;

const VM_HOST = path.join(path.dirname(fileURLToPath(import.meta.url)), 'vm-host.mjs');
// A host is replaced after this many runs, so that whatever runs leave behind cannot pile up.
const RUNS_PER_HOST = 300;
// How often a run's time is looked at, and how far wall time may exceed a CPU-time limit.
const WATCHDOG_MS = 50;
const WALL_FACTOR = 5;

// The vm host (vm-host.mjs), started on demand. A run that does not answer within its timeout is a
// timeout: the host is killed (the run may be stuck in a loop) and the next run starts a new one.
class VmHostClient {
  constructor(bundle) {
    this.bundle = bundle;
    this.child = undefined;
    this.runs = 0;
  }

  start() {
    const child = fork(VM_HOST, [this.bundle], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    const ready = new Promise((resolve) => child.once('message', resolve));
    this.child = { process: child, ready };
    this.runs = 0;
  }

  stop() {
    if (this.child !== undefined) this.child.process.kill('SIGKILL');
    this.child = undefined;
  }

  // Resolves the run's result. `timeoutMs` is counted in the host's CPU time where /proc tells it
  // (cpu-time.mjs; then `cpuTimed` is true in the result), else in wall time. A CPU-timed run still ends
  // after WALL_FACTOR times the limit in wall time, whatever it used, so nothing can wait forever.
  async run(job, timeoutMs) {
    if (this.child === undefined || this.runs >= RUNS_PER_HOST) {
      this.stop();
      this.start();
    }
    const { process: child, ready } = this.child;
    await ready;
    this.runs += 1;
    const started = Date.now();
    const cpuAtStart = cpuMsOf(child.pid);
    const cpuTimed = cpuAtStart !== undefined;
    return new Promise((resolve) => {
      let settled = false;
      const settle = (result, kill) => {
        if (settled) return;
        settled = true;
        clearInterval(watchdog);
        child.off('message', onMessage);
        child.off('exit', onExit);
        const cpuMs = cpuTimed ? Math.round((cpuMsOf(child.pid) ?? cpuAtStart) - cpuAtStart) : undefined;
        if (kill) this.stop();
        resolve({ ...result, ms: Date.now() - started, cpuMs, cpuTimed });
      };
      const onMessage = (m) => settle(m, false);
      // A host that dies mid-run (out of memory, say) crashed with the mutant: killed, as a crash is.
      const onExit = (code) => settle({ outcome: 'killed', failed: `the run crashed (exit ${code})`, cases: 0 }, true);
      const timedOut = () => settle({ outcome: 'timeout', failed: `no result within ${timeoutMs} ms${cpuTimed ? ' of CPU time' : ''}`, cases: 0 }, true);
      const watchdog = setInterval(() => {
        const used = cpuTimed ? (cpuMsOf(child.pid) ?? Infinity) - cpuAtStart : Date.now() - started;
        if (used > timeoutMs || Date.now() - started > (cpuTimed ? WALL_FACTOR : 1) * timeoutMs) timedOut();
      }, WATCHDOG_MS);
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.send(job);
    });
  }
}
let host;

function textOf(file) {
  return setup.snapshot.get(file) ?? fs.readFileSync(file, 'utf8');
}

// A timeout in wall time is confirmed once with twice the time, so a moment of load on a shared machine
// is not counted as a killed mutant. One in CPU time needs no second look: load does not add to it.
async function confirmed(run) {
  const first = await run(1);
  return first.outcome === 'timeout' && !first.cpuTimed ? run(2) : first;
}

async function runJob(job) {
  const mutant = mutants[job.id];
  if (job.type === 'check') {
    const errors = checker.check(mutant.file, applyMutant(textOf(mutant.file), mutant));
    return { id: job.id, outcome: errors.length > 0 ? 'invalid' : 'valid', detail: errors[0], ms: 0 };
  }
  if (job.type === 'run') {
    // A mutant's tests run in stages (see mutate.mjs): the next stage runs only when every case of this
    // one passed, so a mutant the first stage kills costs only that stage.
    let ms = 0;
    let cpuMs = 0;
    let run;
    for (const stage of job.stages) {
      run = await runStage(job.id, stage);
      ms += run.ms;
      cpuMs = run.cpuMs === undefined || cpuMs === undefined ? undefined : cpuMs + run.cpuMs;
      if (run.outcome !== 'survived') break;
    }
    return { id: job.id, outcome: run.outcome, detail: run.failed, ms, cpuMs };
  }
  const bundle = path.join(setup.outDir, `worker-${setup.index}.mjs`);
  const substitution = new Map([[path.resolve(mutant.file), applyMutant(textOf(mutant.file), mutant)]]);
  await bundleSuite(setup.listFile, bundle, substitution, setup.snapshot);
  const run = await confirmed((factor) => runSuite(bundle, factor * job.timeoutMs, job.expectedCases));
  return { id: job.id, outcome: run.outcome, detail: run.failed, ms: run.ms };
}

// One stage of a mutant's run: { tests (null: all), timeoutMs, expectedCases }.
function runStage(id, stage) {
  if (setup.runner === 'vm') {
    host ??= new VmHostClient(setup.vmBundle);
    return confirmed((factor) => host.run({ mutant: id, tests: stage.tests, expectedCases: stage.expectedCases }, factor * stage.timeoutMs));
  }
  const env = { EASEPUSH_MUTANT: String(id) };
  if (stage.tests !== null) {
    env.EASEPUSH_MUTANT_TESTS = path.join(setup.outDir, `tests-${setup.index}.json`);
    fs.writeFileSync(env.EASEPUSH_MUTANT_TESTS, JSON.stringify(stage.tests));
  }
  return confirmed((factor) => runSuite(setup.schemataBundle, factor * stage.timeoutMs, stage.expectedCases, env));
}

process.on('message', (message) => {
  if (message.type === 'setup') {
    setup = { ...message, snapshot: new Map(message.snapshot) };
    mutants = message.mutants;
    checker = new MutantChecker(setup.checkedFiles, setup.snapshot);
    process.send({ type: 'ready' });
    return;
  }
  if (message.type === 'job') {
    runJob(message.job).then(
      (result) => process.send({ type: 'result', result }),
      (e) => process.send({ type: 'result', result: { id: message.job.id, outcome: 'error', detail: String(e && e.stack || e), ms: 0 } }),
    );
    return;
  }
  if (message.type === 'exit') {
    host?.stop();
    process.exit(0);
  }
});
