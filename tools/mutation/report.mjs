// Tallies mutation results per folder and per operator and renders them for the console and for
// MUTATION.md (the section between the mutate markers; the rest of the file is hand-written).
import fs from 'node:fs';

export const BEGIN = '<!-- mutate:begin (written by npm run mutate) -->';
export const END = '<!-- mutate:end -->';

const OUTCOMES = ['killed', 'timeout', 'survived', 'invalid', 'error'];

function emptyTally() {
  return { mutants: 0, killed: 0, timeout: 0, survived: 0, invalid: 0, error: 0 };
}

export function score(t) {
  const decided = t.killed + t.timeout + t.survived;
  return decided === 0 ? undefined : (t.killed + t.timeout) / decided;
}

export function percent(value) {
  return value === undefined ? '-' : `${(value * 100).toFixed(1)} %`;
}

// results: [{ mutant, outcome }]. keyOf(mutant) -> group name. Returns [[name, tally]] sorted by name,
// plus the total.
export function tally(results, keyOf) {
  const groups = new Map();
  const total = emptyTally();
  for (const { mutant, outcome } of results) {
    const key = keyOf(mutant);
    if (!groups.has(key)) groups.set(key, emptyTally());
    for (const t of [groups.get(key), total]) {
      t.mutants += 1;
      t[outcome] += 1;
    }
  }
  return { rows: [...groups.entries()].sort((a, b) => a[0].localeCompare(b[0])), total };
}

function cells(name, t) {
  return [name, String(t.mutants), String(t.killed), String(t.timeout), String(t.survived), String(t.invalid),
    ...(t.error > 0 ? [String(t.error)] : []), percent(score(t))];
}

function header(first, withErrors) {
  return [first, 'mutants', 'killed', 'timeout', 'survived', 'invalid', ...(withErrors ? ['error'] : []), 'score'];
}

export function textTable(first, { rows, total }) {
  const withErrors = total.error > 0;
  const all = [header(first, withErrors), ...rows.map(([n, t]) => cells(n, t)), cells('all', total)];
  const widths = all[0].map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  const line = (r) => r.map((v, c) => (c === 0 ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join('  ');
  return [line(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1, -1).map(line),
    widths.map((w) => '-'.repeat(w)).join('  '), line(all[all.length - 1])].join('\n');
}

export function markdownTable(first, { rows, total }) {
  const withErrors = total.error > 0;
  const h = header(first, withErrors);
  const esc = (v) => v.replace(/\|/g, '\\|');
  const totalCells = cells('**all**', total);
  return [`| ${h.join(' | ')} |`, `| ${h.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map(([n, t]) => `| ${cells(n, t).map(esc).join(' | ')} |`), `| ${totalCells.join(' | ')} |`].join('\n');
}

export function survivorLine(mutant) {
  return `${mutant.rel}:${mutant.line} ${mutant.operator}: ${mutant.description}`;
}

// Replaces the generated section of MUTATION.md (or appends it to `intro` when the file is new).
export function writeSection(file, section, intro) {
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : `${intro}\n${BEGIN}\n${END}\n`;
  const begin = old.indexOf(BEGIN);
  const end = old.indexOf(END);
  const next = begin >= 0 && end > begin
    ? `${old.slice(0, begin)}${BEGIN}\n${section}\n${old.slice(end)}`
    : `${old.trimEnd()}\n\n${BEGIN}\n${section}\n${END}\n`;
  fs.writeFileSync(file, next);
}

export { OUTCOMES };
