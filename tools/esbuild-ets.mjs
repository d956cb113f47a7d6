// Bundles ArkTS (.ets) code for Node with the off-device resolution rules, so unit tests, the demo
// and benchmarks all run the library exactly the same way. ArkTS syntax used by non-UI code is
// TypeScript syntax, so esbuild's TS loader handles .ets.
import * as esbuild from 'esbuild';
import { etsResolutionPlugin } from './ets-resolution-plugin.mjs';
import { REPO_ROOT } from './repo-paths.mjs';

// entry: path of the entry file, or { contents, resolveDir } for a generated entry.
// outfile: bundle path (ESM, run with `node outfile`). Extra esbuild options may be passed through.
export async function bundleEts({ entry, outfile, pluginOptions, ...esbuildOptions }) {
  const entryOptions = typeof entry === 'string'
    ? { entryPoints: [entry] }
    : { stdin: { contents: entry.contents, resolveDir: entry.resolveDir ?? REPO_ROOT, sourcefile: 'entry.ts', loader: 'ts' } };
  return esbuild.build({
    ...entryOptions,
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'inline',
    loader: { '.ets': 'ts' },
    resolveExtensions: ['.ets', '.ts', '.js'],
    // hypium's own files are extension-less ESM imports; node_modules lookup starts at the repo.
    nodePaths: [`${REPO_ROOT}/node_modules`],
    logLevel: 'silent',
    plugins: [etsResolutionPlugin(pluginOptions)],
    ...esbuildOptions,
  });
}
