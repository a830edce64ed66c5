// The editor's path: a one-character didChange to the next publishDiagnostics for that
// version, through the real language server over stdio (debounce off, so the number is
// the server's own work: incremental sync, re-parse of changed lines, lint, publish).
import { pathToFileURL } from 'url';
import { LspTestClient } from '../test/support/lspClient';
import { prng } from '../test/support/random';
import MarkdownIt from 'markdown-it';
import { asMarkdown, scaledPlan } from './corpus';
import { fmt, now, summarize, table } from './measure';

const EDITS = 200;

export interface EditorBenchResult {
  size: string; bytes: number; open: number; median: number; p95: number;
  /** markdown-it parsing the same content (as Markdown) once, median ms, measured in this run. */
  markdownIt: number;
}

async function measure(size: string, target: number): Promise<EditorBenchResult> {
  const text = scaledPlan(target);
  const lines = text.split('\n');
  const client = await LspTestClient.start({ transport: 'stdio', initializationOptions: { debounceMs: 0, scanWorkspace: false } });
  const uri = pathToFileURL(`/bench/${size.replace(/\s/g, '')}.plan`).toString();
  try {
    let t = now();
    await client.open(uri, text, 1);
    await client.diagnosticsFor(uri, 1);
    const open = now() - t;
    const random = prng(42);
    // Edit inside body text (目标任务/工作措施 lines), as a person typing would.
    const bodyLines = lines.map((l, i) => (/^(目标任务|工作措施)[:\uFF1A]/.test(l) ? i : -1)).filter(i => i >= 0);
    const samples: number[] = [];
    // The baseline, in the same run and interleaved with the edits (so that both see the
    // same load on a busy machine): markdown-it parsing the same content once.
    const md = new MarkdownIt();
    const markdown = asMarkdown(text);
    md.parse(markdown, {});
    const markdownSamples: number[] = [];
    for (let v = 2; v < EDITS + 2; v++) {
      const line = bodyLines[Math.floor(random() * bodyLines.length)];
      const character = 5 + Math.floor(random() * Math.max(1, lines[line].length - 5));
      lines[line] = lines[line].slice(0, character) + '改' + lines[line].slice(character);
      t = now();
      await client.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: '改' }],
      });
      await client.diagnosticsFor(uri, v);
      samples.push(now() - t);
      if (v % 10 === 0) { t = now(); md.parse(markdown, {}); markdownSamples.push(now() - t); }
    }
    const { median, p95 } = summarize(samples);
    const markdownIt = summarize(markdownSamples).median;
    return { size, bytes: Buffer.byteLength(text), open, median, p95, markdownIt };
  } finally {
    await client.stop();
  }
}

export async function runEditorBench(log: (s: string) => void): Promise<EditorBenchResult[]> {
  const results = [await measure('35 KB', 35_000), await measure('1 MB', 1_000_000)];
  log(table([
    ['size', 'bytes', 'open → diagnostics ms', 'edit → diagnostics median ms', 'p95 ms', 'markdown-it parse ms', 'p95 / markdown-it', 'target'],
    ...results.map(r => [r.size, r.bytes, fmt(r.open), fmt(r.median), fmt(r.p95), fmt(r.markdownIt), (r.p95 / r.markdownIt).toFixed(2) + '×', '≤ 1×']),
  ]));
  return results;
}
