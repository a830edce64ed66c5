// Typing into a document over LSP must not keep a copy of it per keystroke anywhere in the
// server: not in the parser's caches (test/core/parse/memory.test.ts), nor in the
// documents, parse cache, diagnostics, configuration or workspace index. The server runs
// in-process, so its heap is this process's.
import { strict as assert } from 'assert';
import { pathToFileURL } from 'url';
import { LspTestClient } from '../support/lspClient';
import { scaledPlan } from '../support/generate';
import { retainedHeap } from '../support/heap';

describe('language server memory under editing', function () {
  let client: LspTestClient;

  before(async () => {
    // Debounce off: every keystroke is parsed, linted and published.
    client = await LspTestClient.start({ initializationOptions: { debounceMs: 0, scanWorkspace: false } });
  });
  after(async () => { if (client) await client.stop(); });

  it('keeps retained heap flat while 700 characters are typed into a 责任股室 line', async () => {
    const uri = pathToFileURL('/memory/typing.plan').toString();
    const text = scaledPlan(150_000);
    const unitLine = text.indexOf('责任股室(单位):');
    assert.ok(unitLine > 0, 'the generated plan has a unit line');
    const line = text.slice(0, unitLine).split('\n').length - 1;
    const lineEnd = text.indexOf('\n', unitLine) - unitLine; // the caret starts at the end of that line
    let caret = lineEnd;
    let version = 1;
    let keystrokes = 0;
    await client.open(uri, text, version);
    const initial = (await client.diagnosticsFor(uri, version)).diagnostics;
    let last = initial;

    const statsOf = (v: number) => client.notifications.some(n => (n.params as { uri: string; version: number }).uri === uri && (n.params as { version: number }).version === v);
    /** Waits until the server has published `version` and sent its stats: it is idle then. */
    const settle = async () => {
      last = (await client.diagnosticsFor(uri, version)).diagnostics;
      await client.waitFor(() => statsOf(version), `stats of v${version}`);
      client.clearReceived(); // the test's own records are not the server's growth
    };
    const type = async (n: number) => {
      for (let k = 0; k < n; k++, keystrokes++) {
        // Ten characters typed, then deleted again, each a different character, so every
        // version of the line is new while the document keeps its size.
        const change = keystrokes % 20 < 10
          ? { range: { start: { line, character: caret }, end: { line, character: caret } }, text: String.fromCharCode(0x4e00 + (keystrokes % 20000)) }
          : { range: { start: { line, character: caret - 1 }, end: { line, character: caret } }, text: '' };
        caret += change.text ? 1 : -1;
        void client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [change] });
        if (version % 50 === 0) await settle();
      }
      await settle();
    };

    // Warm up first (compiled code, inline caches and the caches' first fill are not growth).
    await type(500);
    const warm = retainedHeap();
    await type(700);
    const after = retainedHeap();
    const documentBytes = text.length * 2; // V8 keeps this text in two bytes a character
    const growth = after - warm;
    if (process.env.PLANMARK_DEBUG) console.log(`growth ${growth} B = ${(growth / documentBytes).toFixed(2)}× the document`);
    // One copy of the document per keystroke would grow it 700-fold; the limit leaves room
    // for the collector's noise and still catches one copy kept every few hundred keystrokes.
    assert.ok(growth < 3 * documentBytes, `retained heap grew by ${(growth / documentBytes).toFixed(2)}× the document over 700 keystrokes (limit 3×)`);
    // Every character typed was deleted again: the server's last lint is of the text it opened.
    assert.equal(caret, lineEnd);
    assert.deepEqual(last, initial);
  });
});
