// Bundles bench/BenchKit.ets (library sources + the testing HAR's fakes) for Node with the same resolution rules
// as the unit tests, and loads it.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleEts } from '../tools/esbuild-ets.mjs';
import { REPO_ROOT } from '../tools/repo-paths.mjs';

export const BENCH_OUT = path.join(REPO_ROOT, '.test', 'bench');

export async function loadBenchKit() {
  const outfile = path.join(BENCH_OUT, 'bench-kit.mjs');
  // No inline source map: it would only add parse time and heap to the figures.
  await bundleEts({ entry: path.join(REPO_ROOT, 'bench', 'BenchKit.ets'), outfile, sourcemap: false });
  return import(pathToFileURL(outfile).href);
}
