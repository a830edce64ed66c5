// Import times: each raw seed, and a ~1 MB web copy (seed 003 repeated with its web
// chrome). Target: under 1 s for the 1 MB copy. Baseline: parsing the imported result.
import { importPlan } from '../core/import';
import { PlanParser } from '../core/parse';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT, scaledPlan, seedsPresent, seedText } from './corpus';
import { fmt, now, table, time } from './measure';

export interface ImportBenchResult { input: string; bytes: number; ms: number; parseMs: number; keptBytes: number }

/**
 * A ~1 MB plan as a web page copy: seed 003's page chrome around it (breadcrumb, page
 * title, timestamp and counter, editor's intro), a QR line every 40 lines, the SEO tail
 * at the end. The plan is seed 003's clean text scaled up; import must read, clean and
 * keep all of it.
 */
function webCopy(targetBytes: number, cleanPlan: string, page: string): string {
  const seedLines = page.split(/\r\n|\n|\r/);
  const head = seedLines.slice(0, 8);
  const tailAt = seedLines.findIndex(l => /^(推荐访问|上一篇)/.test(l));
  const tail = tailAt >= 0 ? seedLines.slice(tailAt) : [];
  const body = scaledPlan(targetBytes, cleanPlan.replace(/^---[\s\S]*?\n---\n/, '')).split('\n').flatMap((l, i) => (i > 0 && i % 40 === 0 ? ['扫一扫在手机上查看当前页面', l] : [l]));
  return [...head, ...body, ...tail].join('\n');
}

export async function runImportBench(log: (s: string) => void): Promise<ImportBenchResult[]> {
  // The raw seeds where ../shared is; else the corpus's raw copies (a clone on its own).
  const seeds = seedsPresent();
  const corpus = (name: string) => fs.readFileSync(path.join(REPO_ROOT, 'test', 'corpus', name), 'utf8');
  const inputs: [string, string][] = seeds
    ? [0, 1, 2, 3, 4].map(n => [`seed ${String(n).padStart(3, '0')}`, seedText(n)])
    : ['04-health-web-residue.plan', '19-traditional-chars.plan', '22-mirror-site-residue.plan'].map(f => [`corpus ${f.slice(0, 2)}`, corpus(f)]);
  const page = seeds ? seedText(3) : corpus('04-health-web-residue.plan');
  inputs.push(['1 MB web copy', webCopy(1_000_000, (await importPlan({ text: page })).text, page)]);
  const results: ImportBenchResult[] = [];
  for (const [input, text] of inputs) {
    await importPlan({ text, fileName: 'copy.txt' }); // warm-up
    const t = now();
    const result = await importPlan({ text, fileName: 'copy.txt' });
    const ms = now() - t;
    const parseMs = time(() => new PlanParser().parse(result.text), 3, 1).median;
    results.push({ input, bytes: Buffer.byteLength(text), ms, parseMs, keptBytes: Buffer.byteLength(result.text) });
  }
  log(table([
    ['input', 'bytes', 'plan bytes out', 'import ms', 'parse of result ms', 'import/parse'],
    ...results.map(r => [r.input, r.bytes, r.keptBytes, fmt(r.ms), fmt(r.parseMs), (r.ms / r.parseMs).toFixed(1) + '×']),
  ]));
  return results;
}
