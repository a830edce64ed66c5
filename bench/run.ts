// `npm run bench`: prints every benchmark as ratios against baselines measured in the
// same run, and writes bench/results/latest.json.
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from './corpus';
import { runEditorBench } from './editor';
import { runExportBench } from './exports';
import { runImportBench } from './import';
import { runParseBench } from './parse';
import { runWorkspaceBench } from './workspace';
import { runStartupBench } from './startup';
import { runBundleBench } from './bundle';

/**
 * `node --expose-gc out/bench/run.js [section…]` runs only the named sections (startup,
 * bundle, parse, editor, exports, import, workspace); bench/results/latest.json is written
 * only by a whole run.
 */
const SECTIONS = ['startup', 'bundle', 'parse', 'editor', 'exports', 'import', 'workspace'];

async function main(): Promise<void> {
  const log = (s: string) => process.stdout.write(s + '\n');
  const results: Record<string, unknown> = { node: process.version, date: new Date().toISOString() };
  const only = process.argv.slice(2);
  const unknown = only.filter(s => !SECTIONS.includes(s));
  if (unknown.length) throw new Error(`unknown bench section ${unknown.join(', ')}; the sections are ${SECTIONS.join(', ')}`);
  const runs = (section: string) => !only.length || only.includes(section);
  if (runs('startup')) {
    log('## Start-up: whole processes, pairs alternated (targets: --version ≤ 2× node -e 0; check ≤ 0.5× markdownlint-cli2)\n');
    results.startup = runStartupBench(log);
  }
  if (runs('bundle')) {
    log('\n## Extension activation: the main bundle against vscode-languageclient alone (load in a fresh process, pairs alternated; target ≤ 300 KB)\n');
    results.bundle = await runBundleBench(log);
  }
  if (runs('parse')) {
    log('\n## Parse and lint (seed 003 scaled; targets at 1 MB: total ≤ 5× markdown-it, heap ≤ 60 B/byte)\n');
    const parse = runParseBench(log);
    results.parse = parse;
    const big = parse[parse.length - 1];
    log(`\n1 MB: total/markdown-it = ${(big.total / big.markdownIt).toFixed(2)}× (target ≤ 5×) ${big.total / big.markdownIt <= 5 ? 'OK' : 'MISSED'}; ` +
      `retained heap = ${big.heapPerByte.toFixed(1)} B/byte (target ≤ 60) ${big.heapPerByte <= 60 ? 'OK' : 'MISSED'}`);
  }
  if (runs('editor')) {
    log('\n## Editor: one-character didChange → publishDiagnostics (language server over stdio, debounce off, 200 edits; target at 1 MB: p95 ≤ markdown-it parsing the same content once)\n');
    const editor = await runEditorBench(log);
    results.editor = editor;
    const typed = editor[editor.length - 1];
    log(`\n1 MB: edit → diagnostics p95 / markdown-it parse = ${(typed.p95 / typed.markdownIt).toFixed(2)}× (target ≤ 1×) ${typed.p95 <= typed.markdownIt ? 'OK' : 'MISSED'}`);
  }
  if (runs('exports')) {
    log('\n## Exports of the ~1 MB plan (targets: DOCX and XLSX under 2 s)\n');
    results.exports = await runExportBench(log);
  }
  if (runs('import')) {
    log('\n## Import (target: the ~1 MB web copy under 1 s)\n');
    results.import = await runImportBench(log);
  }
  if (runs('workspace')) {
    log('\n## Workspace index: 200 plans of 35 KB (index, references and workspace symbols against their parse)\n');
    results.workspace = runWorkspaceBench(log);
  }
  if (only.length) return;
  const dir = path.join(REPO_ROOT, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'latest.json'), JSON.stringify(results, null, 2));
}

main().catch(e => { console.error(e); process.exit(1); });
