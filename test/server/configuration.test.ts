// Configuration over the protocol: planmark.* settings (workspace/configuration,
// initializationOptions, didChangeConfiguration), the client's locale, .planmark.json next to
// the document, and the workspace scan that completion counts unit usage from.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { CompletionItem, CompletionList } from 'vscode-languageserver-protocol';
import { lintDocument } from '../../core/lint';
import { parsePlan } from '../../core/parse';
import type { ServerOptions } from '../../server/src/startServer';
import { expectedDiagnostics, normalise } from '../support/diagnostics';
import { readPlan } from '../support/fixtures';
import { withClient } from '../support/lspClient';
import { tempDirPerTest } from '../support/tmp';

/** The county plan has masked text: PLAN019 is the rule these tests turn off and on. */
const RULE = 'PLAN019';

describe('language server: locale and configuration', function () {
  const dir = tempDirPerTest('planmark-lsp-cfg');
  const county = readPlan('county-bureau');

  it('the county plan has PLAN019 findings (what the settings tests turn off)', () => {
    assert.ok(expectedDiagnostics(county, 'en').some(d => d.code === RULE));
  });

  it('reads planmark.* settings via workspace/configuration and re-lints on didChangeConfiguration', async () => {
    const settings: { value: Record<string, unknown> | null } = { value: { rules: { [RULE]: 'off' } } };
    await withClient({
      initializationOptions: { debounceMs: 10 }, settings,
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    }, async client => {
      const uri = pathToFileURL(path.join(dir(), 'settings.plan')).toString();
      await client.open(uri, county, 1);
      const first = await client.diagnosticsFor(uri, 1);
      assert.ok(!first.diagnostics.some(d => d.code === RULE), `${RULE} is off by the setting`);
      const count = client.publishedFor(uri).length;
      settings.value = { rules: {} };
      await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await client.waitFor(() => client.publishedFor(uri).length > count, 're-lint after a settings change');
      const again = client.publishedFor(uri).pop()!;
      assert.deepStrictEqual(normalise(again.diagnostics), expectedDiagnostics(county, 'en'));
    });
  });

  it('takes initial settings from initializationOptions.settings and later ones from didChangeConfiguration', () =>
    withClient({ initializationOptions: { debounceMs: 10, settings: { rules: { [RULE]: 'off' } } } }, async client => {
      const uri = pathToFileURL(path.join(dir(), 'init-settings.plan')).toString();
      await client.open(uri, county, 1);
      const first = await client.diagnosticsFor(uri, 1);
      assert.ok(!first.diagnostics.some(d => d.code === RULE));
      const count = client.publishedFor(uri).length;
      await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: { planmark: { rules: {}, locale: 'zh-cn' } } });
      await client.waitFor(() => client.publishedFor(uri).length > count, 're-lint');
      const again = client.publishedFor(uri).pop()!;
      assert.deepStrictEqual(normalise(again.diagnostics), expectedDiagnostics(county, 'zh-cn'), 'rules back on, messages in planmark.locale');
    }));

  /** Starts a server on the folder `ws`, waits for its scan to index `files` files, and completes a unit list in a new document there. */
  async function completeUnitsIn(ws: string, files: number, server?: ServerOptions): Promise<CompletionItem[]> {
    let items: CompletionItem[] = [];
    await withClient({
      initializationOptions: { debounceMs: 10 }, server,
      workspaceFolders: [{ uri: pathToFileURL(ws).toString(), name: 'ws' }],
    }, async client => {
      await client.waitFor(() => client.logs.some(l => l.includes(`indexed ${files} .plan file`)), 'the workspace scan');
      const uri = pathToFileURL(path.join(ws, 'open.plan')).toString();
      await client.open(uri, '一、乙\n1.事项。\n责任单位:人事股、\n', 1);
      items = (await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 9 } })).items;
    });
    return items;
  }

  it('counts unit usage in the workspace folders for completion', async () => {
    const ws = path.join(dir(), 'ws');
    fs.mkdirSync(path.join(ws, 'sub'), { recursive: true });
    fs.writeFileSync(path.join(ws, 'sub', 'other.plan'), '一、甲\n1.事项。\n责任单位:审计股、人事股\n2.事项。\n责任单位:审计股\n');
    const items = await completeUnitsIn(ws, 1);
    const audit = items.find(i => i.label === '审计股');
    assert.ok(audit, items.map(i => i.label).join(' '));
    assert.match(String(audit!.detail), /workspace: leads 2 · joins 0/);
  });

  it('leaves workspace files over the scan size limit (startServer options) out of the usage', async () => {
    const ws = path.join(dir(), 'ws-limit');
    fs.mkdirSync(ws, { recursive: true });
    const small = '一、甲\n1.事项。\n责任单位:审计股\n';
    fs.writeFileSync(path.join(ws, 'small.plan'), small);
    fs.writeFileSync(path.join(ws, 'large.plan'), small + '2.事项。\n责任单位:审计股\n3.事项。\n责任单位:审计股\n');
    const items = await completeUnitsIn(ws, 1, { scan: { maxFiles: 10, maxDirs: 10, maxFileBytes: Buffer.byteLength(small) } });
    assert.match(String(items.find(i => i.label === '审计股')?.detail), /workspace: leads 1 · joins 0/, 'only small.plan counts');
  });

  it('publishes Chinese messages for a zh-cn client', () =>
    withClient({ initializationOptions: { debounceMs: 10 }, locale: 'zh-CN' }, async client => {
      const uri = pathToFileURL(path.join(dir(), 'zh.plan')).toString();
      await client.open(uri, county, 1);
      assert.deepStrictEqual(normalise((await client.diagnosticsFor(uri, 1)).diagnostics), expectedDiagnostics(county, 'zh-cn'));
    }));

  it('applies .planmark.json next to the document and reports its errors', async () => {
    const sub = path.join(dir(), 'proj');
    fs.mkdirSync(sub, { recursive: true });
    const offAll: Record<string, string> = {};
    for (const d of lintDocument(parsePlan(county), { locale: 'zh-cn' })) offAll[d.code] = 'off';
    assert.ok(Object.keys(offAll).length > 0, 'the county plan has findings to turn off');
    fs.writeFileSync(path.join(sub, '.planmark.json'), JSON.stringify({ rules: offAll }, null, 2));
    await withClient({ initializationOptions: { debounceMs: 10 }, locale: 'en' }, async client => {
      const uri = pathToFileURL(path.join(sub, 'cfg.plan')).toString();
      await client.open(uri, county, 1);
      const published = await client.diagnosticsFor(uri, 1);
      assert.deepStrictEqual(published.diagnostics, [], 'every rule that fired is off');
      // Break the file and tell the server: the config file gets a diagnostic.
      fs.writeFileSync(path.join(sub, '.planmark.json'), '{ "rules": { "PLAN001": "loud" } }');
      const cfgUri = pathToFileURL(path.join(sub, '.planmark.json')).toString();
      await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: cfgUri, type: 2 }] });
      await client.waitFor(() => client.published.some(p => p.uri === cfgUri && p.diagnostics.length > 0), 'config diagnostics');
      const cfg = client.published.find(p => p.uri === cfgUri)!;
      assert.match(cfg.diagnostics[0].message, /PLAN001/);
      assert.strictEqual(cfg.diagnostics[0].range.start.line, 0);
    });
  });
});
