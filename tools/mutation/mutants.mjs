// Finds the mutants of ArkTS sources with ohos-typescript's parser and checker. A mutant is one
// textual edit { start, end, replacement } of one file, described for the report. Only executable
// expressions and statements are edited: never comments (edits start at a node's own text, after its
// leading trivia), imports/exports, types (type annotations, interfaces, type aliases, heritage
// clauses, `as` targets), decorators, or log calls (logger/hilog/console .debug/.info/.warn/.error:
// their texts and arguments only change what is logged, and deleting one only silences a log line).
// Enum member initialisers ARE mutated: enum values are public behaviour that tests should pin. The one
// exception is the string value of a member of an internal enum (one declared under the library's
// internal/ or adapters/, which Index.ets cannot export): its value is an identity tag that no output
// shows, so emptying it changes nothing unless it then equals another member, which it never does here
// (no member's value is '' already; see isInternalEnumTag).
import path from 'node:path';
import { ts } from '../arkts-program.mjs';

export const OPERATORS = ['comparison', 'logical', 'arithmetic', 'number', 'boolean', 'string', 'call-deleted', 'args-swapped'];

const COMPARISON = new Map([
  [ts.SyntaxKind.LessThanToken, '<='], [ts.SyntaxKind.LessThanEqualsToken, '<'],
  [ts.SyntaxKind.GreaterThanToken, '>='], [ts.SyntaxKind.GreaterThanEqualsToken, '>'],
  [ts.SyntaxKind.EqualsEqualsEqualsToken, '!=='], [ts.SyntaxKind.ExclamationEqualsEqualsToken, '==='],
  [ts.SyntaxKind.EqualsEqualsToken, '!='], [ts.SyntaxKind.ExclamationEqualsToken, '=='],
]);
const LOGICAL = new Map([[ts.SyntaxKind.AmpersandAmpersandToken, '||'], [ts.SyntaxKind.BarBarToken, '&&']]);
const ARITHMETIC = new Map([
  [ts.SyntaxKind.PlusToken, '-'], [ts.SyntaxKind.MinusToken, '+'],
  [ts.SyntaxKind.PlusEqualsToken, '-='], [ts.SyntaxKind.MinusEqualsToken, '+='],
]);
const LOG_METHODS = new Set(['debug', 'info', 'warn', 'error', 'fatal', 'log']);

// `logger.info(...)`, `this.logger.warn(...)`, `hilog.error(...)`, `console.log(...)`: a method of the
// log family called on something whose name says it logs.
export function isLogCall(node) {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return false;
  const method = node.expression.name.text;
  if (!LOG_METHODS.has(method)) return false;
  const receiver = node.expression.expression;
  const name = ts.isIdentifier(receiver) ? receiver.text
    : ts.isPropertyAccessExpression(receiver) ? receiver.name.text : '';
  // The engine core logs through its step context as an effect: `c.log(LogLevel.WARN, text)`.
  const first = node.arguments[0];
  const leveled = method === 'log' && first !== undefined && ts.isPropertyAccessExpression(first) &&
    ts.isIdentifier(first.expression) && first.expression.text === 'LogLevel';
  return /log/i.test(name) || name === 'console' || leveled;
}

function skipsSubtree(node) {
  if (ts.isTypeNode(node) || ts.isImportDeclaration(node) || ts.isExportDeclaration(node) ||
    ts.isImportEqualsDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node) ||
    ts.isHeritageClause(node) || ts.isDecorator(node) || ts.isTypeParameterDeclaration(node)) {
    return true;
  }
  if (ts.isModuleDeclaration(node)) return true;
  const modifiers = ts.canHaveModifiers && ts.canHaveModifiers(node) ? ts.getModifiers(node) : node.modifiers;
  if (modifiers && modifiers.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword)) return true;
  return isLogCall(node);
}

function shorten(text, max = 48) {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat;
}

function isNumber(checker, node) {
  const type = checker.getTypeAtLocation(node);
  return (type.flags & ts.TypeFlags.NumberLike) !== 0;
}

function isPropertyName(node) {
  const parent = node.parent;
  return parent !== undefined && (ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent) ||
    ts.isMethodDeclaration(parent) || ts.isEnumMember(parent) || ts.isPropertySignature(parent)) && parent.name === node;
}

function nextNumber(text) {
  const value = Number(text.replace(/_/g, ''));
  if (!Number.isFinite(value)) return undefined;
  if (value === 0) return '1';
  if (value === 1) return '0';
  return String(value + 1);
}

// The calls whose deletion is a mutant: `f(...)`, `await f(...)`, `void f(...)` as a whole statement.
function deletableCall(expression) {
  let inner = expression;
  if (ts.isAwaitExpression(inner) || ts.isVoidExpression(inner)) inner = inner.expression;
  if (!ts.isCallExpression(inner)) return undefined;
  if (inner.expression.kind === ts.SyntaxKind.SuperKeyword || isLogCall(inner)) return undefined;
  return inner;
}

function isLiteral(node) {
  return ts.isLiteralExpression(node) || ts.isTemplateExpression(node) || ts.isNoSubstitutionTemplateLiteral(node) ||
    node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword ||
    (ts.isPrefixUnaryExpression(node) && ts.isNumericLiteral(node.operand));
}

function apparentType(checker, node) {
  const type = checker.getTypeAtLocation(node);
  return checker.typeToString(checker.getBaseTypeOfLiteralType(type));
}

// Where a mutant's schema goes: { start, end, kind: 'expression' | 'statement', switchable }. An edit inside an
// optional chain is hosted by the whole chain (parenthesising a link would end the chain's short-circuit).
// Not switchable at run time: tagged templates, and an enum member followed by members without an
// initialiser (their values would no longer be computed); those mutants get a bundle of their own.
function hostOf(node, sourceFile) {
  let host = node;
  const continuesChain = (parent) => parent !== undefined && (parent.flags & ts.NodeFlags.OptionalChain) !== 0 &&
    (ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent) || ts.isCallExpression(parent) ||
      ts.isNonNullExpression(parent)) && parent.expression === host;
  while (continuesChain(host.parent)) host = host.parent;
  let switchable = true;
  for (let n = host; n !== undefined; n = n.parent) {
    if (ts.isTaggedTemplateExpression(n)) switchable = false;
    // A member after a computed one gets no value from esbuild unless it has an initialiser of its own.
    if (ts.isEnumMember(n)) {
      const members = n.parent.members;
      if (members.slice(members.indexOf(n) + 1).some((member) => member.initializer === undefined)) switchable = false;
    }
  }
  return { start: host.getStart(sourceFile), end: host.end, kind: ts.isExpressionStatement(host) ? 'statement' : 'expression', switchable };
}

// A string initialiser of a member of an enum declared under the library's internal/ or adapters/
// folders, in an enum where no member's value is '' (so the emptied value cannot equal another one).
function isInternalEnumTag(node, displayName) {
  if (!ts.isEnumMember(node.parent) || node.parent.initializer !== node) return false;
  if (!/^library\/src\/main\/ets\/(internal|adapters)\//.test(displayName.replace(/\\/g, '/'))) return false;
  return node.parent.parent.members.every((m) => m.initializer === undefined || !ts.isStringLiteralLike(m.initializer) || m.initializer.text !== '');
}

// Math.max, Math.min, Math.imul and Math.hypot give the same result whatever the order of their
// arguments: swapping them makes an equivalent mutant by construction.
const COMMUTATIVE = new Set(['Math.max', 'Math.min', 'Math.imul', 'Math.hypot']);
// So does String.prototype.substring with two arguments (it swaps them when the first is larger).
function isCommutative(node, sourceFile) {
  if (!ts.isCallExpression(node)) return false;
  if (COMMUTATIVE.has(node.expression.getText(sourceFile).replace(/\s/g, ''))) return true;
  return ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'substring' && node.arguments.length === 2;
}

// Returns the mutants of one source file of `program`, sorted by position.
export function findMutants(program, fileName, displayName) {
  const sourceFile = program.getSourceFile(fileName);
  if (sourceFile === undefined) throw new Error(`not in the program: ${fileName}`);
  const checker = program.getTypeChecker();
  const text = sourceFile.text;
  const mutants = [];
  // `host` is the node whose whole text a mutant schema switches (tools/mutation/schemata.mjs): the
  // expression or statement that contains the edit.
  const add = (node, operator, replacement, description, start = node.getStart(sourceFile), end = node.end, host = node) => {
    const { line, character } = sourceFile.getLineAndCharacterOfPosition(start);
    mutants.push({
      file: fileName, rel: displayName, line: line + 1, column: character + 1, start, end,
      original: text.slice(start, end), replacement, operator, description, host: hostOf(host, sourceFile),
    });
  };

  const visit = (node) => {
    if (skipsSubtree(node)) return;
    if (ts.isBinaryExpression(node)) {
      const kind = node.operatorToken.kind;
      const op = node.operatorToken.getText(sourceFile);
      const opStart = node.operatorToken.getStart(sourceFile);
      const at = (operator, replacement) => add(node.operatorToken, operator, replacement, `${op} -> ${replacement} in \`${shorten(node.getText(sourceFile))}\``, opStart, node.operatorToken.end, node);
      if (COMPARISON.has(kind)) at('comparison', COMPARISON.get(kind));
      if (LOGICAL.has(kind)) at('logical', LOGICAL.get(kind));
      if (ARITHMETIC.has(kind) && isNumber(checker, node.left) && isNumber(checker, node.right)) at('arithmetic', ARITHMETIC.get(kind));
    } else if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) &&
      (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)) {
      const inc = node.operator === ts.SyntaxKind.PlusPlusToken;
      const operand = node.operand;
      const opStart = ts.isPrefixUnaryExpression(node) ? node.getStart(sourceFile) : operand.end;
      add(node, 'arithmetic', inc ? '--' : '++', `${inc ? '++' : '--'} -> ${inc ? '--' : '++'} in \`${shorten(node.getText(sourceFile))}\``, opStart, opStart + 2);
    } else if (ts.isNumericLiteral(node) && !isPropertyName(node)) {
      const replacement = nextNumber(node.text);
      if (replacement !== undefined) add(node, 'number', replacement, `${node.getText(sourceFile)} -> ${replacement}`);
    } else if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword) {
      const replacement = node.kind === ts.SyntaxKind.TrueKeyword ? 'false' : 'true';
      add(node, 'boolean', replacement, `${node.getText(sourceFile)} -> ${replacement}`);
    } else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && !isPropertyName(node)) {
      if (isInternalEnumTag(node, displayName)) return;
      const replacement = node.text === '' ? "'mutant'" : "''";
      add(node, 'string', replacement, `${shorten(node.getText(sourceFile), 40)} -> ${replacement}`);
      return;
    } else if (ts.isTemplateExpression(node)) {
      add(node, 'string', "''", `${shorten(node.getText(sourceFile), 40)} -> ''`);
      // The substitutions are expressions of their own and are mutated below.
    } else if (ts.isExpressionStatement(node)) {
      const call = deletableCall(node.expression);
      if (call !== undefined) add(node, 'call-deleted', ';', `deleted \`${shorten(node.getText(sourceFile))}\``);
    }
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments && node.arguments.length >= 2 && !isCommutative(node, sourceFile)) {
      const args = node.arguments;
      for (let i = 0; i < args.length; i++) {
        for (let j = i + 1; j < args.length; j++) {
          const a = args[i];
          const b = args[j];
          if (ts.isSpreadElement(a) || ts.isSpreadElement(b)) continue;
          const aText = a.getText(sourceFile);
          const bText = b.getText(sourceFile);
          // Two constants swapped are the constant mutants again (and mostly message texts); skip them.
          if (aText === bText || (isLiteral(a) && isLiteral(b)) || apparentType(checker, a) !== apparentType(checker, b)) continue;
          const start = a.getStart(sourceFile);
          const middle = text.slice(a.end, b.getStart(sourceFile));
          add(node, 'args-swapped', `${bText}${middle}${aText}`, `swapped ${shorten(aText, 24)} and ${shorten(bText, 24)} in \`${shorten(node.expression.getText(sourceFile), 40)}(...)\``, start, b.end);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return mutants.sort((x, y) => x.start - y.start || x.end - y.end || x.replacement.localeCompare(y.replacement));
}

export function applyMutant(text, mutant) {
  return text.slice(0, mutant.start) + mutant.replacement + text.slice(mutant.end);
}

// The folder a mutant is reported under: its directory relative to the module's `src/main/ets`.
export function folderOf(rel) {
  const m = /src\/main\/ets\/(.*)$/.exec(rel);
  const inside = m ? m[1] : rel;
  const dir = path.posix.dirname(inside);
  return dir === '.' ? '(root)' : dir;
}
