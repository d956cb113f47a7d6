#!/usr/bin/env node
// `npm run codelint [projectRoot]`: DevEco's Code Linter engine (homecheck) with the recommended
// rule sets over the ArkTS of library/, testing/, sample/, demo/ and bench/. Policy: the shipped HAR code
// (library/src/main and the testing HAR's testing/src/main) must be clean; findings elsewhere (sample, demo,
// bench, tests) are printed, and only error-severity ones fail.
// The optional argument is a project root with the same layout (used by the self-test).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { displayPath, NODE_MODULES, REPO_ROOT } from './repo-paths.mjs';

const HOMECHECK = path.join(NODE_MODULES, 'homecheck');
const SEVERITY = { 1: 'warning', 2: 'error', 3: 'suggestion' };
const CHECKED_MODULES = ['library', 'testing', 'sample', 'demo', 'bench'];
// Shipped code: any finding here blocks.
const BLOCKING_ROOTS = ['library', 'testing'];
// Recommended rules switched off, each with the reason; printed on every run so it stays visible.
// await-thenable: offline homecheck has no SDK types (empty SDK folders) and does not narrow unions,
// so `await p` after `if (p !== undefined)` on a `Promise<T> | undefined`, and awaits of SDK calls,
// are reported as awaiting a non-Promise (reproduced with a 15-line file). TypeScript's checker in
// `npm run typecheck` still sees the real types.
const RULE_OVERRIDES = {
  '@arkts-eslint/await-thenable': { level: 0, why: 'false positives offline: no SDK types, no union narrowing' },
};

const projectRoot = path.resolve(process.argv[2] ?? REPO_ROOT);
const started = Date.now();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'easepush-codelint-'));
try {
  process.exitCode = runCodelint(work);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}

function runCodelint(workDir) {
  // homecheck insists on SDK folders; the platform SDK is not available offline, and empty
  // folders make it analyse our sources without SDK-typed rules.
  const ohosSdk = path.join(workDir, 'sdk', 'openharmony');
  const hmsSdk = path.join(workDir, 'sdk', 'hms');
  const reportDir = path.join(workDir, 'report');
  [ohosSdk, hmsSdk, reportDir].forEach((d) => fs.mkdirSync(d, { recursive: true }));

  const projectConfig = {
    projectName: 'EasePush', projectPath: projectRoot, ohosSdkPath: ohosSdk, hmsSdkPath: hmsSdk,
    checkPath: '', sdkVersion: 14, fix: 'false', npmPath: '', npmInstallDir: workDir, reportDir,
    product: 'default', language: 'en', checkProject: true, sdksThirdParty: [],
  };
  // The recommended rule sets as shipped; only the file selection is narrowed to the checked folders
  // (homecheck matches absolute globs) so tools/ and typings/ stay out.
  const ruleConfig = JSON.parse(fs.readFileSync(path.join(HOMECHECK, 'config', 'ruleConfig.json'), 'utf8'));
  ruleConfig.files = CHECKED_MODULES.flatMap((m) => ['ets', 'ts'].map((ext) => `${projectRoot}/${m}/**/*.${ext}`));
  ruleConfig.ignore = [...ruleConfig.ignore, '**/*.d.ts', '**/hvigorfile.ts', '**/.hvigor/**/*'];
  for (const [rule, { level, why }] of Object.entries(RULE_OVERRIDES)) {
    ruleConfig.rules[rule] = level;
    console.log(`codelint: rule ${rule} set to ${level} (${why})`);
  }
  const projectConfigPath = path.join(workDir, 'projectConfig.json');
  const ruleConfigPath = path.join(workDir, 'ruleConfig.json');
  fs.writeFileSync(projectConfigPath, JSON.stringify(projectConfig, null, 2));
  fs.writeFileSync(ruleConfigPath, JSON.stringify(ruleConfig, null, 2));

  const run = spawnSync(process.execPath, [
    path.join(HOMECHECK, 'lib', 'entry', 'cli.js'),
    `--projectConfigPath=${projectConfigPath}`, `--ruleConfigPath=${ruleConfigPath}`,
    `--logPath=${path.join(workDir, 'HomeCheck.log')}`,
  ], { cwd: workDir, encoding: 'utf8' });
  const reportFile = path.join(reportDir, 'HomecheckReport.json');
  // homecheck exits 1 on engine/config failure and 2 when no file was checked; both mean the
  // gate did not actually run, which must not pass silently.
  if (run.status !== 0 || !fs.existsSync(reportFile)) {
    console.log(`codelint: homecheck did not complete (exit ${run.status})`);
    console.log(run.stderr.trim().split('\n').slice(-15).join('\n'));
    return 1;
  }
  const checkedLine = /completed — (\d+) file\(s\) checked/.exec(run.stderr);

  const shippedMain = BLOCKING_ROOTS.map((m) => path.join(projectRoot, m, 'src', 'main') + path.sep);
  const issues = JSON.parse(fs.readFileSync(reportFile, 'utf8'))
    .flatMap((file) => file.issues.map((issue) => ({ ...issue, filePath: file.filePath })))
    .sort((a, b) => a.filePath.localeCompare(b.filePath) || a.line - b.line || a.colStart - b.colStart);
  const blocking = issues.filter((i) => shippedMain.some((root) => i.filePath.startsWith(root)) || i.severity === 2);
  for (const i of issues) {
    const where = displayPath(i.filePath);
    const tag = blocking.includes(i) ? 'BLOCKING' : 'note';
    console.log(`${where}:${i.line}:${i.colStart} ${i.message} (${i.ruleId}) [${SEVERITY[i.severity] ?? i.severity}, ${tag}]`);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`codelint: ${issues.length} finding(s), ${blocking.length} blocking (library/src/main, testing/src/main or error severity); `
    + `${checkedLine ? checkedLine[1] : '?'} file(s) checked in ${seconds}s`);
  return blocking.length > 0 ? 1 : 0;
}
