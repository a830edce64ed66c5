// `npm run bench`: prints every benchmark as ratios against baselines measured in the
// same run, and writes bench/results/latest.json.
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from './corpus';
import { runParseBench } from './parse';

async function main(): Promise<void> {
  const log = (s: string) => process.stdout.write(s + '\n');
  const results: Record<string, unknown> = { node: process.version, date: new Date().toISOString() };
  log('## Parse and lint (seed 003 scaled; targets at 1 MB: total ≤ 5× markdown-it, heap ≤ 60 B/byte)\n');
  const parse = runParseBench(log);
  results.parse = parse;
  const big = parse[parse.length - 1];
  log(`\n1 MB: total/markdown-it = ${(big.total / big.markdownIt).toFixed(2)}× (target ≤ 5×) ${big.total / big.markdownIt <= 5 ? 'OK' : 'MISSED'}; ` +
    `retained heap = ${big.heapPerByte.toFixed(1)} B/byte (target ≤ 60) ${big.heapPerByte <= 60 ? 'OK' : 'MISSED'}`);
  const dir = path.join(REPO_ROOT, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'latest.json'), JSON.stringify(results, null, 2));
}

main().catch(e => { console.error(e); process.exit(1); });
