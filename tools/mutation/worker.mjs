// One mutation worker (a child process of tools/mutate.mjs): type-checks each mutant it is sent and,
// when it checks, bundles the suite with the mutated file substituted and runs it. Jobs arrive one at
// a time over IPC, so a worker and its suite run never use more than one core between them.
import fs from 'node:fs';
import path from 'node:path';
import { applyMutant } from './mutants.mjs';
import { MutantChecker } from './mutant-checker.mjs';
import { bundleSuite, runSuite } from './mutant-runner.mjs';

let setup;
let checker;
const texts = new Map();

function textOf(file) {
  if (!texts.has(file)) texts.set(file, setup.snapshot.get(file) ?? fs.readFileSync(file, 'utf8'));
  return texts.get(file);
}

async function runJob(mutant) {
  const mutated = applyMutant(textOf(mutant.file), mutant);
  const errors = checker.check(mutant.file, mutated);
  if (errors.length > 0) return { id: mutant.id, outcome: 'invalid', detail: errors[0], ms: 0 };
  const bundle = path.join(setup.outDir, `worker-${setup.index}.mjs`);
  await bundleSuite(setup.listFile, bundle, { file: mutant.file, text: mutated }, setup.snapshot);
  let run = await runSuite(bundle, setup.timeoutMs, setup.expectedCases);
  // A timeout is confirmed once with twice the time, so a moment of load on a shared machine is not
  // counted as a killed mutant.
  if (run.outcome === 'timeout') run = await runSuite(bundle, 2 * setup.timeoutMs, setup.expectedCases);
  return { id: mutant.id, outcome: run.outcome, detail: run.failed, ms: run.ms };
}

process.on('message', (message) => {
  if (message.type === 'setup') {
    setup = { ...message, snapshot: new Map(message.snapshot) };
    checker = new MutantChecker(setup.checkedFiles, setup.snapshot);
    process.send({ type: 'ready' });
    return;
  }
  if (message.type === 'job') {
    runJob(message.mutant).then(
      (result) => process.send({ type: 'result', result }),
      (e) => process.send({ type: 'result', result: { id: message.mutant.id, outcome: 'error', detail: String(e && e.stack || e), ms: 0 } }),
    );
    return;
  }
  if (message.type === 'exit') process.exit(0);
});
