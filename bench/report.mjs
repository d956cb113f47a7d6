// Renders the benchmark rows as a text table (console) and a Markdown table (BENCHMARKS.md).
import os from 'node:os';

export function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus.length > 0 ? cpus[0].model.trim() : 'unknown CPU',
    cores: cpus.length,
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  };
}

function cells(row) {
  return [row.item, row.measured, row.baseline, row.ratio === null ? '-' : row.ratio.toFixed(row.ratio < 0.01 ? 4 : 2),
    row.target === '' ? '' : `${row.target} ${row.ok ? 'met' : 'MISSED'}`];
}

const HEADER = ['item', 'measured', 'baseline (same run)', 'ratio', 'target'];

export function textTable(rows) {
  const all = [HEADER, ...rows.map(cells)];
  const widths = HEADER.map((_, c) => Math.max(...all.map((r) => r[c].length)));
  const line = (r) => r.map((v, c) => v.padEnd(widths[c])).join(' | ');
  return [line(HEADER), widths.map((w) => '-'.repeat(w)).join('-+-'), ...rows.map((r) => line(cells(r)))].join('\n');
}

export function markdownTable(rows) {
  const esc = (v) => v.replace(/\|/g, '\\|');
  return [`| ${HEADER.join(' | ')} |`, `| ${HEADER.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${cells(r).map(esc).join(' | ')} |`)].join('\n');
}
