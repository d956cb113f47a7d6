// One mutation worker (a child process of tools/mutate.mjs). Jobs arrive one at a time over IPC, so a
// worker and the suite run it starts never use more than one core between them:
//   check: type-check one mutant (one that does not compile is "invalid")
//   run:   run the schemata bundle with one mutant switched on, registering only the given tests
//   own:   bundle the suite with one mutant applied (a mutant whose host cannot be switched at run time)
//          and run all of it
import fs from 'node:fs';
import path from 'node:path';
import { applyMutant } from './mutants.mjs';
import { MutantChecker } from './mutant-checker.mjs';
import { bundleSuite, runSuite } from './mutant-runner.mjs';

let setup;
let checker;
let mutants;

function textOf(file) {
  return setup.snapshot.get(file) ?? fs.readFileSync(file, 'utf8');
}

// A timeout is confirmed once with twice the time, so a moment of load on a shared machine is not
// counted as a killed mutant.
async function confirmed(run) {
  const first = await run(1);
  return first.outcome === 'timeout' ? run(2) : first;
}

async function runJob(job) {
  const mutant = mutants[job.id];
  if (job.type === 'check') {
    const errors = checker.check(mutant.file, applyMutant(textOf(mutant.file), mutant));
    return { id: job.id, outcome: errors.length > 0 ? 'invalid' : 'valid', detail: errors[0], ms: 0 };
  }
  let run;
  if (job.type === 'run') {
    const env = { EASEPUSH_MUTANT: String(job.id) };
    if (job.tests !== null) {
      env.EASEPUSH_MUTANT_TESTS = path.join(setup.outDir, `tests-${setup.index}.json`);
      fs.writeFileSync(env.EASEPUSH_MUTANT_TESTS, JSON.stringify(job.tests));
    }
    run = await confirmed((factor) => runSuite(setup.schemataBundle, factor * job.timeoutMs, job.expectedCases, env));
  } else {
    const bundle = path.join(setup.outDir, `worker-${setup.index}.mjs`);
    const substitution = new Map([[path.resolve(mutant.file), applyMutant(textOf(mutant.file), mutant)]]);
    await bundleSuite(setup.listFile, bundle, substitution, setup.snapshot);
    run = await confirmed((factor) => runSuite(bundle, factor * job.timeoutMs, job.expectedCases));
  }
  return { id: job.id, outcome: run.outcome, detail: run.failed, ms: run.ms };
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
  if (message.type === 'exit') process.exit(0);
});
