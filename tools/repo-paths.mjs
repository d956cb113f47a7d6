// Absolute locations every tool agrees on, derived from this file so the tools work from any cwd
// and in a fresh clone.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuildProfile } from './build-profile.mjs';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const NODE_MODULES = path.join(REPO_ROOT, 'node_modules');
export const TYPINGS_DIR = path.join(REPO_ROOT, 'typings');
export const LIBRARY_DIR = path.join(REPO_ROOT, 'library');
export const LIBRARY_INDEX = path.join(LIBRARY_DIR, 'Index.ets');
// The testing HAR (ease-push-testing): one ready fake per port, for app tests, the library's tests, demo and bench.
export const TESTING_DIR = path.join(REPO_ROOT, 'testing');
export const TESTING_INDEX = path.join(TESTING_DIR, 'Index.ets');
export const HYPIUM_DIR = path.join(NODE_MODULES, '@ohos', 'hypium');
// The module roots the real gates check when no path arguments are given (unit tests run each one's
// src/test/List.test.ets).
export const DEFAULT_MODULE_ROOTS = ['library', 'testing', 'sample'].map((m) => path.join(REPO_ROOT, m));
// What lint and typecheck cover by default: the modules plus the ArkTS of the headless demo (demo/,
// which imports the sample's code) and of the benchmarks (bench/); both must obey the same ArkTS rules.
export const DEFAULT_CHECK_ROOTS = [...DEFAULT_MODULE_ROOTS, ...['demo', 'bench'].map((d) => path.join(REPO_ROOT, d))];

// The library imports its version from library/BuildProfile.ets, which hvigor generates and git ignores.
// Every tool (lint, typecheck, codelint, check:har, check:layers, unit tests, demo, bench, mutate, self-test)
// imports this module, so it is where the offline stand-in is made current: written on a fresh clone,
// rewritten when library/oh-package.json5's version changed, left alone otherwise (build-profile.mjs).
ensureBuildProfile(LIBRARY_DIR);

// Paths printed to users are repo-relative (fixtures outside the repo stay absolute).
export function displayPath(file) {
  const rel = path.relative(REPO_ROOT, file);
  return rel.startsWith('..') ? file : rel.split(path.sep).join('/');
}
