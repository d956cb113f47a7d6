// esbuild plugin for schemata bundles: every `import ... from '@ohos/hypium'` gets hypium itself with
// `describe` and `it` wrapped, so that a test body tells the switch runtime (switch-runtime.mjs) which
// test is running, and a run can register only the tests that reach its mutant.
import path from 'node:path';
import { REPO_ROOT } from '../repo-paths.mjs';

const NAMESPACE = 'mutation-hypium-shim';
const HYPIUM = path.join(REPO_ROOT, 'node_modules', '@ohos', 'hypium', 'index.js');

const SHIM = `
import * as hypium from ${JSON.stringify(HYPIUM)};
export * from ${JSON.stringify(HYPIUM)};
const suites = [];
const selected = globalThis.__easepushMutantTests;
const starts = globalThis.__easepushMutantTestStarts;
export function describe(desc, body) {
  return hypium.describe(desc, function () {
    suites.push(desc);
    try { return body(); } finally { suites.pop(); }
  });
}
export function it(desc, filter, body) {
  const id = [...suites, desc].join(' > ');
  if (selected !== undefined && !selected.has(id)) return;
  // hypium reads the body's parameter list: keep a 'done' parameter where the test has one. \`starts\`
  // answers false once the run is judged (a vm run that a failing case ended): hypium goes on through
  // the remaining cases in promise continuations, which nothing else can stop, so their bodies are
  // skipped instead of burning the time of the next run.
  const wrapped = body.length === 0
    ? function () { if (starts(id) === false) return undefined; return body(); }
    : function (done) { if (starts(id) === false) { done(); return undefined; } return body(done); };
  return hypium.it(desc, filter, wrapped);
}
`;

export function hypiumShimPlugin() {
  return {
    name: 'mutation-hypium-shim',
    setup(build) {
      build.onResolve({ filter: /^@ohos\/hypium$/ }, () => ({ path: 'hypium', namespace: NAMESPACE }));
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, () => ({ contents: SHIM, loader: 'js', resolveDir: REPO_ROOT }));
    },
  };
}
