// Every demo scenario as a test: runs it through the same bundle `npm run demo` uses and checks the
// timeline's decisive events directly (not only the scenario's own verdict), plus the CLI's contract
// (flags, exit codes, real-time budget).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { REPO_ROOT } from '../../tools/repo-paths.mjs';
import { loadDemo } from '../demo-bundle.mjs';

const RUN_DEMO = path.join(REPO_ROOT, 'demo', 'run-demo.mjs');
let demo;

before(async () => {
  demo = await loadDemo(path.join(REPO_ROOT, '.test', 'demo-tests'));
});

const app = (report, event) => report.entries.filter((e) => e.entry.source === '' && e.entry.event === event);
const failedChecks = (report) => report.checks.filter((c) => !c.held).map((c) => c.description);

describe('demo scenarios', () => {
  it('lists exactly the documented scenarios, default first', () => {
    assert.deepEqual(demo.scenarioCatalog().map((s) => s.name), ['default', 'happy', 'config-error', 'token-change', 'flaky', 'arrival']);
  });

  it('default: token retry, SDK 1501, backoff, reconnect retry, bound, late listener, cold-start tap, logout', async () => {
    const report = await demo.runScenario('default', demo.DEFAULT_SEED);
    assert.deepEqual(failedChecks(report), []);
    assert.equal(report.passed, true);

    const tokenFailures = app(report, 'token-failed');
    assert.equal(tokenFailures.length, 1);
    assert.equal(tokenFailures[0].entry.code, 1000900009);
    assert.match(tokenFailures[0].entry.detail, /^retry at \+/);
    assert.ok(app(report, 'token').some((e) => e.atMs > tokenFailures[0].atMs), 'a token arrives after the retry');

    const bindFailures = app(report, 'bind-failed');
    assert.equal(bindFailures[0].entry.attempt, 0, "first comes the SDK's own bind");
    assert.equal(bindFailures[0].entry.code, 1501);
    assert.deepEqual(bindFailures.slice(1, 3).map((e) => [e.entry.attempt, e.entry.code]), [[1, 1501], [2, 300]]);
    assert.ok(bindFailures.slice(1, 3).every((e) => /^retry at \+[\d.]+s \(in /.test(e.entry.detail)));

    const back = report.entries.find((e) => e.entry.source === 'sim' && e.entry.event === 'network-back');
    const third = app(report, 'bind-attempt').find((e) => e.entry.attempt === 3);
    assert.ok(back && third && third.atMs === back.atMs, 'attempt 3 starts the moment the connection is back');

    const firstBound = app(report, 'bound')[0];
    assert.match(firstBound.entry.detail, /^alice via manual$/);
    assert.ok(firstBound.atMs > back.atMs);

    const late = report.entries.filter((e) => e.entry.source === 'late');
    assert.ok(late.some((e) => e.entry.event === 'state' && e.entry.phase === 'bound' && /replayed/.test(e.entry.detail)));
    assert.ok(late.some((e) => e.entry.event === 'bound' && /replayed/.test(e.entry.detail)));
    assert.equal(late.filter((e) => e.entry.event === 'tap').length, 0, 'the late tap listener does not get the tap again');

    const taps = app(report, 'tap');
    assert.equal(taps.length, 1);
    assert.match(taps[0].entry.detail, /conversation bob .*held since the cold start/);

    const logout = app(report, 'logout').at(-1);
    assert.match(logout.entry.detail, /^alice: ok$/);
    assert.ok(app(report, 'unbound').some((e) => /\(logout\)$/.test(e.entry.detail)));
    const logoutStarted = report.entries.find((e) => e.entry.event === 'state' && e.entry.phase === 'unbinding');
    assert.equal(app(report, 'bind-attempt').filter((e) => e.atMs > logoutStarted.atMs).length, 0, 'the pending retry was cancelled');
    assert.equal(report.finalPhase, 'waitingForLogin');
  });

  it('default is deterministic: the same seed prints the same timeline', async () => {
    const first = await demo.runScenario('default', demo.DEFAULT_SEED);
    const second = await demo.runScenario('default', demo.DEFAULT_SEED);
    assert.deepEqual(second.lines, first.lines);
  });

  it('default holds for other seeds too (jitter changes the times, not the story)', async () => {
    for (const seed of [1, 2, 3, 42, 1000]) {
      const report = await demo.runScenario('default', seed);
      assert.deepEqual(failedChecks(report), [], `seed ${seed}`);
    }
  });

  it('happy: bound through the SDK, no bind of its own, logout unbinds', async () => {
    const report = await demo.runScenario('happy', demo.DEFAULT_SEED);
    assert.deepEqual(failedChecks(report), []);
    assert.equal(app(report, 'token-failed').length + app(report, 'bind-failed').length, 0);
    assert.deepEqual(app(report, 'bound').map((e) => e.entry.detail), ['alice via sdk']);
    assert.equal(report.bindAttempts, 0);
    assert.equal(report.finalPhase, 'waitingForLogin');
  });

  it('config-error: one final 1000900010 with its hint, no retries', async () => {
    const report = await demo.runScenario('config-error', demo.DEFAULT_SEED);
    assert.deepEqual(failedChecks(report), []);
    const failures = app(report, 'token-failed');
    assert.equal(failures.length, 1);
    assert.equal(failures[0].entry.code, 1000900010);
    assert.equal(failures[0].entry.detail, 'final: no retry');
    assert.match(failures[0].entry.hint, /AppGallery Connect/);
    assert.match(report.lines.join('\n'), /^\s+fix: Enable Push Kit/m, 'the hint is printed');
    assert.equal(report.tokenAttempts, 1);
    assert.equal(report.bindAttempts, 0);
    assert.equal(report.finalPhase, 'failed');
    assert.ok(report.simulatedMs >= 300000, 'watched long enough for any retry to show');
  });

  it('token-change: unchanged token not re-bound, new token re-bound once', async () => {
    const report = await demo.runScenario('token-change', demo.DEFAULT_SEED);
    assert.deepEqual(failedChecks(report), []);
    const boundIn = (launch) => app(report, 'bound').filter((e) => e.launch === launch).map((e) => e.entry.detail);
    assert.deepEqual(boundIn(1), ['alice via sdk']);
    assert.deepEqual(boundIn(2), ['alice via remembered']);
    assert.deepEqual(boundIn(3), ['alice via manual']);
    assert.equal(app(report, 'bind-attempt').filter((e) => e.launch === 2).length, 0);
    assert.equal(app(report, 'bind-attempt').filter((e) => e.launch === 3).length, 1);
    assert.ok(app(report, 'token').some((e) => e.launch === 3 && e.entry.detail === 'new token'));
    assert.equal(report.bindAttempts, 1);
  });

  it('flaky: ends bound for every seed tried, reproducibly', async () => {
    for (let seed = 1; seed <= 12; seed++) {
      const report = await demo.runScenario('flaky', seed);
      assert.deepEqual(failedChecks(report), [], `seed ${seed}`);
      assert.equal(report.finalPhase, 'bound', `seed ${seed}`);
    }
    const a = await demo.runScenario('flaky', 1);
    const b = await demo.runScenario('flaky', 1);
    assert.deepEqual(b.lines, a.lines);
    assert.ok(app(a, 'bind-failed').length > 0, 'seed 1 does inject failures');
  });

  it('arrival: background message notified, tap routed, conversation cleared with the badge, mute and mention honoured', async () => {
    const report = await demo.runScenario('arrival', demo.DEFAULT_SEED);
    assert.deepEqual(failedChecks(report), []);
    assert.equal(report.passed, true);
    const notes = app(report, 'notification');
    assert.equal(notes.length, 2, 'one for the direct message, one for the mention; none for the muted group');
    assert.match(notes[0].entry.detail, /Are you coming tonight\?/);
    assert.match(notes[1].entry.detail, /@alice/);
    const tap = app(report, 'tap');
    assert.equal(tap.length, 1);
    assert.ok(tap[0].atMs > notes[0].atMs, 'the tap follows the notification');
    assert.ok(app(report, 'conversation-opened').some((e) => e.atMs >= tap[0].atMs), 'the tapped conversation opens');
    assert.equal(report.finalPhase, 'bound');
  });

  it('rejects an unknown scenario name', async () => {
    await assert.rejects(() => demo.runScenario('nope', 1), /unknown scenario 'nope'/);
  });
});

describe('demo CLI', () => {
  const cli = (...args) => spawnSync(process.execPath, [RUN_DEMO, ...args], { encoding: 'utf8', cwd: REPO_ROOT });

  it('default run exits 0, shows retries and "bound", ends with the summary, in under 5 s', () => {
    const started = Date.now();
    const run = cli();
    const elapsed = Date.now() - started;
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /retry at \+/);
    assert.match(run.stdout, / bound +bound /);
    assert.match(run.stdout, /summary: scenario default, final state waitingForLogin, \d+ bind attempt\(s\) \+ \d+ token fetch\(es\), [\dhms.]+ simulated: expectation held/);
    assert.ok(!/[A-Za-z0-9]{40,}/.test(run.stdout), 'no unmasked token in the output');
    assert.ok(elapsed < 5000, `took ${elapsed} ms`);
  });

  it('--scenario and --seed select what runs', () => {
    const run = cli('--scenario', 'flaky', '--seed=3');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /scenario 'flaky' \(seed 3\)/);
  });

  it('--list names every scenario, --help explains', () => {
    const list = cli('--list');
    assert.equal(list.status, 0);
    for (const name of ['default', 'happy', 'config-error', 'token-change', 'flaky', 'arrival']) assert.match(list.stdout, new RegExp(`^${name} `, 'm'));
    const help = cli('--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /--scenario NAME/);
    const shownSeed = /--seed N .*\(default: (\d+)\)/.exec(help.stdout);
    assert.ok(shownSeed, 'the help names the --seed default');
    assert.equal(Number(shownSeed[1]), demo.DEFAULT_SEED);
  });

  it('unknown flag: a clear error and exit 2', () => {
    const run = cli('--frobnicate');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /unknown flag '--frobnicate'/);
    assert.equal(run.stdout, '');
  });

  it('bad values: exit 2', () => {
    const unknownScenario = cli('--scenario', 'nope');
    assert.equal(unknownScenario.status, 2);
    assert.match(unknownScenario.stderr, /unknown scenario 'nope'; scenarios: default, happy/);
    assert.equal(cli('--seed', 'x').status, 2);
    assert.equal(cli('--scenario').status, 2);
  });
});
