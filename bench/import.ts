// Import times: each raw seed, and a ~1 MB web copy (seed 003 repeated with its web
// chrome). Target: under 1 s for the 1 MB copy. Baseline: parsing the imported result.
import { importPlan } from '../core/import';
import { PlanParser } from '../core/parse';
import { seedText } from './corpus';
import { fmt, now, table, time } from './measure';

export interface ImportBenchResult { input: string; bytes: number; ms: number; parseMs: number }

export async function runImportBench(log: (s: string) => void): Promise<ImportBenchResult[]> {
  const inputs: [string, string][] = [0, 1, 2, 3, 4].map(n => [`seed ${String(n).padStart(3, '0')}`, seedText(n)]);
  const seed3 = seedText(3);
  inputs.push(['1 MB web copy', seed3.repeat(Math.ceil(1_000_000 / Buffer.byteLength(seed3)))]);
  const results: ImportBenchResult[] = [];
  for (const [input, text] of inputs) {
    await importPlan({ text, fileName: 'copy.txt' }); // warm-up
    const t = now();
    const result = await importPlan({ text, fileName: 'copy.txt' });
    const ms = now() - t;
    const parseMs = time(() => new PlanParser().parse(result.text), 3, 1).median;
    results.push({ input, bytes: Buffer.byteLength(text), ms, parseMs });
  }
  log(table([
    ['input', 'bytes', 'import ms', 'parse of result ms', 'import/parse'],
    ...results.map(r => [r.input, r.bytes, fmt(r.ms), fmt(r.parseMs), (r.ms / r.parseMs).toFixed(1) + '×']),
  ]));
  return results;
}
