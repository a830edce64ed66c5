// The language server as editors run it: a child process over stdio (through the bin, with
// its l10n bundle) and over Node IPC, and responsive on a ~1 MB document under rapid edits.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import type { Locale } from '../../core/lint';
import { expectedDiagnostics, normalise } from '../support/diagnostics';
import { readPlan } from '../support/fixtures';
import { scaledPlan } from '../support/generate';
import { LspTestClient, withClient } from '../support/lspClient';
import { REPO_ROOT } from '../support/paths';
import { tempDirPerSuite } from '../support/tmp';

/** Opens the county plan as `uri`: the server publishes the in-process lint in `locale`. */
async function assertPublishesCounty(client: LspTestClient, uri: string, locale: Locale): Promise<void> {
  const text = readPlan('county-bureau');
  await client.open(uri, text, 1);
  const published = await client.diagnosticsFor(uri, 1);
  assert.deepStrictEqual(normalise(published.diagnostics), expectedDiagnostics(text, locale));
}

describe('language server as a child process', function () {
  const dir = tempDirPerSuite('planmark-lsp-proc');
  const uriOf = (name: string) => pathToFileURL(path.join(dir(), name)).toString();

  before(() => {
    assert.ok(fs.existsSync(path.join(REPO_ROOT, 'out', 'server', 'src', 'server.js')), 'compile first');
  });

  it('starts through bin/planmark-language-server.js --stdio, with Chinese messages from the l10n bundle', () =>
    withClient({ transport: 'stdio', entry: path.join(REPO_ROOT, 'bin', 'planmark-language-server.js'), initializationOptions: { debounceMs: 10 }, locale: 'zh-CN' }, async client => {
      assert.equal(client.initializeResult!.serverInfo?.name, 'planmark-language-server');
      await assertPublishesCounty(client, uriOf('bin.plan'), 'zh-cn');
    }));

  it('works over Node IPC (--node-ipc)', () =>
    withClient({ transport: 'ipc', initializationOptions: { debounceMs: 10 } }, client =>
      assertPublishesCounty(client, uriOf('ipc.plan'), 'en')));

  it('stays responsive on a ~1 MB document under rapid edits', () =>
    withClient({ transport: 'stdio', initializationOptions: { debounceMs: 50 } }, async client => {
      const big = scaledPlan(1_000_000, readPlan('county-bureau'));
      const uri = uriOf('big.plan');
      let local = TextDocument.create(uri, 'plan', 1, big);
      await client.open(uri, big, 1);
      await client.diagnosticsFor(uri, 1);
      let version = 1;
      for (let i = 0; i < 50; i++) {
        const at = local.positionAt(Math.floor(local.getText().length / 2) + i);
        const change = { range: { start: at, end: at }, text: '人' };
        version++;
        local = TextDocument.update(local, [change], version);
        void client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      }
      // A request in the middle of the burst is answered without waiting for lints.
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.ok(symbols.length > 0);
      const final = await client.diagnosticsFor(uri, version);
      // No time limit (the machine may be busy; npm run bench measures the times): a server
      // that linted every one of the 50 versions would publish far more than this.
      const publishes = client.publishedFor(uri).length;
      assert.ok(publishes <= 10, `debounced: ${publishes} publishes for 50 edits`);
      assert.deepStrictEqual(normalise(final.diagnostics), expectedDiagnostics(local.getText(), 'en'));
    }));
});
