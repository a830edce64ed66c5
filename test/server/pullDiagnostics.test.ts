// Pull diagnostics (LSP 3.17) over the protocol, on a folder holding the workspace fixture
// (three plans; 科室/dept-plan.plan has a numbering slip, PLAN003) and the county-bureau
// plan (many findings), scope `workspace`. Three clients on the same folder: one that pulls
// (textDocument.diagnostic, refresh support), one that cannot (push), and one that can but
// asks for push (`pullDiagnostics: false`, what the VS Code client sends). The same findings
// either way; a closed plan's problems in the workspace report; `unchanged` on a second pull.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type {
  Diagnostic, DocumentDiagnosticReport, WorkspaceDiagnosticReport, WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol';
import { FIXTURES_DIR } from '../support/paths';
import { LspTestClient } from '../support/lspClient';
import { tempDirPerSuite } from '../support/tmp';
import { waitingFor } from '../support/inactivity';

const FILES: [string, string][] = [
  ['workspace/plan-2024.plan', 'plan-2024.plan'],
  ['workspace/plan-2025.plan', 'plan-2025.plan'],
  ['workspace/科室/dept-plan.plan', path.join('科室', 'dept-plan.plan')],
  ['plans/county-bureau.plan', 'county-bureau.plan'],
];

describe('language server: pull diagnostics (textDocument/diagnostic, workspace/diagnostic)', function () {
  const dir = tempDirPerSuite('planmark-lsp-pull');
  const uri = (rel: string) => pathToFileURL(path.join(dir(), rel)).toString();
  let pull: LspTestClient, push: LspTestClient, asksPush: LspTestClient;

  const start = (capabilities: Record<string, unknown>, initializationOptions: Record<string, unknown> = {}) => LspTestClient.start({
    initializationOptions: { debounceMs: 20, ...initializationOptions },
    locale: 'en',
    workspaceFolders: [{ uri: pathToFileURL(dir()).toString(), name: 'ws' }],
    capabilities: { ...capabilities, workspace: { configuration: true, diagnostics: { refreshSupport: true } } },
    settings: { value: { diagnostics: { scope: 'workspace' } } },
  });
  const PULLS = { textDocument: { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } };
  const PUSHES = { textDocument: { publishDiagnostics: { versionSupport: true } } };

  before(async () => {
    for (const [from, to] of FILES) {
      fs.mkdirSync(path.dirname(path.join(dir(), to)), { recursive: true });
      fs.copyFileSync(path.join(FIXTURES_DIR, from), path.join(dir(), to));
    }
    [pull, push, asksPush] = await Promise.all([start(PULLS), start(PUSHES), start(PULLS, { pullDiagnostics: false })]);
    await Promise.all([pull, push, asksPush].map(c => c.waitFor(() => c.logs.some(l => /indexed 4 \.plan file/.test(l)), 'the workspace scan')));
  });
  after(async () => {
    const errors = [pull, push, asksPush].flatMap(c => (c ? c.logs.filter(l => l.startsWith('[planmark]') && !l.includes('indexed')) : []));
    await Promise.all([pull, push, asksPush].map(c => c?.stop()));
    assert.deepStrictEqual(errors, [], 'no handler errors were logged');
  });

  const pullDocument = (u: string, previousResultId?: string) =>
    pull.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: u }, identifier: 'planmark', previousResultId });
  const pullWorkspace = (previous: { uri: string; value: string }[] = []) =>
    pull.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { identifier: 'planmark', previousResultIds: previous });
  const full = (r: DocumentDiagnosticReport | WorkspaceDocumentDiagnosticReport): Diagnostic[] => {
    assert.strictEqual(r.kind, 'full', JSON.stringify(r).slice(0, 200));
    return (r as { items: Diagnostic[] }).items;
  };

  it('announces pull diagnostics only to a client that pulls and did not ask for push', () => {
    assert.deepStrictEqual(pull.initializeResult!.capabilities.diagnosticProvider, { identifier: 'planmark', interFileDependencies: false, workspaceDiagnostics: true });
    assert.strictEqual(push.initializeResult!.capabilities.diagnosticProvider, undefined);
    assert.strictEqual(asksPush.initializeResult!.capabilities.diagnosticProvider, undefined);
  });

  it('gives an open document the same findings pulled as pushed, pushes nothing to the pulling client, and answers unchanged on a second pull', async () => {
    const u = uri('county-bureau.plan');
    const text = fs.readFileSync(path.join(dir(), 'county-bureau.plan'), 'utf8');
    await Promise.all([pull, push, asksPush].map(c => c.open(u, text, 1)));
    const pushed = (await push.diagnosticsFor(u, 1)).diagnostics;
    assert.ok(pushed.length > 5, `the county plan has findings (${pushed.length})`);
    assert.deepStrictEqual((await asksPush.diagnosticsFor(u, 1)).diagnostics, pushed, 'a client that asks for push gets them pushed');
    const first = await pullDocument(u);
    assert.deepStrictEqual(full(first), pushed);
    assert.ok(first.resultId, 'a result id');
    const second = await pullDocument(u, first.resultId);
    assert.deepStrictEqual(second, { kind: 'unchanged', resultId: first.resultId });
    // The debounced lint still runs for the pulling client (the stats notification), and publishes nothing.
    await pull.waitFor(() => pull.notifications.some(n => n.method === 'planmark/stats' && (n.params as { uri: string }).uri === u), 'the stats of the lint');
    assert.deepStrictEqual(pull.publishedFor(u), []);

    // An edit that changes the findings: a full report under a new id, pushed alike.
    const lines = text.split('\n');
    const edit = { textDocument: { uri: u, version: 2 }, contentChanges: [{ text: lines.concat(['', '99.补充事项。']).join('\n') }] };
    await Promise.all([pull, push].map(c => c.conn.sendNotification('textDocument/didChange', edit)));
    const third = await pullDocument(u, first.resultId);
    assert.notStrictEqual(third.resultId, first.resultId);
    assert.deepStrictEqual(full(third), (await push.diagnosticsFor(u, 2)).diagnostics);
    assert.ok(full(third).length > pushed.length, 'the added item has problems of its own');
  });

  it('reports the closed plans in workspace/diagnostic (the slip of 科室/dept-plan.plan), as pushed, then unchanged', async () => {
    const dept = uri(path.join('科室', 'dept-plan.plan'));
    let items: WorkspaceDocumentDiagnosticReport[] = [];
    await waitUntil(async () => { items = (await pullWorkspace()).items; return items.some(i => i.uri === dept); }, 'the closed plan in the workspace report');
    const byUri = new Map(items.map(i => [i.uri, i]));
    assert.deepStrictEqual(full(byUri.get(dept)!).map(d => d.code), ['PLAN003']);
    await push.waitFor(() => push.publishedFor(dept).length > 0, 'the pushed diagnostics of the closed plan');
    assert.deepStrictEqual(full(byUri.get(dept)!), push.publishedFor(dept).at(-1)!.diagnostics, 'the same findings pushed');
    // An open document is pulled by document: the workspace report has nothing for it (or says once that it has none left).
    const open = byUri.get(uri('county-bureau.plan'));
    if (open) assert.deepStrictEqual(full(open), [], 'the open document has no workspace findings');
    for (const rel of ['plan-2024.plan', 'plan-2025.plan']) assert.ok(byUri.has(uri(rel)), `${rel} reported`);
    const again = await pullWorkspace(items.map(i => ({ uri: i.uri, value: i.resultId! })));
    assert.deepStrictEqual(again.items.map(i => i.kind), items.map(() => 'unchanged'));
    assert.deepStrictEqual(again.items.map(i => i.resultId), items.map(i => i.resultId));
    // textDocument/diagnostic for the closed plan gives the same report.
    assert.deepStrictEqual(full(await pullDocument(dept)), full(byUri.get(dept)!));
  });

  it('answers a plan opened after its workspace report in full: a workspace result id is never taken for a document one', async () => {
    const u = uri('plan-2025.plan');
    const inWorkspace = (await pullWorkspace()).items.find(i => i.uri === u)!;
    await pull.open(u, fs.readFileSync(path.join(dir(), 'plan-2025.plan'), 'utf8'), 1);
    const report = await pullDocument(u, inWorkspace.resultId);
    assert.strictEqual(report.kind, 'full');
    assert.notStrictEqual(report.resultId, inWorkspace.resultId);
    assert.deepStrictEqual(full(report), full(inWorkspace), 'the same findings as while it was closed');
  });

  it('asks the pulling client to refresh when a closed plan changes on disk, and reports the new findings', async () => {
    const rel = path.join('科室', 'dept-plan.plan');
    const dept = uri(rel);
    const before = (await pullWorkspace()).items.find(i => i.uri === dept)!;
    const refreshes = pull.diagnosticRefreshes;
    const file = path.join(dir(), rel);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('3.做好新教师入职培训', '2.做好新教师入职培训'));
    const change = { changes: [{ uri: dept, type: 2 }] };
    await Promise.all([pull, push].map(c => c.conn.sendNotification('workspace/didChangeWatchedFiles', change)));
    await pull.waitFor(() => pull.diagnosticRefreshes > refreshes, 'workspace/diagnostic/refresh');
    const after = (await pullWorkspace([{ uri: dept, value: before.resultId! }])).items.find(i => i.uri === dept)!;
    assert.notStrictEqual(after.resultId, before.resultId);
    assert.deepStrictEqual(full(after), []);
    await push.waitFor(() => push.publishedFor(dept).at(-1)!.diagnostics.length === 0, 'the pushed diagnostics cleared');
  });

  /** Polls `check` until it holds; no deadline (the runner's inactivity guard names `what` if it never does). */
  async function waitUntil(check: () => Promise<boolean>, what: string): Promise<void> {
    waitingFor(what);
    while (!(await check())) await new Promise(r => setTimeout(r, 50));
  }
});
