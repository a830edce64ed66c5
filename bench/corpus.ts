// Benchmark inputs: seed 003 scaled to a target size. Copies are renumbered (sections
// and items continue) and their text lines start with the copy number, so no line (and
// no line head, which is what the parser caches) simply repeats: a cold parse pays
// for every line, as it would on a real document of that size.
import * as fs from 'fs';
import * as path from 'path';
import { numberToChinese } from '../core/domain/numerals';

function findRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

export const REPO_ROOT = findRoot();

/** The raw seeds: $PLANMARK_SEEDS, by default ../shared/seeds (absent on a user's clone). */
const SEEDS_DIR = process.env.PLANMARK_SEEDS ? path.resolve(process.env.PLANMARK_SEEDS) : path.resolve(REPO_ROOT, '..', 'shared', 'seeds');

/** True when the raw seeds are there; the benchmarks use the corpus's plans instead when not. */
export function seedsPresent(): boolean {
  return fs.existsSync(SEEDS_DIR);
}

export function seedText(n: number): string {
  const dir = SEEDS_DIR;
  const file = fs.readdirSync(dir).find(f => f.startsWith(String(n).padStart(3, '0') + '_'));
  if (!file) throw new Error(`seed ${n} not found in ${dir}`);
  return fs.readFileSync(path.join(dir, file), 'utf8');
}

/**
 * The plan the benchmarks scale: seed 003 (a raw web copy) where ../shared is, else the
 * corpus's county education plan, so that `npm run bench` runs on any clone.
 */
export function benchSource(): string {
  if (seedsPresent()) return seedText(3);
  return fs.readFileSync(path.join(REPO_ROOT, 'test', 'corpus', '01-county-edu-blocks.plan'), 'utf8');
}

/** Seed 003 (or `source`) scaled to about `targetBytes` of UTF-8. */
export function scaledPlan(targetBytes: number, source = benchSource()): string {
  const seed = source.split(/\r\n|\n|\r/);
  const out: string[] = [];
  let bytes = 0;
  let section = 0;
  let item = 0;
  for (let copy = 1; bytes < targetBytes; copy++) {
    for (const line of seed) {
      let next = line;
      const sec = /^([一二三四五六七八九十]+)、/.exec(line);
      const it = /^(\d+)\./.exec(line);
      if (sec) next = numberToChinese(++section) + '、' + line.slice(sec[0].length);
      else if (it) next = `${++item}.` + line.slice(it[0].length);
      else if (copy > 1) {
        const label = /^(目标任务|工作措施)[:\uFF1A]/.exec(line);
        if (label) next = label[0] + `(第${copy}稿)` + line.slice(label[0].length);
        else if (line.length > 20 && !/^责任股室/.test(line)) next = `(第${copy}稿)` + line;
      }
      out.push(next);
      bytes += Buffer.byteLength(next) + 1;
      if (bytes >= targetBytes) break;
    }
  }
  return out.join('\n');
}

/** The same content as Markdown, for the markdown-it baseline. */
export function asMarkdown(plan: string): string {
  return plan.split('\n').map(line => {
    if (/^[一二三四五六七八九十百]+、/.test(line)) return `\n## ${line}\n`;
    if (/^\d+\./.test(line)) return `\n### ${line}\n`;
    const m = /^(目标任务|工作措施|责任股室(?:[(\uFF08]单位[)\uFF09])?)[:\uFF1A](.*)$/.exec(line);
    if (m) return `\n**${m[1]}**:${m[2]}\n`;
    return line;
  }).join('\n');
}
