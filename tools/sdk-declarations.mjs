// `npm run typecheck -- --sdk <HarmonyOS SDK folder>` (or DEVECO_SDK_HOME): the world the type-check compiles
// against becomes the user's real SDK instead of typings/. Everything here is read from the SDK at run time;
// nothing of it is copied into the repository.
//
//   openharmony/ets/{api,arkts,kits}, hms/ets/{api,kits}: the modules `@ohos.*`, `@arkts.*`, `@kit.*`, `@hms.*`
//     are resolved the way the ets-loader resolves them (name + .d.ts / .d.ets in those folders, in that order);
//   openharmony/ets/build-tools/ets-loader/declarations: the global UI components and runtime globals
//     (console, setTimeout, canIUse, loadNativeModule), as root files;
//   openharmony/ets/build-tools/ets-loader/tsconfig.json: its `ets` block (every ArkUI component name), so pages
//     parse as the real compiler parses them;
//   @easemob/chatsdk: an installed package under <module>/oh_modules or oh_modules (its `types` file), else our
//     typings/easemob.chatsdk.d.ts.
import fs from 'node:fs';
import path from 'node:path';
import { findFiles } from './find-files.mjs';
import { REPO_ROOT, TYPINGS_DIR } from './repo-paths.mjs';

const CHATSDK = '@easemob/chatsdk';
const CHATSDK_TYPING = path.join(TYPINGS_DIR, 'easemob.chatsdk.d.ts');
const SYSTEM_MODULE = /^@(ohos|hms|kit|arkts|system)\./;

// The SDK folder named on the command line (`--sdk DIR`) or by DEVECO_SDK_HOME; null when neither is given.
// Returns { sdkArg, rest } with the remaining arguments (paths to check).
export function takeSdkArgument(argv, env) {
  const rest = [];
  let sdkArg = null;
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--sdk') {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) {
        sdkArg = env.DEVECO_SDK_HOME || '';
      } else {
        sdkArg = next;
        i += 1;
      }
    } else if (argv[i].startsWith('--sdk=')) {
      sdkArg = argv[i].slice('--sdk='.length);
    } else {
      rest.push(argv[i]);
    }
  }
  if (sdkArg === null && env.DEVECO_SDK_HOME) sdkArg = env.DEVECO_SDK_HOME;
  return { sdkArg, rest };
}

// The folder holding openharmony/ and hms/: the one given, or its default/ or sdk/default/ (DEVECO_SDK_HOME
// points at DevEco's sdk/ folder, whose default/ holds the SDK). Throws with a readable message when none fits.
export function locateSdk(given) {
  if (!given) throw new Error('--sdk needs a folder (or set DEVECO_SDK_HOME)');
  const base = path.resolve(given);
  const candidates = [base, path.join(base, 'default'), path.join(base, 'sdk', 'default')];
  const root = candidates.find((c) => fs.existsSync(path.join(c, 'openharmony', 'ets', 'api')));
  if (!root) throw new Error(`no HarmonyOS SDK under ${given}: expected openharmony/ets/api in it, its default/ or sdk/default/`);
  const ets = (...p) => path.join(root, ...p);
  const loader = ets('openharmony', 'ets', 'build-tools', 'ets-loader');
  const missing = [ets('hms', 'ets', 'api'), path.join(loader, 'declarations')].filter((p) => !fs.existsSync(p));
  if (missing.length > 0) throw new Error(`incomplete HarmonyOS SDK at ${root}: missing ${missing.join(', ')}`);
  return {
    root,
    moduleDirs: [ets('openharmony', 'ets', 'api'), ets('openharmony', 'ets', 'arkts'), ets('openharmony', 'ets', 'kits'),
      ets('hms', 'ets', 'api'), ets('hms', 'ets', 'kits')].filter((p) => fs.existsSync(p)),
    etsLoader: loader,
    globals: findFiles([path.join(loader, 'declarations')], ['.d.ts', '.d.ets']),
  };
}

// The `ets` compiler-option block the SDK's ets-loader compiles with (null when its tsconfig cannot be read).
export function sdkEtsOptions(sdk) {
  try {
    const config = JSON.parse(fs.readFileSync(path.join(sdk.etsLoader, 'tsconfig.json'), 'utf8'));
    return config.compilerOptions && config.compilerOptions.ets ? config.compilerOptions.ets : null;
  } catch {
    return null;
  }
}

// Where ohpm installs @easemob/chatsdk: each module's oh_modules, then the project's.
export const CHATSDK_PACKAGE_DIRS = [...['library', 'sample'].map((m) => path.join(REPO_ROOT, m, 'oh_modules', CHATSDK)),
  path.join(REPO_ROOT, 'oh_modules', CHATSDK)];

// The installed @easemob/chatsdk declarations ({ file, installed: true }) from the first package folder that has
// them, else our own typing ({ file: typings/easemob.chatsdk.d.ts, installed: false }).
export function chatSdkDeclarations(packageDirs = CHATSDK_PACKAGE_DIRS) {
  for (const dir of packageDirs) {
    const file = packageTypes(dir);
    if (file) return { file, installed: true };
  }
  return { file: CHATSDK_TYPING, installed: false };
}

function packageTypes(dir) {
  if (!fs.existsSync(dir)) return null;
  let types = null;
  for (const name of ['oh-package.json5', 'package.json']) {
    const manifest = path.join(dir, name);
    if (!fs.existsSync(manifest)) continue;
    // json5 allows comments and unquoted keys; the one field needed is read with a pattern instead of a parser.
    const match = /["']?types["']?\s*:\s*["']([^"']+)["']/.exec(fs.readFileSync(manifest, 'utf8'));
    if (match) types = match[1];
    break;
  }
  const candidates = [types, 'Index.d.ets', 'Index.d.ts', 'index.d.ets', 'index.d.ts'].filter(Boolean).map((t) => path.join(dir, t));
  return candidates.find((f) => fs.existsSync(f)) || null;
}

// A resolveModuleNames for the compiler host: ordinary resolution first (relative paths, `paths`), then system
// modules in the SDK folders, then @easemob/chatsdk. Unresolved names stay unresolved (the checker reports them).
export function sdkModuleResolver(ts, options, host, sdk, chatsdk) {
  const cache = new Map();
  const lookUp = (name) => {
    if (cache.has(name)) return cache.get(name);
    let found;
    if (name === CHATSDK && chatsdk.installed) {
      found = resolved(ts, chatsdk.file);
    } else if (SYSTEM_MODULE.test(name)) {
      for (const dir of sdk.moduleDirs) {
        const file = ['.d.ts', '.d.ets'].map((ext) => path.join(dir, name + ext)).find((f) => fs.existsSync(f));
        if (file) {
          found = resolved(ts, file);
          break;
        }
      }
    }
    cache.set(name, found);
    return found;
  };
  return (moduleNames, containingFile) => moduleNames.map((name) => {
    const ordinary = ts.resolveModuleName(name, containingFile, options, host).resolvedModule;
    return ordinary || lookUp(name);
  });
}

function resolved(ts, file) {
  const extension = file.endsWith('.d.ets') ? ts.Extension.Dets : ts.Extension.Dts;
  return { resolvedFileName: file, extension, isExternalLibraryImport: true };
}
