// The CPU time a process has used, from Linux's /proc/<pid>/stat (user + system, in milliseconds), or
// undefined where there is no /proc. A mutant run's time limit is counted in the CPU time of the process
// that runs it (vm-host.mjs) where this is available: unlike wall time, it does not grow when the machine
// is busy with something else, so one over the limit is a mutant that loops, not a moment of load.
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';

let ticksPerSecond;

function clockTicks() {
  if (ticksPerSecond === undefined) {
    const answer = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim());
    ticksPerSecond = Number.isFinite(answer) && answer > 0 ? answer : 100;
  }
  return ticksPerSecond;
}

export function cpuMsOf(pid) {
  let stat;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) is in parentheses and may hold spaces: count fields after its last ')'.
  // From there, field 3 (state) is index 0, so utime (14) and stime (15) are 11 and 12.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ticks) ? (ticks * 1000) / clockTicks() : undefined;
}
