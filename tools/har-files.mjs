// Keeps what the published HAR carries true to its single sources:
// - library/CHANGELOG.md and LICENSE are copies of the root files (ohpm publishes the module folder, so the
//   copies must exist there; the root files are the ones we edit);
// - library/README.md is the HAR's own README for app developers, not a copy: it must exist, differ from the
//   root README (the contributors' one), have a "Required permissions" section, and every name in backticks in
//   its `###` headings must be an export of library/Index.ets or a field of EasePushOptions (so a heading never
//   documents an API that is not there). `--readme FILE` checks FILE by these rules instead (the self-test);
// - the ArkGuard keep lists in consumer-rules.txt and obfuscation-rules.txt name every public
//   symbol and member exported from library/Index.ets, so an app's property obfuscation cannot
//   rename the API (or the listener callback names EasePush reads by name);
// - library/Index.ets holds nothing but named re-exports (`export { A } from`), plus namespace re-exports
//   (`export * as Ports from`) of files that themselves hold only named re-exports;
// - the testing HAR (testing/, ease-push-testing) by the rules that fit it: its CHANGELOG.md and LICENSE are copies
//   of the root files; its README exists, differs from the root README, has a "Required permissions" section and
//   names in its `###` headings only exports of testing/Index.ets or library/Index.ets; it contains the complete
//   app-side test testing/src/test/ReadmeExample.test.ets word for word (importing 'ease-push-testing' where the
//   module's own test imports '../../Index', its opening comment left out), so the README's example is one that
//   runs; testing/Index.ets holds only named re-exports (it has no keep lists: it is a devDependency, never in a
//   release build).
// `node tools/har-files.mjs` checks (part of npm test); `--write` regenerates the copies and keep lists.
import fs from 'node:fs';
import path from 'node:path';
import { createArkTSProgram, ts } from './arkts-program.mjs';
import { LIBRARY_INDEX, REPO_ROOT, TESTING_DIR, TESTING_INDEX } from './repo-paths.mjs';

const LIBRARY_DIR = path.join(REPO_ROOT, 'library');
const README_EXAMPLE = path.join(TESTING_DIR, 'src', 'test', 'ReadmeExample.test.ets');
const COPIED_DOCS = ['CHANGELOG.md', 'LICENSE'];
const OPTIONS_TYPE = 'EasePushOptions';
const RULE_FILES = ['consumer-rules.txt', 'obfuscation-rules.txt'];
const BEGIN = '# BEGIN generated keep list (tools/har-files.mjs --write)';
const END = '# END generated keep list';

// Index.ets may contain comments, `export { A, B } from './path';` and `export * as Name from './path';` where
// that file itself holds only named re-exports (so every public name is still written out by name).
function indexShapeProblems(source, label = 'library/Index.ets', dir = LIBRARY_DIR, nested = false) {
  const file = ts.createSourceFile(label, source, ts.ScriptTarget.ES2020, true);
  const problems = [];
  for (const statement of file.statements) {
    const exported = ts.isExportDeclaration(statement) && statement.moduleSpecifier !== undefined &&
      statement.exportClause !== undefined;
    const named = exported && ts.isNamedExports(statement.exportClause);
    const namespace = exported && !nested && ts.isNamespaceExport(statement.exportClause);
    const { line } = file.getLineAndCharacterOfPosition(statement.getStart());
    if (!named && !namespace) {
      problems.push(`${label}:${line + 1}: only named re-exports are allowed ("export { X } from '...'"` +
        `${nested ? '' : ' or "export * as X from \'...\'"'})`);
    }
    if (namespace) {
      const target = path.resolve(dir, `${statement.moduleSpecifier.text}.ets`);
      const text = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
      problems.push(...indexShapeProblems(text, path.relative(REPO_ROOT, target), path.dirname(target), true));
    }
  }
  return problems;
}

// Public names: every export of Index.ets, and the members of exported classes, interfaces and enums.
function publicNames() {
  const { program } = createArkTSProgram([LIBRARY_INDEX]);
  const checker = program.getTypeChecker();
  const index = program.getSourceFile(LIBRARY_INDEX);
  const moduleSymbol = checker.getSymbolAtLocation(index);
  const globals = new Set();
  const properties = new Set();
  const options = new Set();
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    globals.add(exported.name);
    properties.add(exported.name);
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const collect = (members) => members && members.forEach((member, name) => {
      const declaration = member.declarations && member.declarations[0];
      const modifiers = declaration && ts.getCombinedModifierFlags(declaration);
      const hidden = modifiers && (modifiers & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected));
      if (!hidden && name !== 'prototype' && !name.startsWith('__')) {
        properties.add(name);
      }
    });
    collect(symbol.members);
    collect(symbol.exports);
    // A namespace re-export (`export * as Ports`): its names and their members are public too.
    if (symbol.flags & ts.SymbolFlags.ValueModule) {
      for (const inner of checker.getExportsOfModule(symbol)) {
        properties.add(inner.name);
        const target = inner.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(inner) : inner;
        collect(target.members);
        collect(target.exports);
      }
    }
    if (exported.name === OPTIONS_TYPE && symbol.members) {
      symbol.members.forEach((member, name) => options.add(name));
    }
  }
  return { globals: [...globals].sort(), properties: [...properties].sort(), options: [...options].sort() };
}

function keepBlock(names) {
  return [BEGIN, '-keep-global-name', ...names.globals, '', '-keep-property-name', ...names.properties, END].join('\n');
}

// The rules for the HAR's own README (see the head of this file).
// `names.globals` / `names.options`: the names a `###` heading may put in backticks.
function readmeProblems(label, text, rootReadme, names, knownWhat = `an Index.ets export nor an ${OPTIONS_TYPE} field`) {
  if (text === undefined) {
    return [`${label} is missing: the HAR needs its own README for app developers`];
  }
  const problems = [];
  if (text === rootReadme) {
    problems.push(`${label} is a copy of the root README: it must be the HAR's own README for app developers`);
  }
  const lines = text.split('\n');
  if (!lines.some((line) => /^#{2,3} Required permissions\s*$/.test(line))) {
    problems.push(`${label} has no "Required permissions" section (## Required permissions)`);
  }
  const known = new Set([...names.globals, ...names.options]);
  lines.forEach((line, index) => {
    if (!line.startsWith('### ')) return;
    for (const match of line.matchAll(/`([A-Za-z_$][\w$]*)[^`]*`/g)) {
      if (!known.has(match[1])) {
        problems.push(`${label}:${index + 1}: heading names \`${match[1]}\`, which is neither ${knownWhat}`);
      }
    }
  });
  return problems;
}

function withBlock(text, block) {
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start === -1 || end === -1) {
    return `${text.replace(/\s*$/, '')}\n\n${block}\n`;
  }
  return text.slice(0, start) + block + text.slice(end + END.length);
}

function readIfPresent(file) {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

// Every name testing/Index.ets exports.
function testingExports() {
  const { program } = createArkTSProgram([TESTING_INDEX]);
  const checker = program.getTypeChecker();
  return checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(TESTING_INDEX))).map((s) => s.name);
}

// The README's example must be the test that runs, as an app writes it.
function exampleProblems(readme) {
  if (readme === undefined) return [];
  const test = readIfPresent(README_EXAMPLE);
  if (test === undefined) return [`${path.relative(REPO_ROOT, README_EXAMPLE)} is missing: it proves the README's example runs`];
  const asAppWritesIt = test.replace(/^(\/\/.*\n)+/, '').replaceAll("from '../../Index';", "from 'ease-push-testing';").trimEnd();
  return readme.includes(asAppWritesIt) ? [] : [`testing/README.md does not contain ${path.relative(REPO_ROOT, README_EXAMPLE)} ` +
    `as an app writes it (imports from 'ease-push-testing', no opening comment): copy the test into the README`];
}

// The testing HAR: copies, Index shape, README.
function testingProblems(write, rootReadme, libraryNames) {
  if (!fs.existsSync(TESTING_INDEX)) return ['testing/Index.ets is missing'];
  const problems = indexShapeProblems(fs.readFileSync(TESTING_INDEX, 'utf8'), 'testing/Index.ets', TESTING_DIR, true);
  problems.push(...copyProblems(TESTING_DIR, write));
  const readme = readIfPresent(path.join(TESTING_DIR, 'README.md'));
  const names = { globals: [...testingExports(), ...libraryNames.globals], options: [] };
  problems.push(...readmeProblems('testing/README.md', readme, rootReadme, names,
    'a testing/Index.ets export nor a library/Index.ets export'), ...exampleProblems(readme));
  return problems;
}

// The module's CHANGELOG.md and LICENSE equal the root files (`write`: make them so).
function copyProblems(moduleDir, write) {
  const problems = [];
  for (const doc of COPIED_DOCS) {
    const source = fs.readFileSync(path.join(REPO_ROOT, doc), 'utf8');
    const copyPath = path.join(moduleDir, doc);
    const copy = fs.existsSync(copyPath) ? fs.readFileSync(copyPath, 'utf8') : undefined;
    if (copy !== source) {
      if (write) {
        fs.writeFileSync(copyPath, source);
      } else {
        problems.push(`${path.relative(REPO_ROOT, copyPath)} differs from the root ${doc} (run: npm run sync:har)`);
      }
    }
  }
  return problems;
}

function main() {
  const write = process.argv.includes('--write');
  const rootReadme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const readmeAt = process.argv.indexOf('--readme');
  if (readmeAt !== -1) {
    const file = path.resolve(process.argv[readmeAt + 1] ?? '');
    const problems = readmeProblems(path.relative(REPO_ROOT, file), readIfPresent(file), rootReadme, publicNames());
    problems.forEach((problem) => console.log(problem));
    console.log(`har-files: ${problems.length} problem(s) in the HAR README rules`);
    process.exitCode = problems.length === 0 ? 0 : 1;
    return;
  }
  const problems = indexShapeProblems(fs.readFileSync(LIBRARY_INDEX, 'utf8'));
  problems.push(...copyProblems(LIBRARY_DIR, write));
  const names = publicNames();
  problems.push(...readmeProblems('library/README.md', readIfPresent(path.join(LIBRARY_DIR, 'README.md')), rootReadme, names));
  problems.push(...testingProblems(write, rootReadme, names));
  const block = keepBlock(names);
  for (const rules of RULE_FILES) {
    const rulesPath = path.join(LIBRARY_DIR, rules);
    const text = fs.readFileSync(rulesPath, 'utf8');
    const updated = withBlock(text, block);
    if (updated !== text) {
      if (write) {
        fs.writeFileSync(rulesPath, updated);
      } else {
        problems.push(`library/${rules} keep list is out of date with Index.ets (run: npm run sync:har)`);
      }
    }
  }
  for (const problem of problems) {
    console.log(problem);
  }
  console.log(`har-files: ${problems.length} problem(s)${write ? ' after writing' : ''}`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}

main();
