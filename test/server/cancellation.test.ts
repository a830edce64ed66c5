// $/cancelRequest: the requests that can take long on a large document answer
// RequestCancelled instead of computing. Deterministic without timing: the client's
// messages are held back and handed to the in-process server in one chunk, so each
// cancel is already there when the server turns to its request.
import { strict as assert } from 'assert';
import { pathToFileURL } from 'url';
import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol/node';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../support/lspClient';
import { scaledPlan } from '../support/generate';

describe('language server cancellation', function () {
  let client: LspTestClient;
  const uri = pathToFileURL('/cancel/large.plan').toString();

  before(async () => {
    client = await LspTestClient.start({ initializationOptions: { debounceMs: 20, scanWorkspace: false } });
    await client.open(uri, scaledPlan(1_000_000), 1);
    await client.diagnosticsFor(uri, 1);
  });
  after(async () => { if (client) await client.stop(); });

  it('answers RequestCancelled to cancelled symbol, folding, completion, hover and code action requests on a ~1 MB plan', async () => {
    const textDocument = { uri };
    const position = { line: 3, character: 2 };
    const requests: [string, unknown][] = [
      ['textDocument/documentSymbol', { textDocument }],
      ['textDocument/foldingRange', { textDocument }],
      ['textDocument/completion', { textDocument, position }],
      ['textDocument/hover', { textDocument, position }],
      ['textDocument/codeAction', { textDocument, range: { start: position, end: position }, context: { diagnostics: [] } }],
    ];
    const held = client.holdMessages();
    const replies = requests.map(([method, params]) => {
      const source = new CancellationTokenSource();
      const reply = client.conn.sendRequest(method, params, source.token);
      source.cancel();
      return reply.then(() => method + ': answered', (e: unknown) => e);
    });
    // The same request uncancelled, in the same chunk: it is answered.
    const symbols = client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument });
    await client.waitFor(() => (held.text.match(/"\$\/cancelRequest"/g) ?? []).length === requests.length && held.text.split('"method":"textDocument/documentSymbol"').length === 3,
      'the requests and their cancels to be held');
    held.release();
    for (const [i, outcome] of (await Promise.all(replies)).entries()) {
      assert.ok(outcome instanceof ResponseError, `${requests[i][0]}: ${String(outcome)}`);
      assert.equal(outcome.code, LSPErrorCodes.RequestCancelled, `${requests[i][0]}: ${outcome.message}`);
    }
    assert.ok((await symbols).length > 0, 'the uncancelled request was answered');
  });
});
