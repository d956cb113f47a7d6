#!/usr/bin/env node
// `npm run mutate [-- options]`: seeded, reproducible mutation testing of the library with its own
// unit tests. Mutants come from ohos-typescript's ArkTS parser (tools/mutation/mutants.mjs); each is
// type-checked first (one that does not compile is "invalid", not "killed"), then the module's
// hypium suite is bundled with the mutated file substituted in memory and run in a child process
// (tools/mutation/mutant-runner.mjs), two workers in parallel. Nothing in the working tree changes
// except MUTATION.md (full runs only) and scratch bundles under .test/mutation/.
//
// Options:
//   --seed N           which mutants a sample takes (default 1); a run without sampling ignores it
//   --quick            a seeded sample of about QUICK_BUDGET mutants (about 3 minutes on 2 cores)
//   --max N            a seeded sample of about N mutants
//   --files GLOB|PATH  only these sources (repeatable or comma-separated; repo-relative or relative to
//                      src/main/ets, e.g. internal/util/** or library/src/main/ets/adapters/SystemClockAdapter.ets)
//   --exclude GLOB     leave these sources out (repeatable or comma-separated)
//   --operators A,B    only these operators (see OPERATORS in tools/mutation/mutants.mjs)
//   --module DIR       mutate DIR/src/main and run DIR/src/test/List.test.ets (default: library, and
//                      testing/ when it exists, run with the library's suite)
//   --workers N        parallel workers (default 2)
//   --write / --no-write  rewrite MUTATION.md's table (default: only for a run over everything)
//   --list             print the mutants that would run, run nothing
// Exit status: 0 when the run completed (the score is reported, not asserted), 1 when the unmutated
// suite does not pass or a worker broke, 2 for a usage error.
import { fork, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { machine } from '../bench/report.mjs';
import { findFiles } from './find-files.mjs';
import { findMutants, folderOf, OPERATORS } from './mutation/mutants.mjs';
import { MutantChecker } from './mutation/mutant-checker.mjs';
import { bundleSuite, runSuite } from './mutation/mutant-runner.mjs';
import { markdownTable, percent, score, survivorLine, tally, textTable, writeSection } from './mutation/report.mjs';
import { displayPath, REPO_ROOT } from './repo-paths.mjs';

const QUICK_BUDGET = 300;
// A full run takes every mutant while there are at most this many (2083 took 18.5 minutes on 2 cores
// with a 340-case suite);
// beyond it, a seeded sample of this size, proportional per file.
const FULL_BUDGET = 2200;
const MUTATION_MD = path.join(REPO_ROOT, 'MUTATION.md');

function usage(message) {
  console.error(`mutate: ${message}\nusage: npm run mutate -- [--seed N] [--quick | --max N] [--files GLOB]... [--exclude GLOB]... ` +
    '[--operators A,B] [--module DIR] [--workers N] [--write | --no-write] [--list]');
  process.exit(2);
}

function parseArgs(argv) {
  const args = { seed: 1, files: [], exclude: [], operators: undefined, modules: [], workers: 2, write: undefined, budget: undefined, quick: false, list: false };
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
    else if (a === '--write') args.write = true;
    else if (a === '--no-write') args.write = false;
    else if (a === '--list') args.list = true;
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
const budget = args.budget ?? (args.files.length === 0 ? FULL_BUDGET : undefined);
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

// The unmutated suite must pass; its duration sets the timeout.
const baselineBundle = path.join(outDir, 'baseline.mjs');
await bundleSuite(listFile, baselineBundle, undefined, snapshot);
const baseline = await runSuite(baselineBundle, 120_000, 1);
if (baseline.outcome !== 'survived') {
  console.error(`mutate: the unmutated suite does not pass (${baseline.failed}); fix the tests first`);
  cleanUp();
  process.exit(1);
}
const timeoutMs = Math.max(3 * baseline.ms, baseline.ms + 3000);
const scope = `${mutable.length} file(s) under ${modules.map(displayPath).join(', ')}`;
console.log(`mutate: ${mutants.length} mutant(s)${sampled ? ` (seed ${args.seed} sample of ${total})` : ''} in ${scope}; ` +
  `baseline ${baseline.cases} case(s) in ${baseline.ms} ms, timeout ${timeoutMs} ms, ${args.workers} worker(s)`);

const results = new Array(mutants.length);
let next = 0;
let done = 0;
let workerFailure;

function progress() {
  if (done % 50 !== 0 && done !== mutants.length) return;
  const counts = {};
  for (const r of results) if (r) counts[r.outcome] = (counts[r.outcome] ?? 0) + 1;
  const elapsed = Date.now() - started;
  const eta = done > 0 ? ((elapsed / done) * (mutants.length - done)) : 0;
  process.stderr.write(`  ${String(done).padStart(String(mutants.length).length)}/${mutants.length}  ` +
    `${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}  (${formatDuration(elapsed)}, about ${formatDuration(eta)} left)\n`);
}

function startWorker(index) {
  return new Promise((resolve) => {
    const child = fork(path.join(REPO_ROOT, 'tools', 'mutation', 'worker.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const send = () => {
      if (next >= mutants.length || workerFailure !== undefined) { child.send({ type: 'exit' }); return; }
      child.send({ type: 'job', mutant: mutants[next++] });
    };
    child.on('message', (message) => {
      if (message.type === 'ready') { send(); return; }
      const r = message.result;
      results[r.id] = r;
      if (r.outcome === 'error' && workerFailure === undefined) workerFailure = `${survivorLine(mutants[r.id])}: ${r.detail}`;
      done += 1;
      progress();
      send();
    });
    child.on('exit', (code) => {
      if (code !== 0 && workerFailure === undefined) workerFailure = `worker ${index} exited with ${code}`;
      resolve();
    });
    child.send({ type: 'setup', index, listFile, outDir, timeoutMs, expectedCases: baseline.cases, checkedFiles: allFiles, snapshot: [...snapshot] });
  });
}

await Promise.all(Array.from({ length: Math.min(args.workers, mutants.length) }, (_, i) => startWorker(i)));
cleanUp();
if (workerFailure !== undefined) {
  console.error(`mutate: a worker broke: ${workerFailure}`);
  process.exit(1);
}

const outcomes = mutants.map((m) => ({ mutant: m, outcome: results[m.id].outcome, detail: results[m.id].detail }));
const byFolder = tally(outcomes, folderKey);
const byOperator = tally(outcomes, (m) => m.operator);
const survivors = outcomes.filter((o) => o.outcome === 'survived').map((o) => o.mutant);
const timeouts = outcomes.filter((o) => o.outcome === 'timeout').map((o) => o.mutant);
const elapsed = Date.now() - started;

console.log(`\n${textTable('folder', byFolder)}\n\n${textTable('operator', byOperator)}\n`);
if (survivors.length > 0) console.log(`survivors (${survivors.length}):\n${survivors.map((m) => `  ${survivorLine(m)}`).join('\n')}\n`);
if (timeouts.length > 0) console.log(`timeouts, counted as killed (${timeouts.length}):\n${timeouts.map((m) => `  ${survivorLine(m)}`).join('\n')}\n`);
const t = byFolder.total;
console.log(`mutants: ${t.mutants} (${t.killed} killed, ${t.timeout} timeout, ${t.survived} survived, ${t.invalid} invalid); ` +
  `score ${percent(score(t))} in ${formatDuration(elapsed)}`);

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
      `(\`${command}\`, ${formatDuration(elapsed)}, ${args.workers} workers).`,
    '',
    `Covered: ${scope} (${[...new Set(mutable.map((f) => folderKey({ file: f, rel: displayPath(f) })))].join(', ')}).${excluded}${skipped} ` +
      (sampled ? `Sampled: ${mutants.length} of ${total} mutants, per file in proportion, chosen by seed ${args.seed}.` : `Every one of the ${total} mutants ran (no sampling; the seed does not matter).`) +
      ` Suite: \`${displayPath(listFile)}\`, ${baseline.cases} cases, ${baseline.ms} ms unmutated; timeout ${timeoutMs} ms. ${tree}`,
    '',
    `**Score: ${percent(score(t))}** (${t.killed + t.timeout} killed of ${t.killed + t.timeout + t.survived}; ${t.timeout} of them by timeout; ${t.invalid} invalid mutants left out).`,
    '',
    markdownTable('folder', byFolder),
    '',
    markdownTable('operator', byOperator),
    '',
    `### Survivors (${survivors.length})`,
    '',
    ...(survivors.length > 0 ? survivors.map((m) => `- \`${m.rel}:${m.line}\` ${m.operator}: ${m.description.replace(/\|/g, '\\|')}`) : ['None.']),
    ...(timeouts.length > 0 ? ['', `### Killed by timeout (${timeouts.length})`, '', ...timeouts.map((m) => `- \`${m.rel}:${m.line}\` ${m.operator}: ${m.description}`)] : []),
  ].join('\n');
  writeSection(MUTATION_MD, section, '# EasePush mutation testing\n');
  console.log(`wrote ${displayPath(MUTATION_MD)}`);
}
