// Preloaded (`node --import`) into every run of a schemata bundle (tools/mutation/schemata.mjs). It
// defines the switch the instrumented sources call and the hook the hypium shim calls when a test
// starts. Environment:
//   EASEPUSH_MUTANT=id                 the one mutant this run activates (none: every switch is off)
//   EASEPUSH_MUTANT_TESTS=file.json    only these tests are registered (a JSON array of test ids)
//   EASEPUSH_MUTANT_COVERAGE=file.json with no active mutant: record which test reached which mutant, and
//                                      the CPU time each test took, and write them there on exit
// A test id is `suite > nested suite > test`; `*` stands for "outside any test" (module loading and
// suite registration), whose mutants need the whole suite.
import fs from 'node:fs';

const OUTSIDE = '*';
const active = process.env.EASEPUSH_MUTANT === undefined ? -1 : Number(process.env.EASEPUSH_MUTANT);
const coverageFile = process.env.EASEPUSH_MUTANT_COVERAGE;
const testsFile = process.env.EASEPUSH_MUTANT_TESTS;

// Test times are CPU time (user + system) of this process, as the limits of the mutant runs are
// (worker.mjs): a busy machine does not stretch them.
const cpuNow = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
let current = OUTSIDE;
let since = cpuNow();
const reached = new Map();
const durations = new Map();

if (coverageFile !== undefined) {
  globalThis.__easepushMutant = (id) => {
    let ids = reached.get(current);
    if (ids === undefined) reached.set(current, ids = new Set());
    ids.add(id);
    return false;
  };
  process.on('exit', () => {
    durations.set(current, (durations.get(current) ?? 0) + cpuNow() - since);
    const tests = {};
    for (const [test, ms] of durations) tests[test] = { ms: Math.round(ms), mutants: [...(reached.get(test) ?? [])] };
    for (const [test, ids] of reached) if (tests[test] === undefined) tests[test] = { ms: 0, mutants: [...ids] };
    fs.writeFileSync(coverageFile, JSON.stringify({ tests }));
  });
} else {
  globalThis.__easepushMutant = (id) => id === active;
}

globalThis.__easepushMutantTests = testsFile === undefined ? undefined : new Set(JSON.parse(fs.readFileSync(testsFile, 'utf8')));
globalThis.__easepushMutantTestStarts = (test) => {
  const now = cpuNow();
  durations.set(current, (durations.get(current) ?? 0) + now - since);
  current = test;
  since = now;
};
