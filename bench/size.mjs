// (5) Size: the library's sources transpiled by ohos-typescript (target ES2015, importHelpers: the
// emitted JS imports its async/generator helpers from tslib instead of inlining a copy per file),
// bundled and minified by esbuild with the platform modules (@kit.*, @easemob/chatsdk) external.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';
import { BUILD_PROFILE_FILE } from '../tools/build-profile.mjs';
import { findFiles } from '../tools/find-files.mjs';
import { LIBRARY_INDEX, REPO_ROOT } from '../tools/repo-paths.mjs';
import { PLATFORM_MODULE } from '../tools/ets-resolution-plugin.mjs';
import { BENCH_OUT } from './build-kit.mjs';

const require = createRequire(import.meta.url);
const ts = require('ohos-typescript');
const LIBRARY_DIR = path.dirname(LIBRARY_INDEX);

// Index.ets, the build profile the version comes from (generated; repo-paths.mjs keeps it current) and every
// source under library/src/main/ets.
function librarySources() {
  return [LIBRARY_INDEX, path.join(LIBRARY_DIR, BUILD_PROFILE_FILE), ...findFiles([path.join(LIBRARY_DIR, 'src', 'main', 'ets')], ['.ets'])];
}

// A whole-program emit (not transpileModule): only the program knows which re-exports in Index.ets
// are types (interfaces) and must vanish from the JS. The sources are copied as .ts because the
// stock emitter keys on the extension; the type errors of a program without the platform typings do
// not matter here (emit happens regardless), syntax errors do.
function transpile(outDir) {
  const stage = path.join(path.dirname(outDir), 'ts');
  fs.rmSync(stage, { recursive: true, force: true });
  let sourceBytes = 0;
  const roots = [];
  for (const file of librarySources()) {
    const source = fs.readFileSync(file, 'utf8');
    sourceBytes += Buffer.byteLength(source);
    const copy = path.join(stage, path.relative(LIBRARY_DIR, file)).replace(/\.ets$/, '.ts');
    fs.mkdirSync(path.dirname(copy), { recursive: true });
    fs.writeFileSync(copy, source);
    roots.push(copy);
  }
  const program = ts.createProgram(roots, {
    target: ts.ScriptTarget.ES2015,
    module: ts.ModuleKind.ES2015,
    moduleResolution: ts.ModuleResolutionKind.NodeJs,
    importHelpers: true,
    rootDir: stage,
    outDir,
    skipLibCheck: true,
    types: [],
  });
  const syntax = roots.flatMap((root) => program.getSyntacticDiagnostics(program.getSourceFile(root)));
  if (syntax.length > 0) {
    throw new Error(`transpiling the library: ${ts.flattenDiagnosticMessageText(syntax[0].messageText, '\n')}`);
  }
  const emitted = program.emit();
  if (emitted.emitSkipped) throw new Error('ohos-typescript skipped the emit');
  return sourceBytes;
}

async function bundle(outDir, minify) {
  const result = await esbuild.build({
    entryPoints: [path.join(outDir, 'Index.js')],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2015',
    minify,
    logLevel: 'silent',
    nodePaths: [path.join(REPO_ROOT, 'node_modules')],
    plugins: [{
      name: 'platform-external',
      setup(build) {
        build.onResolve({ filter: PLATFORM_MODULE }, (args) => ({ path: args.path, external: true }));
      },
    }],
  });
  return result.outputFiles[0].contents;
}

export async function benchSize() {
  const outDir = path.join(BENCH_OUT, 'size', 'js');
  fs.rmSync(outDir, { recursive: true, force: true });
  const sourceBytes = transpile(outDir);
  const raw = await bundle(outDir, false);
  const min = await bundle(outDir, true);
  const gzip = zlib.gzipSync(min, { level: 9 });
  const usesTslib = findFiles([outDir], ['.js']).some((f) => fs.readFileSync(f, 'utf8').includes('from "tslib"'));
  if (!usesTslib) throw new Error('the transpiled library imports no tslib helper: importHelpers is not in effect');
  return [{
    item: 'library size (ES2015, tslib helpers, min + gzip)',
    measured: `${raw.length} B bundled, ${min.length} B min, ${gzip.length} B gzip`,
    baseline: `${sourceBytes} B of .ets source`,
    ratio: gzip.length / sourceBytes,
    target: '',
    ok: true,
  }];
}
