#!/usr/bin/env node
// `npm run check:layers [libraryDir]`: the library's layout by visibility, enforced. Prints each violation.
//
// library/src/main/ets/:
//   EasePush.ets  the facade;
//   types/        public data (options, state, events, errors, taps, notifications, settings, diagnosis, ports);
//   api/          public feature objects (push.taps, push.notifications, push.settings, PushOptions);
//   internal/     engine, event publishing, code tables, wiring, parsing, persistence, diagnose, util;
//   adapters/     platform adapters, each file named *Adapter.ets (helpers in adapters/support/).
// Rules:
//  1. Only adapters/ import the platform (`@kit.*`, `@easemob/chatsdk`). A few public signatures need platform
//     types (Want, UIAbility, Context, ChatOptions): those files are listed below, and internal/wiring/ builds the
//     default adapters. The unit tests run everything against stand-ins that throw when touched.
//  2. types/ imports only types/; api/ and internal/ never import adapters/ (internal/wiring/ may: it builds them).
//  3. Adapters reject only with PlatformCallError: nothing in adapters/ imports EasePushError or the error factories.
//  4. Index.ets re-exports only from EasePush.ets, types/ and api/, at most MAX_PUBLIC_NAMES names (a namespace
//     re-export `export * as X` counts as one), and opens with a comment block saying what is internal and why.
//  5. No file in library/src/main is over MAX_LINES lines.
//  6. Nothing outside library/src/test imports library/src/test (the demo, bench and apps use the testing HAR).
//  7. The testing HAR (testing/, ease-push-testing) reaches the library only as 'ease-push', like an app: no relative
//     import leaves testing/; testing/src/main imports nothing but 'ease-push', its own files and the platform
//     types of AbilityKit (UIAbility, Want: what `fakeAbility` and `wantWith` return); no file of it is over
//     MAX_LINES lines.
import fs from 'node:fs';
import path from 'node:path';
import { findFiles } from './find-files.mjs';
import { REPO_ROOT, displayPath } from './repo-paths.mjs';

export const MAX_PUBLIC_NAMES = 45;
const MAX_LINES = 300;
// Files whose public signatures need platform types.
const PLATFORM_TYPES_ALLOWED = ['EasePush.ets', 'types/options/EasePushOptions.ets', 'api/Taps.ets',
  'api/Notifications.ets'];
const PLATFORM_IMPORT = /^import\s[^;]*?from\s+'(@kit\.[A-Za-z]+|@easemob\/chatsdk)'/gms;
const RELATIVE_IMPORT = /^(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^']+)'/gms;
const ERROR_BUILDERS = ['types/errors/EasePushError', 'internal/errors/Errors'];

const libraryDir = path.resolve(process.argv[2] ?? path.join(REPO_ROOT, 'library'));
const main = path.join(libraryDir, 'src', 'main', 'ets');
const rel = (file) => path.relative(main, file).split(path.sep).join('/');
const problems = [];

function importsOf(file, source) {
  return [...source.matchAll(RELATIVE_IMPORT)].map((m) => rel(path.resolve(path.dirname(file), m[1])));
}

for (const file of findFiles([main], ['.ets'])) {
  const where = rel(file);
  const source = fs.readFileSync(file, 'utf8');
  const shown = displayPath(file);
  const layer = where.includes('/') ? where.split('/')[0] : '';
  const platform = [...new Set([...source.matchAll(PLATFORM_IMPORT)].map((m) => m[1]))];
  const wiring = where.startsWith('internal/wiring/');
  if (platform.length > 0 && layer !== 'adapters' && !wiring && !PLATFORM_TYPES_ALLOWED.includes(where)) {
    problems.push(`${shown}: platform imports (${platform.join(', ')}) belong in adapters/`);
  }
  if (!['types', 'api', 'internal', 'adapters', ''].includes(layer)) {
    problems.push(`${shown}: every file lives in types/, api/, internal/ or adapters/`);
  }
  if (layer === 'adapters' && path.dirname(where) === 'adapters' && !where.endsWith('Adapter.ets')) {
    problems.push(`${shown}: a platform adapter is named *Adapter.ets (helpers go in adapters/support/)`);
  }
  for (const target of importsOf(file, source)) {
    if (layer === 'types' && !target.startsWith('types/')) {
      problems.push(`${shown}: types/ is public data and imports only types/ (found ${target})`);
    }
    if ((layer === 'api' || (layer === 'internal' && !wiring)) && target.startsWith('adapters/')) {
      problems.push(`${shown}: only internal/wiring/ may import adapters/ (found ${target})`);
    }
    if (layer === 'adapters' && ERROR_BUILDERS.some((b) => target === b || target === `${b}.ets`)) {
      problems.push(`${shown}: adapters reject only with PlatformCallError; the core builds EasePushErrors (found ${target})`);
    }
  }
  const lines = source.split('\n').length - (source.endsWith('\n') ? 1 : 0);
  if (lines > MAX_LINES) {
    problems.push(`${shown}: ${lines} lines; files in library/src/main stay at ${MAX_LINES} or fewer`);
  }
}

// Index.ets: where it re-exports from, how many names, and its opening comment.
const indexFile = path.join(libraryDir, 'Index.ets');
const index = fs.existsSync(indexFile) ? fs.readFileSync(indexFile, 'utf8') : '';
let names = 0;
for (const m of index.matchAll(/^export\s*(\{[^}]*\}|\*\s+as\s+\w+)\s*from\s*'([^']+)'/gm)) {
  const target = path.posix.normalize(m[2]).replace(/^\.\//, '');
  const allowed = target === 'src/main/ets/EasePush' || target.startsWith('src/main/ets/types/') ||
    target.startsWith('src/main/ets/api/');
  if (!allowed) {
    problems.push(`${displayPath(indexFile)}: re-exports from ${m[2]}; only EasePush.ets, types/ and api/ are public`);
  }
  names += m[1].startsWith('{') ? m[1].slice(1, -1).split(',').filter((n) => n.trim() !== '').length : 1;
}
if (names > MAX_PUBLIC_NAMES) {
  problems.push(`${displayPath(indexFile)}: exports ${names} names; the public API stays at ${MAX_PUBLIC_NAMES} or fewer`);
}
if (!/^\s*\/\//.test(index)) {
  problems.push(`${displayPath(indexFile)}: opens with a comment block naming what is deliberately internal and why`);
}

// Nothing outside the library's own tests reaches into them.
const repoRoot = path.dirname(libraryDir);
const testDir = path.join(libraryDir, 'src', 'test');
const outside = ['demo', 'bench', 'sample', 'testing'].map((d) => path.join(repoRoot, d)).filter((d) => fs.existsSync(d));
for (const file of findFiles(outside, ['.ets'])) {
  const source = fs.readFileSync(file, 'utf8');
  for (const m of source.matchAll(RELATIVE_IMPORT)) {
    if (path.resolve(path.dirname(file), m[1]).startsWith(testDir + path.sep)) {
      problems.push(`${displayPath(file)}: imports the library's own tests (${m[1]}); use the testing HAR`);
    }
  }
}

// The testing HAR: an app's view of the library.
const testingDir = path.join(repoRoot, 'testing');
const testingMain = path.join(testingDir, 'src', 'main');
const TESTING_MODULES = ['ease-push', '@kit.AbilityKit'];
const MODULE_IMPORT = /^(?:import|export)\s[^;]*?from\s+'([^'.][^']*)'/gms;
if (fs.existsSync(testingDir)) {
  for (const file of findFiles([testingDir], ['.ets'])) {
    const source = fs.readFileSync(file, 'utf8');
    const shown = displayPath(file);
    for (const m of source.matchAll(RELATIVE_IMPORT)) {
      if (!path.resolve(path.dirname(file), m[1]).startsWith(testingDir + path.sep)) {
        problems.push(`${shown}: imports ${m[1]} outside testing/; the testing HAR reaches the library only as 'ease-push'`);
      }
    }
    if (!file.startsWith(testingMain + path.sep)) continue;
    for (const m of source.matchAll(MODULE_IMPORT)) {
      if (!TESTING_MODULES.includes(m[1])) {
        problems.push(`${shown}: imports '${m[1]}'; testing/src/main imports only ${TESTING_MODULES.join(', ')} and its own files`);
      }
    }
    const lines = source.split('\n').length - (source.endsWith('\n') ? 1 : 0);
    if (lines > MAX_LINES) {
      problems.push(`${shown}: ${lines} lines; files in testing/src/main stay at ${MAX_LINES} or fewer`);
    }
  }
}

for (const problem of problems) console.log(problem);
console.log(`check-layers: ${problems.length} problem(s); Index.ets exports ${names} of at most ${MAX_PUBLIC_NAMES} names`);
process.exit(problems.length === 0 ? 0 : 1);
