// Bundles the demo's ArkTS entry (demo/DemoMain.ets: the simulation, the scenarios and the sample's
// own push setup code) for Node with the same resolution rules as the unit tests, and loads it.
// Shared by the CLI (run-demo.mjs) and the scenario tests.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleEts } from '../tools/esbuild-ets.mjs';
import { REPO_ROOT } from '../tools/repo-paths.mjs';

const DEMO_MAIN = path.join(REPO_ROOT, 'demo', 'DemoMain.ets');

// `outDir` lets concurrent runs (tests next to a manual run) use separate bundles.
export async function loadDemo(outDir = path.join(REPO_ROOT, '.test', 'demo')) {
  const outfile = path.join(outDir, 'demo-main.mjs');
  await bundleEts({
    entry: {
      contents: `export { DEFAULT_SEED, runScenario, scenarioCatalog } from ${JSON.stringify(DEMO_MAIN)};`,
      resolveDir: REPO_ROOT,
    },
    outfile,
  });
  // A query string defeats the module cache if the same path is bundled twice in one process.
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}
