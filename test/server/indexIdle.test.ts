// The workspace index follows an edited document when the editor is idle, never on the
// keystroke's path to publishDiagnostics (server/src/workspaceIndex.ts updateDocumentWhenIdle),
// yet every workspace feature answers from the latest text: a request that reads the index
// takes the pending parses first. The index's idle delay is made longer than any test here
// (initialization option indexIdleMs), so only a request can bring the edit in.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Location, SymbolInformation } from 'vscode-languageserver-protocol';
import type { UnitsViewEntry } from '../../server/src/protocol';
import { FIXTURES_DIR } from '../support/paths';
import { LspTestClient } from '../support/lspClient';
import { tempDirPerSuite } from '../support/tmp';

const FILES = ['plan-2024.plan', 'plan-2025.plan', path.join('科室', 'dept-plan.plan'), '.planmark.json'];
/** An item that names 人事股 as its lead, appended to plan-2025.plan by the edits. */
const ADDED = ['', '4.组建青年教师成长联盟。', '责任股室(单位):人事股、教研室。'];

describe('language server: the workspace index takes an edit when idle, or when a request needs it', () => {
  const dir = tempDirPerSuite('planmark-lsp-index-idle');
  const file = (rel: string) => path.join(dir(), rel);
  const uri = (rel: string) => pathToFileURL(file(rel)).toString();
  const text = (rel: string) => fs.readFileSync(file(rel), 'utf8');

  /** Every parse of plan-2025.plan that entered the index, as its last line (server hook `indexed`). */
  let indexedLast: string[] = [];
  async function start(indexIdleMs?: number): Promise<LspTestClient> {
    indexedLast = [];
    for (const rel of FILES) {
      fs.mkdirSync(path.dirname(file(rel)), { recursive: true });
      fs.copyFileSync(path.join(FIXTURES_DIR, 'workspace', rel), file(rel));
    }
    const client = await LspTestClient.start({
      server: { hooks: { indexed: (u, doc) => { if (u.endsWith('plan-2025.plan') && doc?.lines) indexedLast.push(doc.lines[doc.lines.length - 1]); } } },
      initializationOptions: { debounceMs: 0, ...(indexIdleMs === undefined ? {} : { indexIdleMs }) },
      locale: 'en',
      workspaceFolders: [{ uri: pathToFileURL(dir()).toString(), name: 'ws' }],
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    await client.waitFor(() => client.logs.some(l => /indexed 3 \.plan file/.test(l)), 'the workspace scan');
    return client;
  }

  /** Opens plan-2025.plan and appends ADDED to it, one line per edit, each edit linted; its uri. */
  async function editPlan2025(client: LspTestClient): Promise<string> {
    const u = uri('plan-2025.plan');
    const original = text('plan-2025.plan');
    await client.open(u, original, 1);
    await client.diagnosticsFor(u, 1);
    let lines = original.split('\n');
    let version = 1;
    for (const added of ADDED) {
      const line = lines.length - 1;
      const character = lines[line].length;
      await client.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri: u, version: ++version },
        contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: '\n' + added }],
      });
      await client.diagnosticsFor(u, version);
      lines = [...lines, added];
    }
    return u;
  }

  it('answers references, the Units view and workspace symbols from the edited text while the index update still waits', async () => {
    const client = await start(1_000_000);
    try {
      await editPlan2025(client);
      assert.ok(!indexedLast.includes(ADDED[ADDED.length - 1]), 'no edit was indexed on its way to publishDiagnostics');
      const other = uri('plan-2024.plan');
      await client.open(other, text('plan-2024.plan'), 1);
      await client.diagnosticsFor(other, 1);
      // From another document: only the index knows the edited plan's text.
      const refs = await client.request<Location[]>('textDocument/references', {
        textDocument: { uri: other }, position: { line: 12, character: 10 }, context: { includeDeclaration: true },
      });
      const in2025 = refs.filter(r => r.uri.endsWith('plan-2025.plan')).map(r => r.range.start.line).sort((a, b) => a - b);
      const addedLine = text('plan-2025.plan').split('\n').length - 1 + ADDED.length;
      assert.deepStrictEqual(in2025, [6, addedLine], 'the mention typed into plan-2025.plan is found');
      const units = await client.request<UnitsViewEntry[]>('planmark/units', { uri: other });
      const hr = units.find(e => e.name === '人事股')!;
      const plan2025 = hr.plans.find(p => p.title === '松岭县教育局2025年工作要点')!;
      assert.deepStrictEqual(plan2025.items.map(i => i.name), ['2. 完善教师培训体系', '4. 组建青年教师成长联盟']);
      const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: '青年教师成长联盟' });
      assert.ok(symbols.some(s => s.location.uri.endsWith('plan-2025.plan')), 'the typed item is a workspace symbol');
    } finally {
      await client.stop();
    }
  });

  it('takes the edit by itself once the editor is idle, without a request', async () => {
    const client = await start();
    try {
      await editPlan2025(client);
      // Waits for the condition (the hook fires on the server's own turn; no notification pokes waitFor).
      await new Promise<void>(resolve => {
        const poll = () => (indexedLast.includes(ADDED[ADDED.length - 1]) ? resolve() : setTimeout(poll, 10));
        poll();
      });
      // A view's request now finds the typed item without any update of its own.
      const units = await client.request<UnitsViewEntry[]>('planmark/units', {});
      const hr = units.find(e => e.name === '人事股')!;
      assert.ok(hr.plans.some(p => p.items.some(i => i.name === '4. 组建青年教师成长联盟')));
    } finally {
      await client.stop();
    }
  });
});
