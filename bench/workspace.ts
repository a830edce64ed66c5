// The workspace index (issue 13): time and retained memory to index 200 plans of 35 KB, and
// the time of a references request and of a workspace symbol query on it, as ratios against
// a parse of the same files in the same run.
import { indexPlan, occurrencesOfUnit, type IndexedPlan } from '../core/features/planIndex';
import { workspaceSymbols } from '../core/features/workspaceSymbols';
import { PlanParser } from '../core/parse';
import { UnitRegistry } from '../core/units/registry';
import { scaledPlan } from './corpus';
import { fmt, retainedBytes, table, time } from './measure';

const PLANS = 200;
const BYTES = 35_000;

export interface WorkspaceBenchResult {
  plans: number; bytes: number; parse: number; index: number; heapIndex: number; heapParsed: number;
  references: number; referencesFound: number; symbols: number;
}

/** 200 different plans: the text lines of each start with its number, so no parser cache carries over. */
function plans(): string[] {
  const base = scaledPlan(BYTES).split('\n');
  return Array.from({ length: PLANS }, (_, p) =>
    base.map(line => (line.length > 20 && !/^(\d+\.|[一二三四五六七八九十百]+、|目标任务|工作措施|责任股室)/.test(line) ? `(${p + 1}号)${line}` : line)).join('\n'));
}

export function runWorkspaceBench(log: (s: string) => void): WorkspaceBenchResult {
  const texts = plans();
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const uris = texts.map((_, i) => `file:///bench/plan-${i}.plan`);
  const runs = 5;
  // The background scan's path: one parser for every file.
  // Parse and index alternate, so that neither gets the warmer engine: the better of two rounds each.
  const parseOnce = () => time(() => { const p = new PlanParser(); for (const t of texts) p.parse(t); }, runs, 1).median;
  const indexOnce = () => time(() => { const p = new PlanParser(); for (let i = 0; i < texts.length; i++) indexPlan(uris[i], p.parse(texts[i])); }, runs, 1).median;
  const rounds = [parseOnce(), indexOnce(), parseOnce(), indexOnce()];
  const parse = Math.min(rounds[0], rounds[2]);
  const index = Math.min(rounds[1], rounds[3]);
  const heapIndex = retainedBytes(() => {
    const p = new PlanParser();
    return new Map(texts.map((t, i) => [uris[i], indexPlan(uris[i], p.parse(t))] as const));
  }).bytes;
  const heapParsed = retainedBytes(() => { const p = new PlanParser(); return texts.map(t => p.parse(t)); }).bytes;
  const p = new PlanParser();
  const idx = new Map<string, IndexedPlan>(texts.map((t, i) => [uris[i], indexPlan(uris[i], p.parse(t))]));
  const units = UnitRegistry.builtin();
  let found = 0;
  const references = time(() => { found = occurrencesOfUnit(idx, '人事股', units).length; }, runs).median;
  const symbols = time(() => { workspaceSymbols(idx, '人事'); }, runs).median;
  const r = { plans: PLANS, bytes, parse, index, heapIndex, heapParsed, references, referencesFound: found, symbols };
  log(table([
    ['plans', 'bytes', 'parse ms', 'index ms', 'index/parse', 'index heap MB', 'index heap/parsed heap', 'references ms', 'references/parse', 'found', 'symbols ms', 'symbols/parse'],
    [PLANS, bytes, fmt(parse), fmt(index), (index / parse).toFixed(2) + '×', (heapIndex / 1e6).toFixed(1), (heapIndex / heapParsed).toFixed(3) + '×',
      fmt(references), (references / parse).toFixed(4) + '×', found, fmt(symbols), (symbols / parse).toFixed(4) + '×'],
  ]));
  return r;
}
