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
//   (`export * as Ports from`) of files that themselves hold only named re-exports.
// `node tools/har-files.mjs` checks (part of npm test); `--write` regenerates the copies and keep lists.
import fs from 'node:fs';
import path from 'node:path';
import { createArkTSProgram, ts } from './arkts-program.mjs';
import { LIBRARY_INDEX, REPO_ROOT } from './repo-paths.mjs';

const LIBRARY_DIR = path.join(REPO_ROOT, 'library');
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
function readmeProblems(label, text, rootReadme, names) {
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
        problems.push(`${label}:${index + 1}: heading names \`${match[1]}\`, which is neither an Index.ets export nor an ${OPTIONS_TYPE} field`);
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
  for (const doc of COPIED_DOCS) {
    const source = fs.readFileSync(path.join(REPO_ROOT, doc), 'utf8');
    const copyPath = path.join(LIBRARY_DIR, doc);
    const copy = fs.existsSync(copyPath) ? fs.readFileSync(copyPath, 'utf8') : undefined;
    if (copy !== source) {
      if (write) {
        fs.writeFileSync(copyPath, source);
      } else {
        problems.push(`library/${doc} differs from the root ${doc} (run: npm run sync:har)`);
      }
    }
  }
  const names = publicNames();
  problems.push(...readmeProblems('library/README.md', readIfPresent(path.join(LIBRARY_DIR, 'README.md')), rootReadme, names));
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
