// Reads the enums declared in the ambient `declare module 'name' { ... }` blocks in typings/ and
// their members' values, so the off-device stand-ins can give code under test the SDK's and the
// kits' enum values (SDK data, not platform calls) while every function and class still throws.
//
// Values come from ohos-typescript's type checker (constant expressions, hex literals, strings,
// references to other members), never from a copy. One deviation from the checker, on purpose: in
// an ambient non-const enum TypeScript treats a member without an initializer as computed (no known
// value); a runtime enum auto-increments it (previous numeric member + 1, the first one 0), and the
// stand-in stands for the runtime, so it auto-increments. A value the typing marks `// unverified:`
// is used as declared: the typing is the only source there is off-device.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { findFiles } from './find-files.mjs';

const require = createRequire(import.meta.url);
const ts = require('ohos-typescript');

// One enum: { kind: 'enum', isConst, members: Array<[name, value]> } (value a number, a string or
// undefined when the typing gives no constant, e.g. a call as initializer).
// One namespace holding enums: { kind: 'namespace', members: Map<name, enum | namespace> }.
// Returns Map<moduleName, Map<exportedName, enum | namespace>>; namespaces without enums are left out.
export function declaredModuleEnums(typingsDirs) {
  const files = findFiles(typingsDirs, ['.d.ts', '.d.ets']);
  const key = files.map((f) => `${f}:${fs.statSync(f).mtimeMs}`).join('\n');
  if (cache.key !== key) {
    cache.key = key;
    cache.value = readEnums(files);
  }
  return cache.value;
}

// The mutation run bundles once per mutant: the typings are parsed and checked once per process.
const cache = { key: undefined, value: undefined };

function readEnums(files) {
  const program = ts.createProgram(files, { noLib: true, noResolve: true, types: [], skipLibCheck: true });
  const checker = program.getTypeChecker();
  const modules = new Map();
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (source === undefined) continue;
    for (const stmt of source.statements) {
      if (!ts.isModuleDeclaration(stmt) || !ts.isStringLiteral(stmt.name)) continue;
      if (!stmt.body || !ts.isModuleBlock(stmt.body)) continue;
      const exports = modules.get(stmt.name.text) ?? new Map();
      modules.set(stmt.name.text, exports);
      // Top level: the names declaredModuleExports lists (exported ones); inside namespaces every
      // member counts, as declarations in an ambient namespace are exported without the keyword.
      collectEnums(stmt.body.statements, exports, checker, true);
    }
  }
  for (const [name, exports] of modules) if (exports.size === 0) modules.delete(name);
  return modules;
}

function modifiersOf(node) {
  return ts.getModifiers?.(node) ?? node.modifiers ?? [];
}

function hasModifier(node, kind) {
  return modifiersOf(node).some((m) => m.kind === kind);
}

function collectEnums(statements, into, checker, exportedOnly) {
  for (const stmt of statements) {
    if (exportedOnly && !hasModifier(stmt, ts.SyntaxKind.ExportKeyword)) continue;
    if (ts.isEnumDeclaration(stmt)) {
      addEnum(into, stmt.name.text, enumOf(stmt, checker));
    } else if (ts.isModuleDeclaration(stmt) && ts.isIdentifier(stmt.name)) {
      const inner = namespaceBody(stmt);
      const members = new Map();
      if (inner.nested !== undefined) {
        // `namespace a.b { ... }`: the body is namespace b.
        collectEnums([inner.nested], members, checker, false);
      } else if (inner.statements !== undefined) {
        collectEnums(inner.statements, members, checker, false);
      }
      if (members.size > 0) mergeNamespace(into, stmt.name.text, members);
    }
  }
}

function namespaceBody(stmt) {
  if (stmt.body === undefined) return {};
  if (ts.isModuleBlock(stmt.body)) return { statements: stmt.body.statements };
  if (ts.isModuleDeclaration(stmt.body)) return { nested: stmt.body };
  return {};
}

function enumOf(decl, checker) {
  const members = [];
  let previous;
  decl.members.forEach((member, index) => {
    const name = ts.isIdentifier(member.name) || ts.isStringLiteral(member.name) ? member.name.text : member.name.getText();
    let value;
    if (member.initializer !== undefined) {
      value = checker.getConstantValue(member);
    } else if (index === 0) {
      value = 0;
    } else if (typeof previous === 'number') {
      value = previous + 1;
    }
    members.push([name, value]);
    previous = value;
  });
  return { kind: 'enum', isConst: hasModifier(decl, ts.SyntaxKind.ConstKeyword), members };
}

// Declaration merging: the same enum or namespace declared twice (in one file or several) is one.
function addEnum(into, name, declared) {
  const existing = into.get(name);
  if (existing !== undefined && existing.kind === 'enum') {
    existing.members.push(...declared.members.filter(([n]) => !existing.members.some(([e]) => e === n)));
  } else {
    into.set(name, declared);
  }
}

function mergeNamespace(into, name, members) {
  const existing = into.get(name);
  if (existing === undefined || existing.kind !== 'namespace') {
    into.set(name, { kind: 'namespace', members });
    return;
  }
  for (const [inner, value] of members) {
    if (value.kind === 'enum') addEnum(existing.members, inner, value);
    else mergeNamespace(existing.members, inner, value.members);
  }
}
