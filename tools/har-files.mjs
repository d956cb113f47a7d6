// Keeps what the published HAR carries true to its single sources:
// - library/README.md, CHANGELOG.md and LICENSE are copies of the root files (ohpm publishes the
//   module folder, so the copies must exist there; the root files are the ones we edit);
// - the ArkGuard keep lists in consumer-rules.txt and obfuscation-rules.txt name every public
//   symbol and member exported from library/Index.ets, so an app's property obfuscation cannot
//   rename the API (or the listener callback names EasePush reads by name);
// - library/Index.ets holds nothing but named re-exports.
// `node tools/har-files.mjs` checks (part of npm test); `--write` regenerates.
import fs from 'node:fs';
import path from 'node:path';
import { createArkTSProgram, ts } from './arkts-program.mjs';
import { LIBRARY_INDEX, REPO_ROOT } from './repo-paths.mjs';

const LIBRARY_DIR = path.join(REPO_ROOT, 'library');
const COPIED_DOCS = ['README.md', 'CHANGELOG.md', 'LICENSE'];
const RULE_FILES = ['consumer-rules.txt', 'obfuscation-rules.txt'];
const BEGIN = '# BEGIN generated keep list (tools/har-files.mjs --write)';
const END = '# END generated keep list';

// Index.ets may contain comments and `export { A, B } from './path';` statements only.
function indexShapeProblems(source) {
  const file = ts.createSourceFile('Index.ets', source, ts.ScriptTarget.ES2020, true);
  const problems = [];
  for (const statement of file.statements) {
    const named = ts.isExportDeclaration(statement) && statement.moduleSpecifier !== undefined &&
      statement.exportClause !== undefined && ts.isNamedExports(statement.exportClause);
    if (!named) {
      const { line } = file.getLineAndCharacterOfPosition(statement.getStart());
      problems.push(`library/Index.ets:${line + 1}: only named re-exports are allowed ("export { X } from '...'")`);
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
  }
  return { globals: [...globals].sort(), properties: [...properties].sort() };
}

function keepBlock(names) {
  return [BEGIN, '-keep-global-name', ...names.globals, '', '-keep-property-name', ...names.properties, END].join('\n');
}

function withBlock(text, block) {
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start === -1 || end === -1) {
    return `${text.replace(/\s*$/, '')}\n\n${block}\n`;
  }
  return text.slice(0, start) + block + text.slice(end + END.length);
}

function main() {
  const write = process.argv.includes('--write');
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
  const block = keepBlock(publicNames());
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
