#!/usr/bin/env node
// `npm run test:tools`: proves each gate can fail. Every gate runs against known-bad fixtures
// (tools/selftest/fixtures, outside library/ and sample/ so real runs never see them) and must exit
// non-zero naming the expected rule/message; the good fixture must pass every gate; the mutator must
// tell killed, surviving and invalid mutants apart.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { BUILD_PROFILE_FILE, buildProfileSource, ensureBuildProfile } from './build-profile.mjs';
import { declaredModuleEnums } from './declared-module-enums.mjs';
import { declaredModuleExports } from './declared-module-exports.mjs';
import { offDeviceStandinSource } from './offdevice-standin.mjs';
import { LIBRARY_DIR, REPO_ROOT } from './repo-paths.mjs';
import { chatSdkDeclarations } from './sdk-declarations.mjs';

const fixture = (name) => path.join(REPO_ROOT, 'tools', 'selftest', 'fixtures', name);
const CASES = [
  { gate: 'lint.mjs', args: [fixture('lint-bad')], exit: 1, expect: ['arkts-no-any-unknown', 'arkts-no-untyped-obj-literals', 'UntypedThings.ets:3:'] },
  { gate: 'typecheck.mjs', args: [fixture('typecheck-bad')], exit: 1, expect: ['WrongType.ets:3:9', '(TS2322)'] },
  { gate: 'codelint.mjs', args: [fixture('codelint-bad')], exit: 1, expect: ['CrampedBraces.ets:6:', '@arkts-eslint/brace-style', 'BLOCKING'] },
  {
    gate: 'run-unit-tests.mjs', args: [fixture('unit-failing')], exit: 1,
    expect: ['Adder > adds wrong on purpose: expect 3 equals 4', 'not available off-device: @kit.PushKit.pushService', '\n1 passed, 2 failed\n'],
  },
  // Off-device stand-ins: enum values from typings/ resolve, a namespace's function and a class still throw.
  {
    gate: 'run-unit-tests.mjs', args: [fixture('unit-standin')], exit: 1,
    expect: ['not available off-device: @kit.NotificationKit.notificationManager.cancelGroup',
      'not available off-device: @easemob/chatsdk.ChatClient', '\n1 passed, 2 failed\n'],
  },
  { gate: 'run-unit-tests.mjs', args: [fixture('unit-empty')], exit: 1, expect: ['no tests ran', '\n0 passed, 0 failed\n'] },
  { gate: 'run-unit-tests.mjs', args: [fixture('does-not-exist')], exit: 1, expect: ['no src/test/List.test.ets', '0 passed, 0 failed'] },
  { gate: 'lint.mjs', args: [fixture('good')], exit: 0, expect: ['lint: 0 problem(s) in 3 file(s)'] },
  { gate: 'typecheck.mjs', args: [fixture('good')], exit: 0, expect: ['typecheck: 0 error(s) in 3 file(s)'] },
  { gate: 'codelint.mjs', args: [fixture('good')], exit: 0, expect: ['codelint: 0 finding(s)'] },
  { gate: 'run-unit-tests.mjs', args: [fixture('good/library')], exit: 0, expect: ['\n2 passed, 0 failed\n'] },
  // typecheck --sdk: the fake SDK's declarations replace typings/ (sdk-good passes only with them, sdk-bad fails
  // only with them), named by --sdk or by DEVECO_SDK_HOME (DevEco's sdk/ folder, holding default/).
  {
    gate: 'typecheck.mjs', args: ['--sdk', fixture('fake-sdk'), fixture('sdk-good')], exit: 0,
    expect: ['declarations from the SDK at', 'fake-sdk/default', 'hms/ets/kits', 'ets-loader/declarations (1 files)',
      'typings/easemob.chatsdk.d.ts (not installed; our typing)', 'typecheck: 0 error(s) in 1 file(s) against the SDK'],
  },
  {
    gate: 'typecheck.mjs', args: [fixture('sdk-bad')], env: { DEVECO_SDK_HOME: fixture('fake-sdk') }, exit: 1,
    expect: ["MissingInTheSdk.ets:5:22 Property 'deleteToken' does not exist", 'typecheck: 1 error(s) in 1 file(s) against the SDK'],
  },
  { gate: 'typecheck.mjs', args: [fixture('sdk-bad')], exit: 0, expect: ['typecheck: 0 error(s) in 1 file(s)\n'] },
  { gate: 'typecheck.mjs', args: ['--sdk', fixture('no-such-sdk'), fixture('sdk-good')], exit: 2, expect: ['no HarmonyOS SDK under'] },
  // har-files: the HAR's own README must not be the root one, must name its permissions, and its ### headings
  // may name only exported APIs and options.
  {
    gate: 'har-files.mjs', args: ['--readme', fixture('har-readme-bad/README.md')], exit: 1,
    expect: ['has no "Required permissions" section', "README.md:9: heading names `NoSuchExport`", 'har-files: 2 problem(s)'],
  },
  { gate: 'har-files.mjs', args: ['--readme', path.join(REPO_ROOT, 'README.md')], exit: 1, expect: ['is a copy of the root README'] },
  { gate: 'har-files.mjs', args: ['--readme', path.join(REPO_ROOT, 'library', 'README.md')], exit: 0, expect: ['har-files: 0 problem(s)'] },
  // The mutator: of the fixture's four mutants the test kills two, one survives, one does not type-check.
  {
    gate: 'mutate.mjs', args: ['--module', fixture('mutate/library'), '--no-write'], exit: 0,
    expect: ['mutants: 4 (2 killed, 0 timeout, 1 survived, 1 invalid); score 66.7 %', "Age.ets:13 string: 'years' -> ''"],
  },
];

let failures = 0;

// The stand-in built from a fixture typing: TypeScript's enum rules (auto-increment, constant expressions,
// strings, negative numbers, reverse mapping of numeric enums), values marked unverified kept as declared,
// enums nested in namespaces; every function, class and undeclared member throws and names itself.
function standinEnumProblems() {
  const typings = [fixture('standin-typings')];
  const name = '@kit.FixtureKit';
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'standin-')), 'standin.cjs');
  fs.writeFileSync(file, offDeviceStandinSource(name, declaredModuleExports(typings).get(name), declaredModuleEnums(typings).get(name)));
  const m = createRequire(file)(file);
  const read = (f) => { try { return String(f()); } catch (e) { return `throws ${e.message}`; } };
  const off = (member) => `throws not available off-device: ${name}.${member}`;
  const want = [
    ['Auto.A,B,C,D', () => [m.Auto.A, m.Auto.B, m.Auto.C, m.Auto.D].join(), '0,1,10,11'],
    ['Auto[11]', () => m.Auto[11], 'D'],
    ['Auto[5]', () => m.Auto[5], 'undefined'],
    ['Flags.X,Y,Z', () => [m.Flags.X, m.Flags.Y, m.Flags.Z].join(), '4,5,255'],
    ['Names.Up', () => m.Names.Up, 'UP'],
    ['Negative.N', () => m.Negative.N, '-1'],
    ['Unverified.V,W', () => [m.Unverified.V, m.Unverified.W].join(), '7,8'],
    ['outer.inner.Deep.Q', () => m.outer.inner.Deep.Q, '4'],
    ['outer.Top.T', () => m.outer.Top.T, '1'],
    ['outer.call', () => m.outer.call, off('outer.call')],
    ['Auto.Missing', () => m.Auto.Missing, off('Auto.Missing')],
    ['noEnums', () => m.noEnums, off('noEnums')],
    ['call', () => m.call, off('call')],
    ['Thing', () => m.Thing, off('Thing')],
    ['Undeclared', () => m.Undeclared, off('Undeclared')],
  ];
  return want.filter(([, f, expected]) => read(f) !== expected).map(([label, f, expected]) => `${label}: ${read(f)}, want ${expected}`);
}
const enumProblems = standinEnumProblems();
console.log(`${enumProblems.length === 0 ? 'ok  ' : 'FAIL'} offdevice-standin: typed enum values resolve, functions and classes throw`);
enumProblems.forEach((p) => console.log(`     ${p}`));
if (enumProblems.length > 0) failures += 1;
// The build profile stand-in, in a copy of a fixture module: written from oh-package.json5's version (JSON5
// comments and trailing commas read), left alone when current, rewritten when stale; and the repository's own
// library/BuildProfile.ets (made current by importing repo-paths.mjs) carries library/oh-package.json5's version.
function buildProfileProblems() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'build-profile-'));
  const file = path.join(dir, BUILD_PROFILE_FILE);
  const read = () => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '(missing)');
  const problems = [];
  const expect = (label, ok, got) => { if (!ok) problems.push(`${label}: ${got}`); };
  try {
    fs.copyFileSync(fixture('build-profile/oh-package.json5'), path.join(dir, 'oh-package.json5'));
    const first = ensureBuildProfile(dir);
    expect('fresh: written', first.written && first.version === '2.3.4', JSON.stringify(first));
    for (const line of ["export const HAR_VERSION = '2.3.4';", "export const BUILD_MODE_NAME = 'debug';",
      'export const DEBUG = true;', "export const TARGET_NAME = 'default';", 'export default class BuildProfile {',
      'static readonly HAR_VERSION: string = HAR_VERSION;', 'gitignored']) {
      expect(`fresh: has ${JSON.stringify(line)}`, read().includes(line), read());
    }
    const again = ensureBuildProfile(dir);
    expect('current: left alone', !again.written, JSON.stringify(again));
    fs.writeFileSync(file, buildProfileSource('0.0.1'));
    const stale = ensureBuildProfile(dir);
    expect('stale: rewritten', stale.written && read() === buildProfileSource('2.3.4'), read());
    fs.writeFileSync(path.join(dir, 'oh-package.json5'), '{ "name": "x" }');
    let threw = '';
    try { ensureBuildProfile(dir); } catch (e) { threw = e.message; }
    expect('no version: throws', threw.includes('"version" must be a non-empty string'), threw || 'no error');
    expect('no stray files', fs.readdirSync(dir).sort().join() === `${BUILD_PROFILE_FILE},oh-package.json5`,
      fs.readdirSync(dir).join());
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const libraryVersion = /"version"\s*:\s*"([^"]+)"/.exec(fs.readFileSync(path.join(LIBRARY_DIR, 'oh-package.json5'), 'utf8'))[1];
  const libraryProfile = fs.readFileSync(path.join(LIBRARY_DIR, BUILD_PROFILE_FILE), 'utf8');
  expect('library/BuildProfile.ets is current', libraryProfile.includes(`export const HAR_VERSION = '${libraryVersion}';`),
    libraryProfile.split('\n').find((l) => l.includes('HAR_VERSION')));
  return problems;
}
const profileProblems = buildProfileProblems();
console.log(`${profileProblems.length === 0 ? 'ok  ' : 'FAIL'} build-profile: BuildProfile.ets written from oh-package.json5, rewritten when stale`);
profileProblems.forEach((p) => console.log(`     ${p}`));
if (profileProblems.length > 0) failures += 1;
// An installed @easemob/chatsdk package (found by its oh-package.json5 `types`) is preferred over our typing.
const installed = chatSdkDeclarations([fixture('no-such-package'), fixture('fake-chatsdk')]);
const chatsdkOk = installed.installed && installed.file === fixture('fake-chatsdk/Index.d.ets') && !chatSdkDeclarations([]).installed;
console.log(`${chatsdkOk ? 'ok  ' : 'FAIL'} sdk-declarations: an installed @easemob/chatsdk is found by its types field`);
if (!chatsdkOk) failures += 1;
for (const c of CASES) {
  // DEVECO_SDK_HOME switches typecheck to that SDK: only the cases that ask for it get one.
  const env = { ...process.env, DEVECO_SDK_HOME: '', ...(c.env || {}) };
  const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'tools', c.gate), ...c.args], { encoding: 'utf8', cwd: REPO_ROOT, env });
  const output = `${run.stdout}\n${run.stderr}`;
  const missing = c.expect.filter((text) => !output.includes(text));
  const ok = run.status === c.exit && missing.length === 0;
  const label = `${c.gate} ${c.args.map((a) => path.relative(REPO_ROOT, a)).join(' ')}`;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label} (exit ${run.status}, want ${c.exit})`);
  if (!ok) {
    failures += 1;
    missing.forEach((text) => console.log(`     missing in output: ${JSON.stringify(text)}`));
    console.log(output.split('\n').map((l) => `     | ${l}`).join('\n'));
  }
}
console.log(`selftest: ${CASES.length + 3 - failures}/${CASES.length + 3} gate checks behaved as expected`);
process.exit(failures > 0 ? 1 : 0);
