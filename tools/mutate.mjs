#!/usr/bin/env node
// `npm run mutate [-- options]`: seeded, reproducible mutation testing of the library with its own
// unit tests. Mutants come from ohos-typescript's ArkTS parser (tools/mutation/mutants.mjs); each is
// type-checked first (one that does not compile is "invalid", not "killed"). Then the suite is bundled
// once with every valid mutant behind a run-time switch (mutant schemata, tools/mutation/schemata.mjs);
// one run with every switch off must pass, and records which test reaches which mutant. Each mutant
// then runs in a fresh V8 context of a worker's long-lived host process (tools/mutation/vm-host.mjs),
// with only the tests that reach it (all of them, in two stages, when it is reached while modules load;
// none, and it survives, when no test reaches it), two workers in parallel. Nothing in the working tree
// changes except MUTATION.md (full runs only) and scratch files under .test/mutation/ (last-run.json:
// every mutant's outcome and run time, kept after the run).
//
// Options:
//   --seed N           which mutants a sample takes (default 1); a run without sampling ignores it
//   --quick            a seeded sample of about QUICK_BUDGET mutants (about a sixth of the mutants of a full run)
//   --max N            a seeded sample of about N mutants
//   --files GLOB|PATH  only these sources (repeatable or comma-separated; repo-relative or relative to
//                      src/main/ets, e.g. internal/util/** or library/src/main/ets/adapters/SystemClockAdapter.ets)
//   --exclude GLOB     leave these sources out (repeatable or comma-separated)
//   --operators A,B    only these operators (see OPERATORS in tools/mutation/mutants.mjs)
//   --module DIR       mutate DIR/src/main and run DIR/src/test/List.test.ets (default: library, and
//                      testing/ when it exists, run with the library's suite)
//   --workers N        parallel workers (default 2)
//   --runner vm|process  where a mutant's tests run: a fresh V8 context of a long-lived process per worker
//                      (default, tools/mutation/vm-host.mjs), or a new process per mutant (slower; a cross-check)
//   --write / --no-write  rewrite MUTATION.md's table (default: only for a run over everything)
//   --list             print the mutants that would run, run nothing
//   --plan             type-check and record coverage, then print what the runs would cost (the slowest
//                      tests, the mutants reached while modules load), run no mutant
// Exit status: 0 when the run completed (the score is reported, not asserted), 1 when the unmutated
// suite does not pass or a worker broke, 2 for a usage error.
import { fork, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { machine } from '../bench/report.mjs';
import { findFiles } from './find-files.mjs';
import { findMutants, folderOf, OPERATORS } from './mutation/mutants.mjs';
import { cpuMsOf } from './mutation/cpu-time.mjs';
import { MutantChecker } from './mutation/mutant-checker.mjs';
import { bundleSuite, runSuite } from './mutation/mutant-runner.mjs';
import { instrument } from './mutation/schemata.mjs';
import { markdownTable, percent, score, survivorLine, tally, textTable, writeSection } from './mutation/report.mjs';
import { displayPath, REPO_ROOT } from './repo-paths.mjs';

// --quick: a sample of about this many mutants, about a sixth of a full run. A run without --quick or --max
// takes every mutant.
const QUICK_BUDGET = 600;
const MUTATION_MD = path.join(REPO_ROOT, 'MUTATION.md');
// The detail of a survivor that no test reaches: no run was needed to know it survives.
const NOT_REACHED = 'reached by no test';

function usage(message) {
  console.error(`mutate: ${message}\nusage: npm run mutate -- [--seed N] [--quick | --max N] [--files GLOB]... [--exclude GLOB]... ` +
    '[--operators A,B] [--module DIR] [--workers N] [--runner vm|process] [--write | --no-write] [--list]');
  process.exit(2);
}

function parseArgs(argv) {
  const args = { seed: 1, files: [], exclude: [], operators: undefined, modules: [], workers: 2, runner: 'vm', write: undefined, budget: undefined, quick: false, list: false, plan: false };
  const value = (i) => {
    if (i + 1 >= argv.length) usage(`${argv[i]} needs a value`);
    return argv[i + 1];
  };
  const integer = (i) => {
    const n = Number(value(i));
    if (!Number.isInteger(n) || n < 0) usage(`${argv[i]} needs a whole number, got ${argv[i + 1]}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--seed') { args.seed = integer(i); i++; }
    else if (a === '--quick') { args.quick = true; args.budget = QUICK_BUDGET; }
    else if (a === '--max') { args.budget = integer(i); i++; }
    else if (a === '--files') { args.files.push(...value(i).split(',').filter(Boolean)); i++; }
    else if (a === '--exclude') { args.exclude.push(...value(i).split(',').filter(Boolean)); i++; }
    else if (a === '--operators') { args.operators = value(i).split(',').filter(Boolean); i++; }
    else if (a === '--module') { args.modules.push(path.resolve(value(i))); i++; }
    else if (a === '--workers') { args.workers = Math.max(1, integer(i)); i++; }
    else if (a === '--runner') { args.runner = value(i); i++; if (!['vm', 'process'].includes(args.runner)) usage(`--runner takes vm or process, got ${args.runner}`); }
    else if (a === '--write') args.write = true;
    else if (a === '--no-write') args.write = false;
    else if (a === '--list') args.list = true;
    else if (a === '--plan') args.plan = true;
    else if (a === '--help' || a === '-h') usage('help');
    else usage(`unknown argument ${a}`);
  }
  for (const op of args.operators ?? []) if (!OPERATORS.includes(op)) usage(`unknown operator ${op} (known: ${OPERATORS.join(', ')})`);
  return args;
}

// `**` any depth, `*` within one path segment, `?` one character; a pattern without wildcards is a
// file or a folder prefix.
function matcher(pattern) {
  const p = pattern.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/$/, '');
  if (!/[*?]/.test(p)) return (rel) => rel === p || rel.startsWith(`${p}/`);
  let re = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '*' && p[i + 1] === '*') { re += p[i + 2] === '/' ? '(?:.*/)?' : '.*'; i += p[i + 2] === '/' ? 2 : 1; }
    else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  const rx = new RegExp(`^${re}$`);
  return (rel) => rx.test(rel);
}

// A source matches when its repo-relative path or its path inside src/main/ets matches.
function matchesAny(patterns, rel) {
  const inside = /src\/main\/ets\/(.*)$/.exec(rel)?.[1];
  return patterns.some((p) => { const m = matcher(p); return m(rel) || (inside !== undefined && m(inside)); });
}

// Deterministic PRNG (mulberry32) and string hash (FNV-1a), so a seed always picks the same sample.
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fnv1a(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

// Per file: max(1, round(n * budget / total)) mutants, chosen by a shuffle seeded with seed and file.
function sample(byFile, budget, seed) {
  const total = byFile.reduce((n, f) => n + f.mutants.length, 0);
  if (budget === undefined || total <= budget) return { mutants: byFile.flatMap((f) => f.mutants), sampled: false, total };
  const picked = [];
  for (const { rel, mutants } of byFile) {
    if (mutants.length === 0) continue;
    const k = Math.min(mutants.length, Math.max(1, Math.round((mutants.length * budget) / total)));
    const random = mulberry32(seed ^ fnv1a(rel));
    const order = mutants.map((m, i) => ({ m, i, r: random() })).sort((a, b) => a.r - b.r).slice(0, k);
    picked.push(...order.sort((a, b) => a.i - b.i).map((o) => o.m));
  }
  return { mutants: picked, sampled: true, total };
}

function formatDuration(ms) {
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s` : `${s} s`;
}

// --plan: where the run's time would go. A survivor costs about its tests' unmutated time; a killed mutant
// less (its run ends at the first failing case).
function printPlan(jobs, coverage) {
  const slowest = Object.entries(coverage).sort((x, y) => y[1].ms - x[1].ms).slice(0, 15);
  const suiteMs = Object.values(coverage).reduce((sum, t) => sum + t.ms, 0);
  console.log(`slowest tests of the unmutated run, in CPU time (${suiteMs} ms in all):`);
  for (const [test, { ms, mutants: ids }] of slowest) console.log(`  ${String(ms).padStart(6)} ms  ${ids.length} mutant(s)  ${test}`);
  const groups = new Map();
  for (const job of jobs) {
    const m = mutants[job.id];
    const key = `${job.wholeSuite ? 'whole suite' : 'selected tests'}  ${folderKey(m)}`;
    const g = groups.get(key) ?? { count: 0, ms: 0 };
    g.count += 1;
    g.ms += job.wholeSuite ? suiteMs : job.stages[0].tests.reduce((sum, t) => sum + coverage[t].ms, coverage['*']?.ms ?? 0);
    groups.set(key, g);
  }
  console.log('runs by kind and folder, with the time they would take if every mutant survived:');
  for (const [key, g] of [...groups].sort((x, y) => y[1].ms - x[1].ms)) console.log(`  ${String(g.count).padStart(5)}  ${formatDuration(g.ms).padStart(10)}  ${key}`);
}

const args = parseArgs(process.argv.slice(2));
const started = Date.now();
const defaultModules = [path.join(REPO_ROOT, 'library'), path.join(REPO_ROOT, 'testing')].filter((d) => fs.existsSync(d));
const modules = args.modules.length > 0 ? args.modules : defaultModules;
// The suite that judges the mutants: the first module's List.test.ets (testing/ has no suite of its
// own: the library's tests are what use it).
const listFile = path.join(modules[0], 'src', 'test', 'List.test.ets');
if (!fs.existsSync(listFile)) usage(`no suite at ${displayPath(listFile)}`);

const allFiles = findFiles(modules.map((m) => path.join(m, 'src', 'main')), ['.ets']).filter((f) => !f.endsWith('.d.ets'));
const selected = allFiles.filter((f) => {
  const rel = displayPath(f);
  return (args.files.length === 0 || matchesAny(args.files, rel)) && !matchesAny(args.exclude, rel);
});
if (selected.length === 0) usage(`no .ets sources selected under ${modules.map(displayPath).join(', ')}`);

// Every .ets of the modules (sources and tests) as it is now: mutants are enumerated, checked and run
// against this snapshot, so work saved in the tree during the run does not mix into its results.
const snapshot = new Map(findFiles(modules, ['.ets']).map((f) => [f, fs.readFileSync(f, 'utf8')]));
// A source that does not type-check as it is (someone's work in progress) would make every mutant of it
// "invalid"; it is left out and named instead.
const checker = new MutantChecker(allFiles, snapshot);
const broken = selected.filter((f) => checker.baselineErrors(f).length > 0);
for (const f of broken) console.error(`mutate: skipping ${displayPath(f)}: it does not type-check (${checker.baselineErrors(f)[0]})`);
const mutable = selected.filter((f) => !broken.includes(f));
// The checker's own program (read from the snapshot) finds the mutants, so their offsets fit the snapshot.
const program = checker.base;
const byFile = mutable.map((f) => ({
  rel: displayPath(f),
  mutants: findMutants(program, f, displayPath(f)).filter((m) => args.operators === undefined || args.operators.includes(m.operator)),
}));
const budget = args.budget;
const { mutants, sampled, total } = sample(byFile, budget, args.seed);
mutants.forEach((m, i) => { m.id = i; });
const modulePrefix = (m) => {
  const mod = modules.find((d) => m.file.startsWith(`${d}${path.sep}`));
  return mod === undefined || mod === modules[0] ? '' : `${path.basename(mod)}/`;
};
const folderKey = (m) => `${modulePrefix(m)}${folderOf(m.rel)}`;

if (args.list) {
  for (const m of mutants) console.log(survivorLine(m));
  console.log(`${mutants.length} mutant(s)${sampled ? ` sampled from ${total}` : ''} in ${mutable.length} file(s)`);
  process.exit(0);
}

const outDir = path.join(REPO_ROOT, '.test', 'mutation', String(process.pid));
fs.mkdirSync(outDir, { recursive: true });
const cleanUp = () => fs.rmSync(outDir, { recursive: true, force: true });
const fail = (message) => {
  console.error(`mutate: ${message}`);
  cleanUp();
  process.exit(1);
};

const results = new Array(mutants.length);
let workerFailure;
const schemataBundle = path.join(outDir, 'schemata.mjs');
// The same schemata as a script for the workers' vm hosts (tools/mutation/vm-host.mjs).
const vmBundle = path.join(outDir, 'schemata-vm.js');

// Workers live for the whole run: they type-check the mutants first, then run them.
const workers = Array.from({ length: Math.min(args.workers, Math.max(1, mutants.length)) }, (_, index) => {
  const child = fork(path.join(REPO_ROOT, 'tools', 'mutation', 'worker.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ready = new Promise((resolve) => child.once('message', resolve));
  child.on('exit', (code) => {
    if (code !== 0 && workerFailure === undefined) workerFailure = `worker ${index} exited with ${code}`;
  });
  child.send({
    type: 'setup', index, listFile, outDir, schemataBundle, vmBundle, runner: args.runner, checkedFiles: allFiles, snapshot: [...snapshot],
    mutants: mutants.map(({ file, start, end, replacement }) => ({ file, start, end, replacement })),
  });
  return { child, ready };
});

// Runs `jobs` ({ type, id, ... }) on the workers; onResult(result) for each, in completion order.
async function runJobs(jobs, onResult) {
  let next = 0;
  await Promise.all(workers.map(async ({ child, ready }) => {
    await ready;
    await new Promise((resolve) => {
      const send = () => {
        if (next >= jobs.length || workerFailure !== undefined) { child.off('message', onMessage); child.off('exit', resolve); resolve(); return; }
        child.send({ type: 'job', job: jobs[next++] });
      };
      const onMessage = (message) => {
        const r = message.result;
        if (r.outcome === 'error' && workerFailure === undefined) workerFailure = `${survivorLine(mutants[r.id])}: ${r.detail}`;
        onResult(r);
        send();
      };
      child.on('message', onMessage);
      child.once('exit', resolve);
      send();
    });
  }));
  if (workerFailure !== undefined) {
    for (const { child } of workers) child.kill();
    fail(`a worker broke: ${workerFailure}`);
  }
}

// 1. Type-check every mutant.
const phases = [];
let phaseStarted = started;
const phaseDone = (name) => { phases.push(`${name} ${formatDuration(Date.now() - phaseStarted)}`); phaseStarted = Date.now(); };
await runJobs(mutants.map((m) => ({ type: 'check', id: m.id })), (r) => {
  if (r.outcome === 'invalid') results[r.id] = r;
});
const valid = mutants.filter((m) => results[m.id] === undefined);
phaseDone('parse and type-check');

// 2. One bundle holds every valid mutant whose host can be switched at run time (schemata.mjs).
const switched = valid.filter((m) => m.host.switchable);
const substitutions = new Map();
for (const file of new Set(switched.map((m) => m.file))) {
  substitutions.set(path.resolve(file), instrument(snapshot.get(file), switched.filter((m) => m.file === file)));
}
await bundleSuite(listFile, schemataBundle, substitutions, snapshot, { shim: true });
if (args.runner === 'vm') await bundleSuite(listFile, vmBundle, substitutions, snapshot, { shim: true, vm: true });

// 3. With every switch off the suite must pass; that run also records which test reaches which mutant.
const coverageFile = path.join(outDir, 'coverage.json');
const baseline = await runSuite(schemataBundle, 600_000, 1, { EASEPUSH_MUTANT_COVERAGE: coverageFile });
if (baseline.outcome !== 'survived') fail(`the unmutated suite does not pass (${baseline.failed}); fix the tests first`);
phaseDone('bundle and coverage');
const coverage = JSON.parse(fs.readFileSync(coverageFile, 'utf8')).tests;
const OUTSIDE = '*';
const reachedBy = new Map();
for (const [test, { mutants: ids }] of Object.entries(coverage)) {
  for (const id of ids) {
    if (!reachedBy.has(id)) reachedBy.set(id, []);
    reachedBy.get(id).push(test);
  }
}
const outsideMs = coverage[OUTSIDE]?.ms ?? 0;
// Test times are CPU milliseconds (switch-runtime.mjs). Where the workers can count a run's CPU time
// (cpu-time.mjs), the limit is max(2 x, +1 s) of it: a run of the same tests uses about the same CPU time
// (less than the coverage run, which also records), however busy the machine is. Elsewhere it is wall
// time, max(3 x, +3 s), and a timeout is looked at twice (worker.mjs).
const cpuTimed = cpuMsOf(process.pid) !== undefined;
const budgetFor = (ms) => (cpuTimed ? Math.max(2 * ms, ms + 1000) : Math.max(3 * ms, ms + 3000));
const suiteCpuMs = Object.values(coverage).reduce((sum, t) => sum + t.ms, 0);
const fullTimeoutMs = budgetFor(suiteCpuMs);

// 4. Each mutant runs the tests that reach it (a mutant no test reaches survives without a run). One
// reached outside any test (while modules load: a top-level constant, an enum value) may be read by any
// test, so it needs them all; it runs in two stages: first the tests that reach the other mutants of its
// file (they use that file, and most such mutants die there), then, only if those all pass, the rest.
const allTests = Object.keys(coverage).filter((t) => t !== OUTSIDE);
const testsOfFile = new Map();
for (const m of valid) {
  const set = testsOfFile.get(m.file) ?? new Set();
  for (const t of reachedBy.get(m.id) ?? []) if (t !== OUTSIDE) set.add(t);
  testsOfFile.set(m.file, set);
}
const stageOf = (tests) => {
  const ms = tests.reduce((sum, t) => sum + coverage[t].ms, outsideMs);
  return { tests, timeoutMs: budgetFor(ms), expectedCases: tests.length };
};
const jobs = [];
for (const m of valid) {
  if (!m.host.switchable) {
    jobs.push({ type: 'own', id: m.id, timeoutMs: fullTimeoutMs, expectedCases: baseline.cases });
    continue;
  }
  const tests = reachedBy.get(m.id) ?? [];
  if (tests.length === 0) {
    results[m.id] = { id: m.id, outcome: 'survived', detail: NOT_REACHED, ms: 0 };
  } else if (tests.includes(OUTSIDE)) {
    const first = allTests.filter((t) => testsOfFile.get(m.file).has(t));
    const rest = allTests.filter((t) => !testsOfFile.get(m.file).has(t));
    const stages = first.length === 0 || rest.length === 0 ? [{ tests: null, timeoutMs: fullTimeoutMs, expectedCases: baseline.cases }]
      : [stageOf(first), stageOf(rest)];
    jobs.push({ type: 'run', id: m.id, stages, timeoutMs: fullTimeoutMs, wholeSuite: true });
  } else {
    const stage = stageOf(tests);
    jobs.push({ type: 'run', id: m.id, stages: [stage], timeoutMs: stage.timeoutMs });
  }
}
if (args.plan) {
  printPlan(jobs, coverage);
  for (const { child } of workers) child.send({ type: 'exit' });
  cleanUp();
  process.exit(0);
}
// The longest runs first, so that two workers finish together.
jobs.sort((x, y) => y.timeoutMs - x.timeoutMs || x.id - y.id);
const scope = `${mutable.length} file(s) under ${modules.map(displayPath).join(', ')}`;
console.log(`mutate: ${mutants.length} mutant(s)${sampled ? ` (seed ${args.seed} sample of ${total})` : ''} in ${scope}; ` +
  `${mutants.length - valid.length} invalid, ${valid.length - jobs.length} reached by no test, ${jobs.length} to run ` +
  `(${jobs.filter((j) => j.type === 'own').length} with a bundle of their own); ` +
  `suite ${baseline.cases} case(s) in ${baseline.ms} ms (${Math.round(suiteCpuMs)} ms CPU) with coverage, ${args.workers} worker(s)`);

let done = 0;
function progress() {
  if (done % 100 !== 0 && done !== jobs.length) return;
  const counts = {};
  for (const r of results) if (r) counts[r.outcome] = (counts[r.outcome] ?? 0) + 1;
  const elapsed = Date.now() - started;
  const eta = done > 0 ? ((elapsed / done) * (jobs.length - done)) : 0;
  process.stderr.write(`  ${String(done).padStart(String(jobs.length).length)}/${jobs.length}  ` +
    `${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}  (${formatDuration(elapsed)}, about ${formatDuration(eta)} left)\n`);
}
await runJobs(jobs, (r) => {
  results[r.id] = r;
  done += 1;
  progress();
});
phaseDone('mutant runs');
for (const { child } of workers) child.send({ type: 'exit' });
cleanUp();
// Every mutant's outcome and run time, for a look at where a run's time went (kept after the run).
const jobOf = new Map(jobs.map((j) => [j.id, j]));
fs.writeFileSync(path.join(REPO_ROOT, '.test', 'mutation', 'last-run.json'), JSON.stringify(mutants.map((m) => ({
  at: `${m.rel}:${m.line}`, operator: m.operator, edit: m.description, outcome: results[m.id].outcome, detail: results[m.id].detail, ms: results[m.id].ms, cpuMs: results[m.id].cpuMs,
  tests: jobOf.get(m.id) === undefined ? 0 : (jobOf.get(m.id).wholeSuite ? 'all' : jobOf.get(m.id).stages[0].tests.length),
})), null, 1));

const outcomes = mutants.map((m) => ({ mutant: m, outcome: results[m.id].outcome, detail: results[m.id].detail }));
const byFolder = tally(outcomes, folderKey);
const byOperator = tally(outcomes, (m) => m.operator);
const survivors = outcomes.filter((o) => o.outcome === 'survived').map((o) => o.mutant);
const timeouts = outcomes.filter((o) => o.outcome === 'timeout').map((o) => o.mutant);
const elapsed = Date.now() - started;

console.log(`\n${textTable('folder', byFolder)}\n\n${textTable('operator', byOperator)}\n`);
const unreached = new Set(outcomes.filter((o) => o.detail === NOT_REACHED).map((o) => o.mutant));
const mark = (m) => (unreached.has(m) ? ' (reached by no test)' : '');
if (survivors.length > 0) console.log(`survivors (${survivors.length}, ${unreached.size} of them reached by no test):\n${survivors.map((m) => `  ${survivorLine(m)}${mark(m)}`).join('\n')}\n`);
if (timeouts.length > 0) console.log(`timeouts, counted as killed (${timeouts.length}):\n${timeouts.map((m) => `  ${survivorLine(m)}`).join('\n')}\n`);
const t = byFolder.total;
console.log(`mutants: ${t.mutants} (${t.killed} killed, ${t.timeout} timeout, ${t.survived} survived, ${t.invalid} invalid); ` +
  `score ${percent(score(t))} in ${formatDuration(elapsed)} (${phases.join(', ')})`);

const everything = args.files.length === 0 && args.budget === undefined && args.operators === undefined && args.modules.length === 0;
if (args.write ?? everything) {
  const where = machine();
  const git = (...a) => spawnSync('git', a, { cwd: REPO_ROOT, encoding: 'utf8' }).stdout?.trim() ?? '';
  const dirty = git('status', '--porcelain', '--', ...modules.map((m) => path.relative(REPO_ROOT, m))) !== '';
  const tree = `Sources: commit ${git('rev-parse', '--short', 'HEAD') || 'unknown'}${dirty ? ' plus uncommitted changes under the mutated modules (as they were when the run started)' : ''}.`;
  const command = ['npm run mutate', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ');
  const excluded = args.exclude.length > 0 ? ` Excluded: ${args.exclude.map((e) => `\`${e}\``).join(', ')}.` : ' Nothing excluded.';
  const skipped = broken.length > 0 ? ` Skipped, since they did not type-check at the time: ${broken.map((f) => `\`${displayPath(f)}\``).join(', ')}.` : '';
  const section = [
    `Latest run: ${where.cpu}, ${where.cores} cores, Node ${where.node}, ${where.platform}, ${where.date} ` +
      `(\`${command}\`, ${formatDuration(elapsed)}: ${phases.join(', ')}; ${args.workers} workers).`,
    '',
    `Covered: ${scope} (${[...new Set(mutable.map((f) => folderKey({ file: f, rel: displayPath(f) })))].join(', ')}).${excluded}${skipped} ` +
      (sampled ? `Sampled: ${mutants.length} of ${total} mutants, per file in proportion, chosen by seed ${args.seed}.` : `Every one of the ${total} mutants ran (no sampling; the seed does not matter).`) +
      ` Suite: \`${displayPath(listFile)}\`, ${baseline.cases} cases, ${Math.round(suiteCpuMs)} ms of CPU time unmutated with coverage recording; each mutant runs the tests that reach it, with a timeout of ${cpuTimed ? 'max(2 x, +1 s) of their CPU time' : 'max(3 x, +3 s) of their time'}. ${tree}`,
    '',
    `**Score: ${percent(score(t))}** (${t.killed + t.timeout} killed of ${t.killed + t.timeout + t.survived}; ${t.timeout} of them by timeout; ${t.invalid} invalid mutants left out).`,
    '',
    markdownTable('folder', byFolder),
    '',
    markdownTable('operator', byOperator),
    '',
    `### Survivors (${survivors.length}, ${unreached.size} of them reached by no test)`,
    '',
    ...(survivors.length > 0 ? survivors.map((m) => `- \`${m.rel}:${m.line}\` ${m.operator}: ${m.description.replace(/\|/g, '\\|')}${mark(m)}`) : ['None.']),
    ...(timeouts.length > 0 ? ['', `### Killed by timeout (${timeouts.length})`, '', ...timeouts.map((m) => `- \`${m.rel}:${m.line}\` ${m.operator}: ${m.description}`)] : []),
  ].join('\n');
  writeSection(MUTATION_MD, section, '# EasePush mutation testing\n');
  console.log(`wrote ${displayPath(MUTATION_MD)}`);
}
