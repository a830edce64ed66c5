// Export times for the ~1 MB plan (targets: DOCX and XLSX under 2 s each), with the
// parse of the same text as the in-run baseline.
import { exportDocument } from '../core/exports';
import { PlanParser } from '../core/parse';
import { scaledPlan } from './corpus';
import { fmt, now, table } from './measure';

export interface ExportBenchResult { format: string; ms: number; bytes: number; parseRatio: number }

export async function runExportBench(log: (s: string) => void): Promise<ExportBenchResult[]> {
  const text = scaledPlan(1_000_000);
  let t = now();
  const doc = new PlanParser().parse(text);
  const parse = now() - t;
  const results: ExportBenchResult[] = [];
  for (const format of ['docx', 'xlsx', 'csv', 'html', 'md', 'json'] as const) {
    await exportDocument(doc, format); // warm-up
    t = now();
    const out = await exportDocument(doc, format);
    const ms = now() - t;
    results.push({ format, ms, bytes: typeof out === 'string' ? Buffer.byteLength(out) : out.byteLength, parseRatio: ms / parse });
  }
  log(table([
    ['format (1 MB plan)', 'ms', 'output bytes', '× parse', 'target'],
    ...results.map(r => [r.format, fmt(r.ms), r.bytes, r.parseRatio.toFixed(1) + '×', r.format === 'docx' || r.format === 'xlsx' ? '< 2000 ms' : '']),
  ]));
  return results;
}
