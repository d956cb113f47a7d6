// Timing helpers: interleave the measured code and its baseline round by round (so machine noise
// hits both alike) and keep the median round of each.
export function timeOnce(run) {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start);
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// Runs `subject` and `baseline` alternately `rounds` times after `warmup` rounds; returns median ns of each.
export function compare(subject, baseline, { rounds = 9, warmup = 3 } = {}) {
  for (let i = 0; i < warmup; i++) {
    subject();
    baseline();
  }
  const s = [];
  const b = [];
  for (let i = 0; i < rounds; i++) {
    // Alternate which goes first so neither always runs on a freshly collected heap.
    if (i % 2 === 0) {
      s.push(timeOnce(subject));
      b.push(timeOnce(baseline));
    } else {
      b.push(timeOnce(baseline));
      s.push(timeOnce(subject));
    }
  }
  return { subjectNs: median(s), baselineNs: median(b) };
}
