// Parse and lint of scaled plans against markdown-it and a plain line scan.
import MarkdownIt from 'markdown-it';
import { lintDocument } from '../core/lint';
import { PlanParser } from '../core/parse';
import { asMarkdown, scaledPlan } from './corpus';
import { fmt, retainedBytes, table, time } from './measure';

const SIZES: [string, number][] = [['35 KB', 35_000], ['350 KB', 350_000], ['1 MB', 1_000_000]];

// The plain baseline: split into lines and classify each with regular expressions.
const LINE_PATTERNS = [/^\s*[一二三四五六七八九十]+、/, /^\s*[((][一二三四五六七八九十]+[))]/, /^\s*\d+[.、.．]/, /^\s*(目标任务|工作措施|责任股室)/];
function lineScan(text: string): number {
  let n = 0;
  for (const line of text.split(/\r\n|\n|\r/)) for (const p of LINE_PATTERNS) if (p.test(line)) { n++; break; }
  return n;
}

export interface ParseBenchResult { size: string; bytes: number; parse: number; lint: number; total: number; markdownIt: number; lineScan: number; heapPerByte: number; editReparse: number }

export function runParseBench(log: (s: string) => void): ParseBenchResult[] {
  const md = new MarkdownIt();
  const results: ParseBenchResult[] = [];
  for (const [size, target] of SIZES) {
    const text = scaledPlan(target);
    const bytes = Buffer.byteLength(text);
    const markdown = asMarkdown(text);
    const runs = 11;
    // Cold parse: a fresh parser (empty line cache) every time.
    const parse = time(() => new PlanParser().parse(text), runs).median;
    const doc = new PlanParser().parse(text);
    const lint = time(() => lintDocument(doc, { locale: 'zh-cn' }), runs).median;
    const total = time(() => lintDocument(new PlanParser().parse(text), { locale: 'zh-cn' }), runs).median;
    const markdownIt = time(() => md.parse(markdown, {}), runs).median;
    const scan = time(() => lineScan(text), runs).median;
    // The editor's path: one changed line, warm cache.
    const parser = new PlanParser();
    parser.parse(text);
    let k = 0;
    const editReparse = time(() => { const edited = text.replace('坚持', `坚持${k++}`); lintDocument(parser.parse(edited), { locale: 'zh-cn' }); }, runs).median;
    // What an editor keeps per document: its parser (line cache) and the model. Several
    // copies, so that the measurement stands well above the collector's noise.
    const copies = Math.ceil(4_000_000 / bytes);
    const heap = retainedBytes(() => Array.from({ length: copies }, () => { const p = new PlanParser(); return { p, d: p.parse(text) }; }));
    results.push({ size, bytes, parse, lint, total, markdownIt, lineScan: scan, heapPerByte: heap.bytes / copies / bytes, editReparse });
  }
  log(table([
    ['size', 'bytes', 'parse ms', 'lint ms', 'total ms', 'markdown-it ms', 'line scan ms', 'total/markdown-it', 'total/line scan', 'heap B/byte', 'edit+relint ms'],
    ...results.map(r => [r.size, r.bytes, fmt(r.parse), fmt(r.lint), fmt(r.total), fmt(r.markdownIt), fmt(r.lineScan),
      (r.total / r.markdownIt).toFixed(2) + '×', (r.total / r.lineScan).toFixed(0) + '×', r.heapPerByte.toFixed(1), fmt(r.editReparse)]),
  ]));
  return results;
}
