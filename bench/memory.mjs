// (4) Memory: heap after 100k addListener/remove cycles and 10k setup/dispose cycles, against the
// heap before (node --expose-gc; run-bench.mjs restarts itself with the flag).
import { benchOptions, benchPorts } from './bench-setup.mjs';

const LISTENER_CYCLES = 100_000;
const SETUP_CYCLES = 10_000;
// "Flat": what stays after a full collection must not grow with the number of cycles. One leaked
// listener registration or instance costs hundreds of bytes to kilobytes, so a leak would show as
// tens of megabytes here; below 1 MiB is compiled code and inline caches, not retained objects.
const FLAT_LIMIT_BYTES = 1024 * 1024;

function settledHeap() {
  for (let i = 0; i < 3; i++) global.gc();
  return process.memoryUsage().heapUsed;
}

export async function benchMemory(kit) {
  const ports = benchPorts(kit, 'memory');
  const clock = ports.clock;
  const options = benchOptions(kit, ports);
  const rows = [];

  // Warm up both loops once so code and inline caches are not counted as growth.
  const warm = kit.EasePush.setup(options);
  warm.addListener({}).remove();
  warm.dispose();
  await kit.flush(50);

  const push = kit.EasePush.setup(options);
  await kit.flush();
  const beforeListeners = settledHeap();
  for (let i = 0; i < LISTENER_CYCLES; i++) {
    const handle = push.addListener({ onStateChanged: () => {} });
    handle.remove();
  }
  const afterListeners = settledHeap();
  push.dispose();
  await kit.flush(50);
  rows.push(memoryRow(`heap after ${LISTENER_CYCLES / 1000}k add/remove listener`, beforeListeners, afterListeners, LISTENER_CYCLES));

  const beforeSetups = settledHeap();
  for (let i = 0; i < SETUP_CYCLES; i++) {
    kit.EasePush.setup(options).dispose();
    if (i % 100 === 99) {
      await kit.flush(50);
    }
  }
  await kit.flush(50);
  if (clock.pendingCount !== 0) throw new Error(`${clock.pendingCount} timers left after dispose`);
  const afterSetups = settledHeap();
  rows.push(memoryRow(`heap after ${SETUP_CYCLES / 1000}k setup/dispose`, beforeSetups, afterSetups, SETUP_CYCLES));
  return rows;
}

function memoryRow(item, before, after, cycles) {
  const growth = after - before;
  return {
    item,
    measured: `${after} B (${growth >= 0 ? '+' : ''}${growth} B, ${(growth / cycles).toFixed(1)} B/cycle)`,
    baseline: `${before} B before`,
    ratio: after / before,
    target: `growth < ${FLAT_LIMIT_BYTES / 1024 / 1024} MiB`,
    ok: growth < FLAT_LIMIT_BYTES,
  };
}
