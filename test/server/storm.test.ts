// Superseded work is dropped under an edit storm: a storm of edits with requests among
// them, arriving at the server together, is linted once for its last version (never a
// stale version published), and the requests about versions the storm has already
// replaced answer ContentModified without computing. Counted with the server's hooks
// (lints done), never timed; the messages are held back and handed to the in-process
// server in one chunk, so "arriving together" is deterministic.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol/node';
import { createPlanService } from '../../core/service';
import { PlanParser } from '../../core/parse';
import { toDiagnostic } from '../../server/src/convert';
import { LspTestClient } from '../support/lspClient';
import { CORPUS } from '../support/corpus';
import { prng } from '../support/random';
import { positionOf } from '../support/generate';

const PIECES = ['一、', '1.', '2、', '(一)', '目标任务:', '责任股室(单位):人事股、', 'XX年', '******', '首页 > ', '\n', '\n三、', '\n5.', '改', '。'];

describe('language server under an edit storm', function () {
  let client: LspTestClient;
  const linted: { uri: string; version: number }[] = [];

  before(async () => {
    client = await LspTestClient.start({
      initializationOptions: { debounceMs: 0, scanWorkspace: false },
      server: { hooks: { linted: (uri, version) => linted.push({ uri, version }) } },
    });
  });
  after(async () => { if (client) await client.stop(); });

  it('lints the last version of 300 edits once (a hook counts the lints), publishes no stale version, and answers the superseded requests ContentModified', async () => {
    const uri = pathToFileURL('/storm/plan.plan').toString();
    let text = fs.readFileSync(path.join(CORPUS, '01-county-edu-blocks.plan'), 'utf8');
    await client.open(uri, text, 1);
    await client.diagnosticsFor(uri, 1);
    const lintsBefore = linted.length;
    const random = prng(7);
    const EDITS = 300;
    const held = client.holdMessages();
    const requests: { method: string; version: number; reply: Promise<unknown> }[] = [];
    const textDocument = { uri };
    for (let v = 2; v <= EDITS + 1; v++) {
      const at = Math.floor(random() * (text.length + 1));
      const del = random() < 0.3 ? Math.min(text.length - at, Math.floor(random() * 5)) : 0;
      const insert = random() < 0.2 ? '' : PIECES[Math.floor(random() * PIECES.length)];
      const range = { start: positionOf(text, at), end: positionOf(text, at + del) };
      text = text.slice(0, at) + insert + text.slice(at + del);
      void client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range, text: insert }] });
      if (v % 10 === 0) {
        for (const method of ['textDocument/documentSymbol', 'textDocument/hover', 'textDocument/semanticTokens/full', 'textDocument/codeLens']) {
          const params = method === 'textDocument/hover' ? { textDocument, position: { line: 0, character: 0 } } : { textDocument };
          requests.push({ method, version: v, reply: client.conn.sendRequest(method, params).then(r => r, (e: unknown) => e) });
        }
      }
    }
    // One request after the last edit: it is about the current version and is answered.
    const symbols = client.request<unknown[]>('textDocument/documentSymbol', { textDocument });
    await client.waitFor(() => held.text.split('"textDocument/didChange"').length - 1 === EDITS && held.text.split('"textDocument/documentSymbol"').length - 1 === EDITS / 10 + 1,
      'the storm to be held');
    held.release();

    const last = EDITS + 1;
    const published = await client.diagnosticsFor(uri, last);
    const expected = createPlanService().lint(new PlanParser().parse(text), 'en').map(toDiagnostic);
    assert.deepStrictEqual(published.diagnostics, expected, 'the final diagnostics are a full lint of the final text');
    for (const r of requests) {
      const outcome = await r.reply;
      assert.ok(outcome instanceof ResponseError && outcome.code === LSPErrorCodes.ContentModified,
        `${r.method} of v${r.version} (superseded): ${outcome instanceof ResponseError ? outcome.message : 'answered'}`);
    }
    assert.ok(Array.isArray(await symbols) && (await symbols).length > 0, 'the request about the last version is answered');
    const lints = linted.slice(lintsBefore).filter(l => l.uri === uri);
    assert.equal(lints.length, 1, `${lints.length} lints for ${EDITS} edits that arrived together (one expected: the last version)`);
    assert.equal(lints[lints.length - 1].version, last);
    const versions = client.publishedFor(uri).map(p => p.version!);
    assert.deepStrictEqual(versions, [...versions].sort((a, b) => a - b), 'published versions only go forward');
  });
});
