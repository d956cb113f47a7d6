// Builds the ohos-typescript builder program shared by `lint` (ArkTS linter) and `typecheck`
// (pre-emit diagnostics). One place decides compiler options and module resolution so both gates
// see the same world: ArkTS sources + the ambient platform declarations in typings/.
import { createRequire } from 'node:module';
import path from 'node:path';
import { etsOptions } from './ets-compiler-options.mjs';
import { findFiles } from './find-files.mjs';
import { HYPIUM_DIR, LIBRARY_INDEX, NODE_MODULES, REPO_ROOT, TESTING_INDEX, TYPINGS_DIR } from './repo-paths.mjs';

const require = createRequire(import.meta.url);
// ohos-typescript is CommonJS; OpenHarmony's fork adds .ets parsing and the ArkTS linter.
export const ts = require('ohos-typescript');

// Ambient declarations the checks compile against: the platform/SDK stand-ins in typings/
// (@kit.*, @easemob/chatsdk, ArkUI subset) and ArkTS runtime globals kept under tools/ambient/.
export function ambientDeclarationFiles() {
  return findFiles([TYPINGS_DIR, path.join(REPO_ROOT, 'tools', 'ambient')], ['.d.ts', '.d.ets']);
}

export function compilerOptions() {
  const hypiumTypes = path.join(HYPIUM_DIR, 'index.d.ts');
  return {
    // ArkTS compiles to ES2017+ bytecode; the runtime library matches ES2020-ish without DOM/Node.
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.ES2020,
    moduleResolution: ts.ModuleResolutionKind.NodeJs,
    lib: ['lib.es2020.d.ts'],
    // Do not pull in @types/node from node_modules: ArkTS code has no Node globals.
    types: [],
    strict: true,
    noImplicitReturns: true,
    noUnusedLocals: true,
    noUnusedParameters: true,
    noFallthroughCasesInSwitch: true,
    experimentalDecorators: true,
    importHelpers: true,
    noEmit: true,
    // Third-party .d.ts (hypium) are not ours to fix; our own typings are still exercised by use.
    skipLibCheck: true,
    allowJs: false,
    baseUrl: REPO_ROOT,
    // Module names DevEco resolves through ohpm/oh_modules, mapped to what exists offline.
    // @kit.* and @easemob/chatsdk need no mapping: typings/ declares them as ambient modules.
    paths: {
      'ease-push': [LIBRARY_INDEX],
      // The testing HAR (testing/oh-package.json5 depends on ease-push with file:../library).
      'ease-push-testing': [TESTING_INDEX],
      '@ohos/hypium': [hypiumTypes],
      // hamock is not on npm; its MockKit/when/ArgumentMatchers are hypium's mock kit API.
      '@ohos/hamock': [hypiumTypes],
      tslib: [path.join(NODE_MODULES, 'tslib', 'tslib.d.ts')],
    },
    ets: etsOptions(),
  };
}

// rootNames: the .ets files under check. Ambient declarations are always added so `@kit.*`
// imports resolve. Returns { builderProgram, program, checkedFiles:Set<string> }.
// `overrides` adjusts compiler options for one gate (typecheck checks our own typings: skipLibCheck off).
// `world` replaces typings/ with other declarations (typecheck --sdk): { declarationFiles, options,
// resolver(options, host) -> resolveModuleNames }.
export function createArkTSProgram(etsFiles, overrides = {}, world = undefined) {
  const options = { ...compilerOptions(), ...overrides, ...(world ? world.options : {}) };
  const rootNames = [...etsFiles, ...(world ? world.declarationFiles : ambientDeclarationFiles())];
  const host = ts.createIncrementalCompilerHost(options);
  if (world) host.resolveModuleNames = world.resolver(options, host);
  // A builder (incremental) program is what the ArkTS linter requires: a plain createProgram
  // asserts "source files with versions". No tsBuildInfoFile is set, so nothing is written.
  const builderProgram = ts.createIncrementalProgram({ rootNames, options, host });
  return {
    builderProgram,
    program: builderProgram.getProgram(),
    checkedFiles: new Set(etsFiles.map((f) => path.resolve(f))),
  };
}

// Diagnostics belong to the gate's output only when they point into a file under check; the
// program also contains library files reached through imports, typings and default libs.
export function isInCheckedFiles(diagnostic, checkedFiles) {
  return diagnostic.file !== undefined && checkedFiles.has(path.resolve(diagnostic.file.fileName));
}

// `file:line:col message (suffix)` with repo-relative paths, shared by lint and typecheck output.
export function formatDiagnostic(diagnostic, suffix, displayPath) {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
  if (!diagnostic.file || diagnostic.start === undefined) return `${message} (${suffix})`;
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return `${displayPath(diagnostic.file.fileName)}:${line + 1}:${character + 1} ${message} (${suffix})`;
}
