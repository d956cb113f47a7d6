#!/usr/bin/env node
// `npm run bench`: EasePush's benchmarks, each against a baseline measured in the same run, built from
// the library sources with the testing HAR's fakes at the ports. Prints the table and rewrites the figures
// section of BENCHMARKS.md with it and the machine. Exits 0 when it ran (performance is reported, never
// asserted by tests); a missed target is marked MISSED in the table.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from '../tools/repo-paths.mjs';
import { loadBenchKit } from './build-kit.mjs';
import { benchFanOut } from './fanout.mjs';
import { benchMemory } from './memory.mjs';
import { benchRecovery } from './recovery.mjs';
import { machine, markdownTable, textTable } from './report.mjs';
import { benchSetup } from './setup-cost.mjs';
import { benchSize } from './size.mjs';
import { benchCallsPerLaunch } from './calls-per-launch.mjs';

// The memory figures need global.gc: restart under --expose-gc when it is missing.
if (typeof global.gc !== 'function') {
  const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}

const BENCHMARKS_MD = path.join(REPO_ROOT, 'BENCHMARKS.md');
const BEGIN = '<!-- bench:begin (written by npm run bench) -->';
const END = '<!-- bench:end -->';

const started = Date.now();
const kit = await loadBenchKit();
const rows = [];
const step = async (label, run) => {
  const t = Date.now();
  rows.push(...(await run()));
  console.error(`  ${label} done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
};
await step('fan-out', () => benchFanOut(kit));
await step('fan-out (count-only listeners)', () => benchFanOut(kit, [10], { keepEvent: false }));
await step('setup cost', () => benchSetup(kit));
await step('recovery', () => benchRecovery(kit));
await step('memory', () => benchMemory(kit));
await step('server calls per launch', () => benchCallsPerLaunch(kit));
await step('size', () => benchSize());

const where = machine();
const machineLine = `${where.cpu}, ${where.cores} cores, Node ${where.node}, ${where.platform}, ${where.date}`;
console.log(`\nEasePush benchmarks on ${machineLine}\n`);
console.log(textTable(rows));
const missed = rows.filter((r) => !r.ok);
console.log(`\n${rows.length} figures, ${missed.length} target(s) missed; ran in ${((Date.now() - started) / 1000).toFixed(1)} s`);

const section = `${BEGIN}\nLatest run: ${machineLine} (\`npm run bench\`, ${((Date.now() - started) / 1000).toFixed(0)} s).\n\n` +
  `${markdownTable(rows)}\n${END}`;
const current = fs.existsSync(BENCHMARKS_MD) ? fs.readFileSync(BENCHMARKS_MD, 'utf8') : '';
if (current.includes(BEGIN) && current.includes(END)) {
  const before = current.slice(0, current.indexOf(BEGIN));
  const after = current.slice(current.indexOf(END) + END.length);
  fs.writeFileSync(BENCHMARKS_MD, before + section + after);
} else {
  fs.writeFileSync(BENCHMARKS_MD, `# EasePush benchmarks\n\n${section}\n`);
}
console.log(`wrote ${path.relative(REPO_ROOT, BENCHMARKS_MD)}`);
