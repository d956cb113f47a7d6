#!/usr/bin/env node
// Ports and adapters, enforced: only library/src/main/ets/adapters/ may import the platform
// (`@kit.*`, `@easemob/chatsdk`). Three facade/setup files may import platform types for their
// public signatures (Want, UIAbility, Context); the unit tests run them against stand-ins that throw
// when touched, so a runtime use there would fail. The core (library/src/main/ets/core) imports
// nothing from the platform at all. Prints each violation.
import fs from 'node:fs';
import path from 'node:path';
import { findFiles } from './find-files.mjs';
import { REPO_ROOT, displayPath } from './repo-paths.mjs';

const MAIN = path.join(REPO_ROOT, 'library', 'src', 'main', 'ets');
// The core: everything but the adapters, the facade and the wiring that builds the adapters.
const CORE_DIRS = ['types', 'api', 'internal'].map((d) => path.join(MAIN, d));
const WIRING = path.join(MAIN, 'internal', 'wiring');
const ADAPTERS = path.join(MAIN, 'adapters');
// Facade-level files that may import platform types for their public signatures (Want, UIAbility, Context).
const TYPE_ONLY_ALLOWED = ['EasePush.ets', 'types/options/EasePushOptions.ets', 'internal/wiring/PortAssembly.ets']
  .map((f) => path.join(MAIN, f));
const PLATFORM_IMPORT = /^import\s[^;]*?from\s+'(@kit\.[A-Za-z]+|@easemob\/chatsdk)'/gms;

const problems = [];
for (const file of findFiles([MAIN], ['.ets'])) {
  const source = fs.readFileSync(file, 'utf8');
  const modules = [...source.matchAll(PLATFORM_IMPORT)].map((m) => m[1]);
  if (modules.length === 0 || file.startsWith(ADAPTERS + path.sep)) continue;
  const inCore = CORE_DIRS.some((d) => file.startsWith(d + path.sep)) && !file.startsWith(WIRING + path.sep);
  if (inCore && !TYPE_ONLY_ALLOWED.includes(file)) {
    problems.push(`${displayPath(file)}: the core must not import ${[...new Set(modules)].join(', ')}`);
  } else if (!TYPE_ONLY_ALLOWED.includes(file)) {
    problems.push(`${displayPath(file)}: platform imports (${[...new Set(modules)].join(', ')}) belong in adapters/`);
  }
}
for (const problem of problems) console.log(problem);
console.log(`check-layers: ${problems.length} problem(s)`);
process.exit(problems.length === 0 ? 0 : 1);
