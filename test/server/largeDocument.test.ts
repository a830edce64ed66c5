// Very large documents get a lighter mode (server/src/largeDocuments.ts): with a small
// planmark.largeDocument.thresholdKB, a plan over it still gets its diagnostics, while
// semantic tokens, code lenses and inlay hints answer nothing, and a notice (en or zh by
// the locale) is shown once; a plan under the threshold keeps every feature.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { createPlanService } from '../../core/service';
import { PlanParser } from '../../core/parse';
import { toDiagnostic } from '../../server/src/convert';
import { LspTestClient } from '../support/lspClient';
import { CORPUS } from '../support/corpus';
import { scaledPlan } from '../support/generate';

const SMALL = fs.readFileSync(path.join(CORPUS, '01-county-edu-blocks.plan'), 'utf8');

function notices(client: LspTestClient): string[] {
  return client.notifications.filter(n => n.method === 'window/showMessage').map(n => (n.params as { message: string }).message);
}

for (const locale of ['en', 'zh-cn'] as const) {
  describe(`language server: large documents (${locale})`, function () {
    let client: LspTestClient;
    const large = pathToFileURL('/large/big.plan').toString();
    const small = pathToFileURL('/large/small.plan').toString();
    // A plan with findings (web residue, placeholders), scaled past the threshold.
    const bigText = scaledPlan(40_000, fs.readFileSync(path.join(CORPUS, '04-health-web-residue.plan'), 'utf8'));

    before(async () => {
      assert.ok(Buffer.byteLength(SMALL) < 16 * 1024 && Buffer.byteLength(bigText) > 16 * 1024, 'the plans lie on either side of the threshold');
      client = await LspTestClient.start({
        locale, initializationOptions: { debounceMs: 0, scanWorkspace: false },
        settings: { value: { largeDocument: { thresholdKB: 16 } } },
        capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
      });
    });
    after(async () => { if (client) await client.stop(); });

    it('keeps diagnostics, drops semantic tokens, code lenses and inlay hints, and says so once', async () => {
      await client.open(large, bigText, 1);
      const published = await client.diagnosticsFor(large, 1);
      assert.deepStrictEqual(published.diagnostics, createPlanService().lint(new PlanParser().parse(bigText), locale).map(toDiagnostic));
      assert.ok(published.diagnostics.length > 0);
      await client.waitFor(() => notices(client).length === 1, 'the large-document notice');
      assert.match(notices(client)[0], locale === 'en' ? /big\.plan is large .* over the 16 KB of planmark\.largeDocument\.thresholdKB/ : /big\.plan 较大.*超过 planmark\.largeDocument\.thresholdKB 设定的 16 KB/);
      const textDocument = { uri: large };
      const range = { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } };
      assert.deepStrictEqual(await client.request('textDocument/semanticTokens/full', { textDocument }), { data: [] });
      assert.equal(await client.request('textDocument/codeLens', { textDocument }), null);
      assert.equal(await client.request('textDocument/inlayHint', { textDocument, range }), null);
      const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument });
      assert.ok(symbols.length > 0, 'the outline stays');
      // Typing on: diagnostics keep coming, the notice is not shown again.
      await client.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri: large, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '改' }],
      });
      await client.diagnosticsFor(large, 2);
      assert.equal(notices(client).length, 1);
    });

    it('keeps every feature for a plan under the threshold, without a notice', async () => {
      const before = notices(client).length;
      await client.open(small, SMALL, 1);
      await client.diagnosticsFor(small, 1);
      const textDocument = { uri: small };
      const tokens = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument });
      assert.ok(tokens.data.length > 0, 'semantic tokens for the units');
      const lenses = await client.request<unknown[]>('textDocument/codeLens', { textDocument });
      assert.ok(lenses && lenses.length > 0, 'code lenses');
      assert.equal(notices(client).length, before);
    });
  });
}
