#!/usr/bin/env node
// `npm run test:unit [moduleDir...]`: runs each module's local hypium suite
// (src/test/List.test.ets) in Node: bundle with the off-device resolution rules, run the bundle in
// a child process, read hypium's report stream. Fails on any failing/erroring case, a crashing
// suite, a run that never finishes, or when no test ran at all.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { bundleEts } from './esbuild-ets.mjs';
import { hypiumEntrySource, REPORT_FD } from './hypium-entry.mjs';
import { parseHypiumReport } from './hypium-report.mjs';
import { DEFAULT_MODULE_ROOTS, displayPath, REPO_ROOT } from './repo-paths.mjs';

const RUN_TIMEOUT_MS = 300_000;
const OUT_ROOT = path.join(REPO_ROOT, '.test', 'unit');

const moduleDirs = process.argv.length > 2 ? process.argv.slice(2).map((p) => path.resolve(p)) : DEFAULT_MODULE_ROOTS;
const withTests = moduleDirs.filter((dir) => fs.existsSync(path.join(dir, 'src', 'test', 'List.test.ets')));

function runBundle(bundle) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--enable-source-maps', bundle], { stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
    let console_ = '';
    let report = '';
    child.stdout.on('data', (d) => { console_ += d; });
    child.stderr.on('data', (d) => { console_ += d; });
    child.stdio[REPORT_FD].on('data', (d) => { report += d; });
    const timer = setTimeout(() => { child.kill('SIGKILL'); }, RUN_TIMEOUT_MS);
    child.on('close', (code, signal) => { clearTimeout(timer); resolve({ code, signal, console: console_, report }); });
  });
}

async function runModule(dir) {
  const name = displayPath(dir).replace(/[^A-Za-z0-9_-]+/g, '_');
  const bundle = path.join(OUT_ROOT, name, 'unit-tests.mjs');
  const listFile = path.join(dir, 'src', 'test', 'List.test.ets');
  try {
    await bundleEts({ entry: { contents: hypiumEntrySource(listFile), resolveDir: REPO_ROOT }, outfile: bundle });
  } catch (e) {
    const messages = (e.errors ?? []).map((m) => `${m.location ? `${displayPath(m.location.file)}:${m.location.line}:${m.location.column + 1} ` : ''}${m.text}`);
    return { crashes: [`bundling failed: ${messages.join('; ') || e.message}`], cases: [], suiteErrors: [] };
  }
  const run = await runBundle(bundle);
  const result = parseHypiumReport(run.report);
  if (!result.finished && result.crashes.length === 0) {
    result.crashes.push(run.signal ? `killed by ${run.signal} (timeout ${RUN_TIMEOUT_MS} ms?)` : `exited with code ${run.code} before hypium finished`);
  }
  // Figures a suite reports about itself ("exploration: ...", "random sequences: ...") are always shown.
  result.figures = run.console.split('\n').filter((l) => /^(exploration|random sequences)\b/.test(l));
  // Other console output is only worth reading when something went wrong.
  result.consoleTail = run.console.split('\n').filter((l) => !l.includes('OHOS_REPORT') && l.trim()).slice(-30).join('\n');
  return result;
}

let passed = 0;
let failed = 0;
let skipped = 0;
let problems = 0;
for (const dir of withTests) {
  const label = displayPath(dir);
  const result = await runModule(dir);
  for (const c of result.cases) {
    if (c.status === 'pass') { passed += 1; continue; }
    failed += 1;
    console.log(`${c.status === 'fail' ? 'FAIL' : 'ERROR'} [${label}] ${c.suite} > ${c.test}: ${c.message}`);
  }
  skipped += result.summary?.ignore ?? 0;
  for (const e of result.suiteErrors) { problems += 1; console.log(`SUITE ERROR [${label}] ${e.suite}: ${e.message}`); }
  for (const crash of result.crashes) { problems += 1; console.log(`CRASH [${label}]: ${crash}`); }
  if (result.crashes.length > 0 && result.consoleTail) console.log(`--- last console output of ${label} ---\n${result.consoleTail}`);
  for (const line of result.figures ?? []) console.log(`[${label}] ${line}`);
  // Cross-check our per-case count against hypium's own summary so a parse miss cannot hide a failure.
  const s = result.summary;
  if (s && s.failure + s.error !== result.cases.filter((c) => c.status !== 'pass').length) {
    problems += 1;
    console.log(`REPORT MISMATCH [${label}]: hypium says Tests run: ${s.total}, Failure: ${s.failure}, Error: ${s.error}, Pass: ${s.pass}`);
  }
  console.log(`[${label}] ${result.cases.length} case(s) run`);
}

if (withTests.length === 0) console.log(`no src/test/List.test.ets under ${moduleDirs.map(displayPath).join(', ')}`);
if (passed + failed === 0) console.log('no tests ran: an empty run is a failure');
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || problems > 0 || passed + failed === 0 ? 1 : 0);
