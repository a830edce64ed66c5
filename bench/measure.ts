// Timing and memory helpers. Results are ratios within one run, never absolute targets.

export function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Median and p95 of `runs` timed calls after `warmup` untimed ones (ms). */
export function time(fn: () => void, runs = 7, warmup = 2): { median: number; p95: number } {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = now();
    fn();
    samples.push(now() - t);
  }
  return summarize(samples);
}

export function summarize(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95) };
}

export function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (!g) throw new Error('run the benchmark with node --expose-gc');
  g(); g();
}

/** Bytes of heap still held by what `make` returns, after garbage collection. */
export function retainedBytes<T>(make: () => T): { bytes: number; value: T } {
  gc();
  const before = process.memoryUsage().heapUsed;
  const value = make();
  gc();
  const after = process.memoryUsage().heapUsed;
  return { bytes: after - before, value };
}

export function fmt(ms: number): string {
  return ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0);
}

export function table(rows: (string | number)[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map(r => String(r[c]).length)));
  return rows.map(r => r.map((cell, c) => String(cell).padStart(c === 0 ? 0 : widths[c]).padEnd(c === 0 ? widths[c] : 0)).join('  ')).join('\n');
}
