// The offline stand-in of the build profile hvigor generates for a HAR module: `library/BuildProfile.ets`,
// holding HAR_VERSION (the module's oh-package.json5 "version"), BUILD_MODE_NAME, DEBUG and TARGET_NAME as
// constants plus a default-export class with the same values. The library reads its version from there
// (src/main/ets/internal/version/Version.ets), so every tool that compiles or bundles it needs the file;
// DevEco's build writes its own. The file is generated, so it is gitignored (library/.gitignore).
//
// repo-paths.mjs, which every tool imports, calls ensureBuildProfile() for library/: a fresh clone gets the
// file on the first tool run, and a changed version is picked up on the next one. This module must not
// import repo-paths.mjs (that would be a cycle).
import fs from 'node:fs';
import path from 'node:path';

export const BUILD_PROFILE_FILE = 'BuildProfile.ets';
const MANIFEST_FILE = 'oh-package.json5';

// The values an offline run stands for: hvigor's default product target in debug mode.
const OFFLINE_BUILD = { buildModeName: 'debug', debug: true, targetName: 'default' };

// JSON5 as oh-package.json5 files use it: `//` and `/* */` comments and trailing commas, removed outside
// strings, then JSON. (Unquoted keys and single-quoted strings are JSON5 too; ohpm's own files do not use
// them, and JSON.parse says where it stopped if one ever does.)
export function parseJson5(text, label = 'JSON5 text') {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i += 1;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) throw new Error(`${label}: unterminated /* comment`);
      i = end + 2;
    } else {
      out += c;
      i += 1;
    }
  }
  // Comments are gone, so a comma before a closing bracket (whitespace aside) is a trailing comma, unless
  // it is inside a string: the pattern skips strings whole and only drops the comma it captured.
  const json = out.replace(/("(?:[^"\\]|\\.)*")|,(\s*[}\]])/g, (match, string, closing) => string ?? closing);
  try {
    return JSON.parse(json);
  } catch (e) {
    throw new Error(`${label}: not JSON5 this parser reads (comments, trailing commas, quoted keys): ${e.message}`);
  }
}

// The module's version as ohpm publishes it and hvigor writes it into HAR_VERSION.
export function readHarVersion(moduleDir) {
  const manifest = path.join(moduleDir, MANIFEST_FILE);
  const version = parseJson5(fs.readFileSync(manifest, 'utf8'), manifest).version;
  if (typeof version !== 'string' || version.trim() === '') {
    throw new Error(`${manifest}: "version" must be a non-empty string, got ${JSON.stringify(version)}`);
  }
  return version;
}

const quoted = (value) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

// The text of the stand-in: the same exports as hvigor's file, in our own words.
export function buildProfileSource(version, build = OFFLINE_BUILD) {
  return [
    '/**',
    ' * Offline stand-in of the build profile hvigor generates for this HAR module at every build. Written by',
    ' * tools/build-profile.mjs from the "version" in oh-package.json5 whenever it is missing or differs, so the',
    ' * offline checks, unit tests, demo and benchmarks compile the library as DevEco does. Generated: it is',
    ' * gitignored (library/.gitignore); never edit or commit it. DevEco\'s build writes its own in its place.',
    ' */',
    `export const HAR_VERSION = ${quoted(version)};`,
    `export const BUILD_MODE_NAME = ${quoted(build.buildModeName)};`,
    `export const DEBUG = ${build.debug ? 'true' : 'false'};`,
    `export const TARGET_NAME = ${quoted(build.targetName)};`,
    '',
    '/** The same values as static fields, for code that imports the default export. */',
    'export default class BuildProfile {',
    '  static readonly HAR_VERSION: string = HAR_VERSION;',
    '  static readonly BUILD_MODE_NAME: string = BUILD_MODE_NAME;',
    '  static readonly DEBUG: boolean = DEBUG;',
    '  static readonly TARGET_NAME: string = TARGET_NAME;',
    '}',
    '',
  ].join('\n');
}

// (Re)writes moduleDir/BuildProfile.ets from moduleDir/oh-package.json5 when it is missing or its text differs.
// The write goes through a temporary file and a rename, so a tool running alongside (the demo tests run in
// parallel processes) never reads half a file. Returns { file, version, written }.
export function ensureBuildProfile(moduleDir) {
  const version = readHarVersion(moduleDir);
  const file = path.join(moduleDir, BUILD_PROFILE_FILE);
  const source = buildProfileSource(version);
  let current;
  try {
    current = fs.readFileSync(file, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === source) return { file, version, written: false };
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, source);
  fs.renameSync(temporary, file);
  return { file, version, written: true };
}
