// Mutant schemata: one source text that holds many mutants at once, each behind a run-time switch, so
// the suite is bundled once per run instead of once per mutant. Every mutant's host (the expression or
// statement around its edit, see hostOf in mutants.mjs) becomes
//   expression: (__easepushMutant(7) ? <host with mutant 7's edit> : <host, with the schemata inside it>)
//   statement:  { if (!__easepushMutant(7)) { <host, with the schemata inside it> } }   (call-deleted)
// The switch returns true only for the mutant a run activates; when no mutant is active it records which
// test reached which mutant (the coverage that picks the tests to run per mutant). The text is only
// bundled (esbuild strips types), never type-checked: each mutant was type-checked on its own first.
export const SWITCH = '__easepushMutant';

// text: the source; mutants: those of this file whose host is switchable. Returns the instrumented text.
export function instrument(text, mutants) {
  // One interval per host range; hosts nest like the syntax tree does (or coincide).
  const byRange = new Map();
  for (const m of mutants) {
    const key = `${m.host.start}:${m.host.end}`;
    if (!byRange.has(key)) byRange.set(key, { start: m.host.start, end: m.host.end, mutants: [], children: [] });
    byRange.get(key).mutants.push(m);
  }
  // Outer intervals first (start ascending, end descending), then a stack builds the nesting forest.
  const intervals = [...byRange.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  const roots = [];
  const stack = [];
  for (const interval of intervals) {
    while (stack.length > 0 && stack[stack.length - 1].end <= interval.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent !== undefined && interval.end > parent.end) {
      throw new Error(`mutant hosts overlap without nesting at ${interval.start}-${interval.end} and ${parent.start}-${parent.end}`);
    }
    (parent === undefined ? roots : parent.children).push(interval);
    stack.push(interval);
  }
  return splice(text, 0, text.length, roots);
}

// text[from, to) with each interval of `intervals` (sorted, disjoint, inside the range) rendered.
function splice(text, from, to, intervals) {
  let out = '';
  let pos = from;
  for (const interval of intervals) {
    out += text.slice(pos, interval.start) + render(text, interval);
    pos = interval.end;
  }
  return out + text.slice(pos, to);
}

function render(text, interval) {
  let out = splice(text, interval.start, interval.end, interval.children);
  const plain = (m) => text.slice(interval.start, m.start) + m.replacement + text.slice(m.end, interval.end);
  // Expression mutants switch inside statement ones when both share a range (a call statement without `;`).
  const expressions = interval.mutants.filter((m) => m.host.kind === 'expression');
  const statements = interval.mutants.filter((m) => m.host.kind === 'statement');
  for (let i = expressions.length - 1; i >= 0; i--) {
    const m = expressions[i];
    out = `(${SWITCH}(${m.id}) ? (${plain(m)}) : (${out}))`;
  }
  for (const m of statements) {
    out = `{ if (!${SWITCH}(${m.id})) { ${out} } }`;
  }
  return out;
}
