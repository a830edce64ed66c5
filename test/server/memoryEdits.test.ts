// The language server's memory stays flat over 20,000 random edits of a corpus plan:
// characters and lines typed and deleted anywhere (headings, numbering, units, web residue
// and placeholders included), with the requests an editor sends among them. Retained heap
// after full collections (test/support/heap.ts), measured after the first 1,000 edits,
// after 10,000 and after 20,000, never times. The server runs in-process, so its heap is this process's.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { LspTestClient } from '../support/lspClient';
import { CORPUS } from '../support/corpus';
import { prng } from '../support/random';
import { positionOf } from '../support/generate';
import { retainedHeap } from '../support/heap';

const PIECES = ['一、', '二、', '(一)', '1.', '2、', '目标任务:', '工作措施:', '责任股室(单位):', '人事股、', '教研室', 'XX年', '******',
  '首页 > ', '\n', '\n三、加强管理', '\n4.完善制度。', '改', '。', '（', '）', '2021年6月底前'];

describe('language server memory over 20,000 random edits', function () {
  let client: LspTestClient;

  before(async () => {
    client = await LspTestClient.start({ initializationOptions: { debounceMs: 0, scanWorkspace: false } });
  });
  after(async () => { if (client) await client.stop(); });

  it('keeps retained heap after the 10,000th edit within 1.25× of that after the 1,000th, and after the 20,000th within 1.1× of that', async () => {
    const uri = pathToFileURL('/memory/random-edits.plan').toString();
    // The county plan four times over: big enough that a copy kept per edit would show.
    const original = fs.readFileSync(path.join(CORPUS, '01-county-edu-blocks.plan'), 'utf8');
    let text = [original, original, original, original].join('\n');
    const maxLength = Math.round(text.length * 1.2);
    const minLength = Math.round(text.length * 0.8);
    const random = prng(10_000);
    let version = 1;
    await client.open(uri, text, version);
    await client.diagnosticsFor(uri, version);
    const textDocument = { uri };

    const edit = () => {
      const grow = text.length < minLength || (text.length < maxLength && random() < 0.5);
      const at = Math.floor(random() * (text.length + 1));
      const del = grow ? 0 : Math.min(text.length - at, 1 + Math.floor(random() * 8));
      const insert = grow ? PIECES[Math.floor(random() * PIECES.length)] : '';
      const range = { start: positionOf(text, at), end: positionOf(text, at + del) };
      text = text.slice(0, at) + insert + text.slice(at + del);
      void client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range, text: insert }] });
    };
    /** Edits in bursts of ten, each burst settled (published) and followed by an editor's requests now and then. */
    const run = async (edits: number) => {
      for (let k = 0; k < edits; k += 10) {
        for (let j = 0; j < 10; j++) edit();
        await client.diagnosticsFor(uri, version);
        if (k % 100 === 0) {
          const line = Math.floor(random() * text.split('\n').length);
          await Promise.all([
            client.request('textDocument/documentSymbol', { textDocument }),
            client.request('textDocument/hover', { textDocument, position: { line, character: 1 } }),
            client.request('textDocument/semanticTokens/full', { textDocument }),
            client.request('textDocument/codeLens', { textDocument }),
            client.request('textDocument/foldingRange', { textDocument }),
          ]);
        }
        client.clearReceived(); // the test's own records are not the server's growth
      }
    };

    await run(1_000);
    const warm = retainedHeap();
    await run(9_000);
    const after = retainedHeap();
    if (process.env.PLANMARK_DEBUG) console.log(`retained heap ${(warm / 1e6).toFixed(1)} MB after 1,000 edits, ${(after / 1e6).toFixed(1)} MB after 10,000`);
    assert.ok(after <= 1.25 * warm, `retained heap grew from ${(warm / 1e6).toFixed(1)} MB after 1,000 edits to ${(after / 1e6).toFixed(1)} MB after 10,000 (limit 1.25×)`);
    // No slow growth either: ten thousand edits more keep it where it was (a probe of 36,000
    // edits stayed within 20.0–20.5 MB from the 6,000th on).
    await run(10_000);
    const later = retainedHeap();
    if (process.env.PLANMARK_DEBUG) console.log(`retained heap ${(later / 1e6).toFixed(1)} MB after 20,000 edits`);
    assert.ok(later <= 1.1 * after, `retained heap grew from ${(after / 1e6).toFixed(1)} MB after 10,000 edits to ${(later / 1e6).toFixed(1)} MB after 20,000 (limit 1.1×)`);
  });
});
