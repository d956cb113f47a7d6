// Reads the ambient `declare module 'name' { ... }` blocks in typings/ and lists each module's
// exported names. The off-device stand-ins need them: ESM named imports are bound statically, so
// a stand-in must define every name the sources may import.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { findFiles } from './find-files.mjs';

const require = createRequire(import.meta.url);
const ts = require('ohos-typescript');

// Map<moduleName, Set<exportedName>> over all .d.ts/.d.ets under `typingsDirs`.
export function declaredModuleExports(typingsDirs) {
  const modules = new Map();
  for (const file of findFiles(typingsDirs, ['.d.ts', '.d.ets'])) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const stmt of source.statements) {
      if (!ts.isModuleDeclaration(stmt) || !ts.isStringLiteral(stmt.name)) continue;
      const names = modules.get(stmt.name.text) ?? new Set();
      modules.set(stmt.name.text, names);
      if (stmt.body && ts.isModuleBlock(stmt.body)) collectExports(stmt.body.statements, names);
    }
  }
  return modules;
}

function hasExportModifier(node) {
  return (ts.getModifiers?.(node) ?? node.modifiers ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

function collectExports(statements, names) {
  for (const stmt of statements) {
    if (ts.isExportDeclaration(stmt) && stmt.exportClause && ts.isNamedExports(stmt.exportClause)) {
      // `export { a, b as c }`; type-only re-exports are still harmless to define.
      stmt.exportClause.elements.forEach((e) => names.add(e.name.text));
    } else if (ts.isExportAssignment(stmt)) {
      names.add('default');
    } else if (ts.isVariableStatement(stmt) && hasExportModifier(stmt)) {
      stmt.declarationList.declarations.forEach((d) => ts.isIdentifier(d.name) && names.add(d.name.text));
    } else if (hasExportModifier(stmt) && stmt.name && ts.isIdentifier(stmt.name)) {
      // function, class, enum, namespace, interface, type alias: interfaces/types never reach the
      // bundle (esbuild drops type-only imports), so listing them costs nothing.
      const isDefault = (ts.getModifiers?.(stmt) ?? stmt.modifiers ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
      names.add(isDefault ? 'default' : stmt.name.text);
    }
  }
}
