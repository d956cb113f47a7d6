// Runs a module's hypium suite against one mutant without touching the working tree: the bundle is
// built by the unit tests' own esbuild setup (tools/esbuild-ets.mjs) with one more plugin that serves
// the mutated text for the mutated file; the bundle runs in a child process, like `npm run test:unit`.
// The run stops at the first failing or erroring case (the mutant is killed then), and a run that
// exceeds the timeout is killed and counted as such.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { bundleEts } from '../esbuild-ets.mjs';
import { etsResolutionPlugin } from '../ets-resolution-plugin.mjs';
import { hypiumEntrySource, hypiumVmEntrySource, REPORT_FD, CRASH_MARKER } from '../hypium-entry.mjs';
import { REPO_ROOT } from '../repo-paths.mjs';
import { hypiumShimPlugin } from './hypium-shim.mjs';
import { FAILED_CASE, judgeRun } from './verdict.mjs';

const SWITCH_RUNTIME = path.join(REPO_ROOT, 'tools', 'mutation', 'switch-runtime.mjs');

// The exhaustive explorations stop at depth 4 for mutants (reached in well under a second each on 2 cores,
// so the cut is by depth, not by time, and runs repeat), and must complete depth 3.
const EXPLORATION_BUDGET_FOR_MUTANTS =
  'export const EXPLORATION_BUDGET_MS: number = 20000;\nexport const EXPLORATION_REQUIRED_DEPTH: number = 3;\n' +
  'export const EXPLORATION_RACES_BUDGET_MS: number = 20000;\nexport const EXPLORATION_RACES_REQUIRED_DEPTH: number = 3;\n' +
  'export const EXPLORATION_TARGET_DEPTH: number = 4;\n';
// The random sequences run 200 seeds instead of 2000 for mutants.
const SEQUENCE_BUDGET_FOR_MUTANTS = 'export const SEQUENCE_COUNT: number = 200;\n';
const SERVED = new Map([
  [path.join('engine', 'ExplorationBudget.ets'), EXPLORATION_BUDGET_FOR_MUTANTS],
  [path.join('reliability', 'SequenceBudget.ets'), SEQUENCE_BUDGET_FOR_MUTANTS],
]);

// Each case finishes in milliseconds on fake clocks (the slowest asynchronous one, the random sequences, in
// well under a second), so a case still waiting after 2 s waits for a promise a mutant broke: it fails
// then, not after hypium's default 5 s.
const MUTANT_CASE_TIMEOUT_MS = 2000;

// esbuild plugin: each file of `substitutions` (a Map path -> text) is loaded with that text, and every
// other .ets file in `snapshot` (a Map path -> text taken when the run started) from the snapshot, so
// edits made in the working tree during a long run cannot change its results.
function substitutePlugin(substitutions, snapshot) {
  return {
    name: 'mutant-substitute',
    setup(build) {
      build.onLoad({ filter: /\.ets$/ }, (args) => {
        const resolved = path.resolve(args.path);
        for (const [suffix, contents] of SERVED) {
          if (resolved.endsWith(suffix)) return { contents, loader: 'ts', resolveDir: path.dirname(resolved) };
        }
        const contents = substitutions.get(resolved) ?? snapshot?.get(resolved);
        return contents === undefined ? undefined : { contents, loader: 'ts', resolveDir: path.dirname(resolved) };
      });
    },
  };
}

// In a vm context every global lookup goes through the context's interceptors, several times slower
// than in a process of its own. The vm bundle therefore runs inside a function whose parameters are the
// globals it uses, so that they are ordinary variables.
const VM_GLOBALS = [
  'Object', 'Function', 'Array', 'Number', 'String', 'Boolean', 'Symbol', 'BigInt', 'Math', 'JSON', 'Date', 'RegExp',
  'Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError', 'AggregateError',
  'Promise', 'Map', 'Set', 'WeakMap', 'WeakSet', 'WeakRef', 'Proxy', 'Reflect', 'ArrayBuffer', 'DataView',
  'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array', 'Float32Array',
  'Float64Array', 'Uint8ClampedArray', 'parseInt', 'parseFloat', 'isNaN', 'isFinite', 'encodeURIComponent',
  'decodeURIComponent', 'encodeURI', 'decodeURI', 'Intl', 'globalThis', 'console', 'setTimeout', 'clearTimeout',
  'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'queueMicrotask', 'TextEncoder', 'TextDecoder',
  'URL', 'URLSearchParams', 'performance', 'structuredClone', '__easepushMutant', '__easepushMutantTests',
  '__easepushMutantTestStarts', '__mutationRunner',
];
const VM_PROLOGUE = `(function (${VM_GLOBALS.join(', ')}, undefined) {`;
const VM_EPILOGUE = `}).call(undefined, ${VM_GLOBALS.map((g) => (g === 'globalThis' ? 'globalThis' : `globalThis.${g}`)).join(', ')});`;

// Bundles the module's List.test.ets into `outfile` with `substitutions` (Map path -> text: one mutated
// file, or the schemata of every mutated file) and `snapshot` as for substitutePlugin. With `shim`, the
// tests see hypium through the shim that reports test starts and filters tests (hypium-shim.mjs). With
// `vm`, the bundle is a script for vm-host.mjs (an IIFE reporting to the host) instead of a program.
export async function bundleSuite(listFile, outfile, substitutions, snapshot, { shim = false, vm = false } = {}) {
  fs.mkdirSync(path.dirname(outfile), { recursive: true });
  await bundleEts({
    entry: {
      contents: (vm ? hypiumVmEntrySource : hypiumEntrySource)(listFile, { caseTimeoutMs: MUTANT_CASE_TIMEOUT_MS }),
      resolveDir: REPO_ROOT,
    },
    outfile,
    ...(vm ? { format: 'iife', banner: { js: VM_PROLOGUE }, footer: { js: VM_EPILOGUE } } : {}),
    // No source map: nobody reads a mutant's stack.
    sourcemap: false,
    // `plugins` replaces bundleEts's own list, so the off-device resolution plugin is listed again, last:
    // the substitution's onLoad must win for the mutated files. (The list file itself is imported by the
    // generated entry, so it comes from the snapshot too.)
    plugins: [...(shim ? [hypiumShimPlugin()] : []), substitutePlugin(substitutions, snapshot), etsResolutionPlugin()],
  });
}

// Runs a bundle. Resolves { outcome: 'survived' | 'killed' | 'timeout', ms, failed?: 'suite > case', cases }.
// `expectedCases` (the unmutated run's count): a run that passes fewer cases than that did not pass.
// `env`: for schemata bundles, the switch runtime's variables (switch-runtime.mjs); it is preloaded then.
export function runSuite(bundle, timeoutMs, expectedCases = 1, env = undefined) {
  return new Promise((resolve) => {
    const started = Date.now();
    const args = env === undefined ? [bundle] : ['--import', SWITCH_RUNTIME, bundle];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
    let report = '';
    let verdict;
    const stop = (outcome) => {
      if (verdict === undefined) verdict = outcome;
      child.kill('SIGKILL');
    };
    child.stdio[REPORT_FD].on('data', (d) => {
      report += d;
      // A failing case or a crash: the mutant is killed, no need to go on.
      if (FAILED_CASE.test(report) || report.includes(CRASH_MARKER)) stop('killed');
    });
    const timer = setTimeout(() => stop('timeout'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ ...judgeRun(report, expectedCases, verdict, code === 0, timeoutMs), ms: Date.now() - started });
    });
  });
}
