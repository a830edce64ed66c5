// Protocol tests: the server driven like an editor would, in-process over a pair of streams
// (most tests), and as a child process over stdio and Node IPC (a few).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, CompletionList, Diagnostic, DocumentSymbol, FoldingRange, Hover, SelectionRange } from 'vscode-languageserver-protocol';
import { parsePlan } from '../../core/parse/index';
import { itemsOf } from '../../core/model';
import { lintDocument, type Locale, type PlanDiagnostic } from '../../core/lint/index';
import { ALL_RULES } from '../../core/rules/index';
import type { ServerOptions } from '../../server/src/startServer';
import { LspTestClient, type StartOptions } from '../support/lspClient';
import { readSeeds, REPO_ROOT } from '../support/paths';
import { prng } from '../support/random';

const SEVERITY: Record<string, number> = { error: 1, warning: 2, information: 3, hint: 4 };

/** What the server should publish for `text`: the in-process lint, in LSP shape. */
function expectedDiagnostics(text: string, locale: Locale): Diagnostic[] {
  const diags: PlanDiagnostic[] = lintDocument(parsePlan(text), { locale });
  return JSON.parse(JSON.stringify(diags.map(d => ({
    range: d.range, severity: SEVERITY[d.severity], code: d.code, source: 'planmark', message: d.message,
    ...(d.data !== undefined ? { data: d.data } : {}),
  }))));
}

function normalise(diags: Diagnostic[]): Diagnostic[] {
  return JSON.parse(JSON.stringify(diags));
}

const seeds = readSeeds();
const seed003 = seeds.find(s => s.name.startsWith('003'))!;

/** Starts a server, hands it to `use`, and stops it. */
async function withClient(options: StartOptions, use: (client: LspTestClient) => Promise<void>): Promise<void> {
  const client = await LspTestClient.start(options);
  try {
    await use(client);
  } finally {
    await client.stop();
  }
}

/** Opens seed 003 as `uri`: the server publishes the in-process lint in `locale`. */
async function assertPublishesSeed003(client: LspTestClient, uri: string, locale: Locale): Promise<void> {
  await client.open(uri, seed003.text, 1);
  const published = await client.diagnosticsFor(uri, 1);
  assert.deepStrictEqual(normalise(published.diagnostics), expectedDiagnostics(seed003.text, locale));
}

describe('language server', function () {
  this.timeout(60000);
  let client: LspTestClient;
  let dir: string;
  const uriOf = (name: string) => pathToFileURL(path.join(dir, name)).toString();

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planmark-lsp-'));
    client = await LspTestClient.start({ initializationOptions: { debounceMs: 20 }, locale: 'en' });
  });

  after(async () => {
    const errors = client ? client.logs.filter(l => l.startsWith('[planmark]') && !l.includes('indexed')) : [];
    if (client) await client.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    assert.deepStrictEqual(errors, [], 'no handler errors were logged');
  });

  it('announces its capabilities', () => {
    const caps = client.initializeResult!.capabilities;
    assert.deepStrictEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    assert.ok(caps.documentSymbolProvider);
    assert.ok(caps.foldingRangeProvider);
    assert.ok(caps.selectionRangeProvider);
    assert.ok(caps.hoverProvider);
    assert.deepStrictEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix'] });
    assert.deepStrictEqual(caps.completionProvider?.triggerCharacters, ['、', ',', '\uFF0C', ':', '\uFF1A']);
  });

  for (const seed of seeds) {
    it(`publishes the in-process diagnostics for seed ${seed.name} on open`, async () => {
      const uri = uriOf(`open-${seed.name}.plan`);
      await client.open(uri, seed.text, 1);
      const published = await client.diagnosticsFor(uri, 1);
      assert.deepStrictEqual(normalise(published.diagnostics), expectedDiagnostics(seed.text, 'en'));
      for (const d of published.diagnostics) {
        assert.strictEqual(d.source, 'planmark');
        assert.ok(typeof d.code === 'string' && d.code.length > 0);
      }
    });
  }

  it('reports problems in seed 003 (web noise, masked text, the empty 责任股室 of item 26)', async function () {
    if (!ALL_RULES.length) this.skip(); // no rules registered yet
    const uri = uriOf('open-' + seed003.name + '.plan');
    const published = await client.diagnosticsFor(uri, 1);
    assert.ok(published.diagnostics.length > 0, 'seed 003 has problems');
    const item26 = itemsOf(parsePlan(seed003.text))[25];
    const empty = item26.blocks.find(b => b.blockKind === 'responsible')!;
    const emptyBlockRule = ALL_RULES.find(r => r.name === 'empty-block');
    if (emptyBlockRule) {
      assert.ok(published.diagnostics.some(d => d.code === emptyBlockRule.id && d.range.start.line === empty.range.start.line),
        `${emptyBlockRule.id} on line ${empty.range.start.line + 1}`);
    }
    for (const name of ['web-noise', 'masked-text']) {
      const rule = ALL_RULES.find(r => r.name === name);
      if (rule) assert.ok(published.diagnostics.some(d => d.code === rule.id), `${rule.id} ${name}`);
    }
  });

  it('outlines seed 003: 6 sections with 26 items', async () => {
    const uri = uriOf('symbols-003.plan');
    await client.open(uri, seed003.text, 1);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const sections = symbols.filter(s => s.kind === 3);
    assert.strictEqual(sections.length, 6);
    assert.ok(sections[0].name.startsWith('一、'), sections[0].name);
    const items = sections.flatMap(s => s.children ?? []).filter(c => c.kind === 12);
    assert.strictEqual(items.length, 26);
    assert.ok(items[0].name.startsWith('1. '), items[0].name);
    assert.strictEqual(items[0].detail, '秘书股');
    const blocks = (items[0].children ?? []).map(b => b.name);
    assert.deepStrictEqual(blocks, ['目标任务', '工作措施', '责任股室(单位)']);
  });

  it('folds sections and items, and answers selection ranges', async () => {
    const uri = uriOf('symbols-003.plan');
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    const doc = parsePlan(seed003.text);
    const item1 = itemsOf(doc)[0];
    assert.ok(folds.some(f => f.startLine === item1.range.start.line && f.endLine === item1.range.end.line));
    const pos = { line: item1.range.start.line, character: 4 };
    const [sel] = await client.request<SelectionRange[]>('textDocument/selectionRange', { textDocument: { uri }, positions: [pos] });
    let depth = 0;
    for (let s: SelectionRange | undefined = sel; s; s = s.parent) depth++;
    assert.ok(depth >= 4, `selection chain depth ${depth}`);
  });

  it('completes unit names inside a 责任股室 line of seed 003', async () => {
    const uri = uriOf('completion-003.plan');
    const lines = seed003.text.split('\n');
    // Item 26's 责任股室 is empty: complete after its colon.
    const doc = parsePlan(seed003.text);
    const block = itemsOf(doc)[25].blocks.find(b => b.blockKind === 'responsible')!;
    const line = block.range.start.line;
    await client.open(uri, seed003.text, 1);
    const list = await client.request<CompletionList>('textDocument/completion', {
      textDocument: { uri }, position: { line, character: lines[line].replace(/\r$/, '').length },
    });
    const labels = list.items.map(i => i.label);
    assert.ok(labels.includes('人事股'), labels.slice(0, 20).join(' '));
    const top = list.items.slice().sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''))[0];
    assert.strictEqual(top.label, '各乡镇中心校');
    assert.match(String(top.detail), /leads 0 · joins \d+/);
  });

  it('completes after typing 、 in an incremental edit', async () => {
    const uri = uriOf('completion-edit.plan');
    const text = '一、总体\n1.事项一。\n目标任务:做好。\n责任股室:人事股、秘书股\n2.事项二。\n责任股室:人事股\n';
    await client.open(uri, text, 1);
    // Type `、` at the end of line 5 (incremental change).
    await client.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 5, character: 8 }, end: { line: 5, character: 8 } }, text: '、' }],
    });
    const list = await client.request<CompletionList>('textDocument/completion', {
      textDocument: { uri }, position: { line: 5, character: 9 }, context: { triggerKind: 2, triggerCharacter: '、' },
    });
    const labels = list.items.map(i => i.label);
    assert.ok(labels.includes('秘书股'), labels.join(' '));
    assert.ok(!labels.includes('人事股'), 'units already in the list are not offered again');
  });

  it('hovers a unit and an item number', async () => {
    const uri = uriOf('symbols-003.plan');
    const doc = parsePlan(seed003.text);
    const item1 = itemsOf(doc)[0];
    const unit = item1.units.find(u => u.name === '人事股')!;
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: unit.range.start });
    const value = (h.contents as { value: string }).value;
    assert.match(value, /\*\*人事股\*\*/);
    assert.match(value, /Leads 1 · joins 9/);
    assert.match(value, /16\. 建设高素质教师队伍/);
    const h2 = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: item1.numberRange.start });
    assert.match((h2.contents as { value: string }).value, /秘书股\(lead\)/);
  });

  it('offers quick fixes that apply the suggested replacement', async () => {
    const uri = uriOf('quickfix.plan');
    const text = '---\n文号:县教[2021]12号\n---\n一、总体\n1.推进\n目标任务:完成。\n工作措施:落实。\n责任股室:人是股、、办公室\n';
    await client.open(uri, text);
    const published = await client.diagnosticsFor(uri, 1);
    const actions = await client.request<{ title: string; kind: string; diagnostics: Diagnostic[]; edit: { changes: Record<string, { range: Diagnostic['range']; newText: string }[]> } }[]>(
      'textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 8, character: 0 } }, context: { diagnostics: published.diagnostics } });
    const byCode = (code: string) => actions.find(a => a.diagnostics[0].code === code)!;
    const lines = text.split('\n');
    const apply = (a: typeof actions[number]) => {
      const [edit] = a.edit.changes[uri];
      const line = lines[edit.range.start.line];
      return line.slice(0, edit.range.start.character) + edit.newText + line.slice(edit.range.end.character);
    };
    assert.equal(byCode('PLAN012').title, 'Replace with 人事股');
    assert.equal(apply(byCode('PLAN012')), '责任股室:人事股、、办公室');
    assert.equal(byCode('PLAN014').title, 'Remove the extra separator');
    assert.equal(apply(byCode('PLAN014')), '责任股室:人是股、办公室');
    assert.equal(apply(byCode('PLAN021')), '文号:县教\u30142021\u301512号');
    assert.ok(actions.every(a => a.kind === 'quickfix'));
  });

  it('answers planmark/stats', async () => {
    const uri = uriOf('symbols-003.plan');
    const stats = await client.request<{ parts: number; sections: number; items: number; problems: number }>('planmark/stats', { uri });
    assert.strictEqual(stats.sections, 6);
    assert.strictEqual(stats.items, 26);
    assert.strictEqual(stats.problems, expectedDiagnostics(seed003.text, 'en').length);
    assert.ok(client.notifications.some(n => n.method === 'planmark/stats'), 'a stats notification follows each lint');
  });

  it('never crashes on bad requests', async () => {
    const r = await client.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///nowhere.plan' } });
    assert.strictEqual(r, null);
    const c = await client.request('textDocument/completion', { textDocument: { uri: uriOf('symbols-003.plan') }, position: { line: 99999, character: 5 } });
    assert.ok(c === null || Array.isArray((c as CompletionList).items));
    const h = await client.request('textDocument/hover', { textDocument: { uri: uriOf('symbols-003.plan') }, position: { line: -1, character: -1 } });
    assert.strictEqual(h, null);
    // Edits that make no sense are absorbed too.
    const uri = uriOf('bad-edits.plan');
    await client.open(uri, '一、甲\n1.事项。\n', 1);
    await client.diagnosticsFor(uri, 1);
    await client.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 99, character: 5 }, end: { line: 120, character: 0 } }, text: '责任股室:' }],
    });
    await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///never-opened.plan', version: 7 }, contentChanges: [{ text: 'x' }] });
    await client.diagnosticsFor(uri, 2);
    // Still alive.
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uriOf('symbols-003.plan') } });
    assert.ok(symbols.length > 0);
  });

  it('after 200 rapid random incremental edits, the last diagnostics match a fresh lint of the final text', async () => {
    const uri = uriOf('rapid-003.plan');
    const random = prng(20260523);
    let local = TextDocument.create(uri, 'plan', 1, seed003.text);
    await client.open(uri, seed003.text, 1);
    await client.diagnosticsFor(uri, 1);
    const alphabet = ['、', ',', '。', '\n', '1', '2', '.', ':', '人', '事', '股', '一', '、', ' ', '责任股室:', '目标任务:', '***', 'XX年', '('];
    const sends: Promise<void>[] = [];
    let version = 1;
    for (let i = 0; i < 200; i++) {
      const length = local.getText().length;
      const at = Math.floor(random() * (length + 1));
      let change: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string };
      if (random() < 0.5 && length > 0) {
        const end = Math.min(length, at + 1 + Math.floor(random() * 4));
        change = { range: { start: local.positionAt(at), end: local.positionAt(end) }, text: '' };
      } else {
        const text = alphabet[Math.floor(random() * alphabet.length)];
        change = { range: { start: local.positionAt(at), end: local.positionAt(at) }, text };
      }
      version++;
      local = TextDocument.update(local, [change], version);
      sends.push(client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] }));
      // Mostly back to back; every 50 edits, wait for that version's lint, so that
      // intermediate lints run while older ones may still be pending.
      if (i % 50 === 49) await client.diagnosticsFor(uri, version, 20000);
    }
    await Promise.all(sends);
    const final = await client.diagnosticsFor(uri, version, 20000);
    // A stale lint already under way would be published before the reply to a later request.
    await client.request('planmark/stats', { uri });
    const all = client.publishedFor(uri);
    const versions = all.map(p => p.version ?? -1);
    for (let i = 1; i < versions.length; i++) assert.ok(versions[i] >= versions[i - 1], `published versions go back: ${versions.join(',')}`);
    assert.strictEqual(versions[versions.length - 1], version, 'the last publish is for the final version');
    if (process.env.PLANMARK_DEBUG) console.log("publishes", versions.join(","), "final diags", final.diagnostics.length);
    assert.ok(all.length < 200, `debounced: ${all.length} publishes for 200 edits`);
    assert.deepStrictEqual(normalise(final.diagnostics), expectedDiagnostics(local.getText(), 'en'));
    // The server's text is the same as ours.
    const stats = await client.request<{ items: number }>('planmark/stats', { uri });
    assert.strictEqual(stats.items, itemsOf(parsePlan(local.getText())).length);
  });

  it('clears diagnostics on close', async () => {
    const uri = uriOf('rapid-003.plan');
    const before = client.publishedFor(uri).length;
    await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await client.waitFor(() => client.publishedFor(uri).length > before, 5000, 'clearing publish');
    const last = client.publishedFor(uri).pop()!;
    assert.deepStrictEqual(last.diagnostics, []);
  });
});

describe('language server locale and configuration', function () {
  this.timeout(60000);
  let dir: string;

  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planmark-lsp-cfg-')); });
  after(() => { if (dir) fs.rmSync(dir, { recursive: true, force: true }); });

  it('reads planmark.* settings via workspace/configuration and re-lints on didChangeConfiguration', async () => {
    const codes = [...new Set(lintDocument(parsePlan(seed003.text), { locale: 'zh-cn' }).map(d => d.code))];
    if (!codes.length) return; // no rules registered yet
    const settings: { value: Record<string, unknown> | null } = { value: { rules: { [codes[0]]: 'off' } } };
    const client = await LspTestClient.start({
      initializationOptions: { debounceMs: 10 }, settings,
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    try {
      const uri = pathToFileURL(path.join(dir, 'settings.plan')).toString();
      await client.open(uri, seed003.text, 1);
      const first = await client.diagnosticsFor(uri, 1);
      assert.ok(!first.diagnostics.some(d => d.code === codes[0]), `${codes[0]} is off by the setting`);
      const count = client.publishedFor(uri).length;
      settings.value = { rules: {} };
      await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await client.waitFor(() => client.publishedFor(uri).length > count, 5000, 're-lint after a settings change');
      const again = client.publishedFor(uri).pop()!;
      assert.deepStrictEqual(normalise(again.diagnostics), expectedDiagnostics(seed003.text, 'en'));
    } finally {
      await client.stop();
    }
  });

  it('takes initial settings from initializationOptions.settings and later ones from didChangeConfiguration', async () => {
    const codes = [...new Set(lintDocument(parsePlan(seed003.text), { locale: 'zh-cn' }).map(d => d.code))];
    if (!codes.length) return; // no rules registered yet
    const client = await LspTestClient.start({ initializationOptions: { debounceMs: 10, settings: { rules: { [codes[0]]: 'off' } } } });
    try {
      const uri = pathToFileURL(path.join(dir, 'init-settings.plan')).toString();
      await client.open(uri, seed003.text, 1);
      const first = await client.diagnosticsFor(uri, 1);
      assert.ok(!first.diagnostics.some(d => d.code === codes[0]));
      const count = client.publishedFor(uri).length;
      await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: { planmark: { rules: {}, locale: 'zh-cn' } } });
      await client.waitFor(() => client.publishedFor(uri).length > count, 5000, 're-lint');
      const again = client.publishedFor(uri).pop()!;
      assert.deepStrictEqual(normalise(again.diagnostics), expectedDiagnostics(seed003.text, 'zh-cn'), 'rules back on, messages in planmark.locale');
    } finally {
      await client.stop();
    }
  });

  /** Starts a server on the folder `ws`, waits for its scan of `files` files, and completes a unit list in a new document there. */
  async function completeUnitsIn(ws: string, files: number, server?: ServerOptions): Promise<CompletionItem[]> {
    const client = await LspTestClient.start({
      initializationOptions: { debounceMs: 10 }, server,
      workspaceFolders: [{ uri: pathToFileURL(ws).toString(), name: 'ws' }],
    });
    try {
      await client.waitFor(() => client.logs.some(l => l.includes(`indexed ${files} .plan file`)), 5000, 'the workspace scan');
      const uri = pathToFileURL(path.join(ws, 'open.plan')).toString();
      await client.open(uri, '一、乙\n1.事项。\n责任单位:人事股、\n', 1);
      const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 9 } });
      return list.items;
    } finally {
      await client.stop();
    }
  }

  it('counts unit usage in the workspace folders for completion', async () => {
    const ws = path.join(dir, 'ws');
    fs.mkdirSync(path.join(ws, 'sub'), { recursive: true });
    fs.writeFileSync(path.join(ws, 'sub', 'other.plan'), '一、甲\n1.事项。\n责任单位:审计股、人事股\n2.事项。\n责任单位:审计股\n');
    const items = await completeUnitsIn(ws, 1);
    const audit = items.find(i => i.label === '审计股');
    assert.ok(audit, items.map(i => i.label).join(' '));
    assert.match(String(audit!.detail), /workspace: leads 2 · joins 0/);
  });

  it('leaves workspace files over the scan size limit (startServer options) out of the usage', async () => {
    const ws = path.join(dir, 'ws-limit');
    fs.mkdirSync(ws, { recursive: true });
    const small = '一、甲\n1.事项。\n责任单位:审计股\n';
    fs.writeFileSync(path.join(ws, 'small.plan'), small);
    fs.writeFileSync(path.join(ws, 'large.plan'), small + '2.事项。\n责任单位:审计股\n3.事项。\n责任单位:审计股\n');
    const items = await completeUnitsIn(ws, 2, { scan: { maxFiles: 10, maxDirs: 10, maxFileBytes: Buffer.byteLength(small) } });
    assert.match(String(items.find(i => i.label === '审计股')?.detail), /workspace: leads 1 · joins 0/, 'only small.plan counts');
  });

  it('publishes Chinese messages for a zh-cn client', () =>
    withClient({ initializationOptions: { debounceMs: 10 }, locale: 'zh-CN' }, client =>
      assertPublishesSeed003(client, pathToFileURL(path.join(dir, 'zh.plan')).toString(), 'zh-cn')));

  it('applies .planmark.json next to the document and reports its errors', async () => {
    const sub = path.join(dir, 'proj');
    fs.mkdirSync(sub, { recursive: true });
    const offAll: Record<string, string> = {};
    for (const d of lintDocument(parsePlan(seed003.text), { locale: 'zh-cn' })) offAll[d.code] = 'off';
    fs.writeFileSync(path.join(sub, '.planmark.json'), JSON.stringify({ rules: offAll }, null, 2));
    const client = await LspTestClient.start({ initializationOptions: { debounceMs: 10 }, locale: 'en' });
    try {
      const uri = pathToFileURL(path.join(sub, 'cfg.plan')).toString();
      await client.open(uri, seed003.text, 1);
      const published = await client.diagnosticsFor(uri, 1);
      assert.deepStrictEqual(published.diagnostics, [], 'every rule that fired is off');
      // Break the file and tell the server: the config file gets a diagnostic.
      fs.writeFileSync(path.join(sub, '.planmark.json'), '{ "rules": { "PLAN001": "loud" } }');
      const cfgUri = pathToFileURL(path.join(sub, '.planmark.json')).toString();
      await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: cfgUri, type: 2 }] });
      await client.waitFor(() => client.published.some(p => p.uri === cfgUri && p.diagnostics.length > 0), 5000, 'config diagnostics');
      const cfg = client.published.find(p => p.uri === cfgUri)!;
      assert.match(cfg.diagnostics[0].message, /PLAN001/);
      assert.strictEqual(cfg.diagnostics[0].range.start.line, 0);
    } finally {
      await client.stop();
    }
  });
});

describe('language server as a child process', function () {
  this.timeout(60000);
  let dir: string;

  before(() => {
    assert.ok(fs.existsSync(path.join(REPO_ROOT, 'out', 'server', 'src', 'server.js')), 'compile first');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planmark-lsp-proc-'));
  });
  after(() => { if (dir) fs.rmSync(dir, { recursive: true, force: true }); });

  it('starts through bin/planmark-language-server.js --stdio, with Chinese messages from the l10n bundle', () =>
    withClient({ transport: 'stdio', entry: path.join(REPO_ROOT, 'bin', 'planmark-language-server.js'), initializationOptions: { debounceMs: 10 }, locale: 'zh-CN' }, async client => {
      assert.equal(client.initializeResult!.serverInfo?.name, 'planmark-language-server');
      await assertPublishesSeed003(client, pathToFileURL(path.join(dir, 'bin.plan')).toString(), 'zh-cn');
    }));

  it('works over Node IPC (--node-ipc)', () =>
    withClient({ transport: 'ipc', initializationOptions: { debounceMs: 10 } }, client =>
      assertPublishesSeed003(client, pathToFileURL(path.join(dir, 'ipc.plan')).toString(), 'en')));

  it('stays responsive on a ~1 MB document under rapid edits', async () => {
    const copies: string[] = [];
    let size = 0;
    for (let n = 0; size < 1_000_000; n++) {
      const copy = seed003.text.replace(/(^|\n)(\d+)\./g, (_m, a: string, b: string) => `${a}${Number(b) + 26 * n}.`);
      copies.push(copy);
      size += copy.length + 1;
    }
    const big = copies.join('\n');
    const client = await LspTestClient.start({ transport: 'stdio', initializationOptions: { debounceMs: 50 } });
    try {
      const uri = pathToFileURL(path.join(dir, 'big.plan')).toString();
      let local = TextDocument.create(uri, 'plan', 1, big);
      const opened = Date.now();
      await client.open(uri, big, 1);
      await client.diagnosticsFor(uri, 1, 30000);
      const openMs = Date.now() - opened;
      const started = Date.now();
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
      const final = await client.diagnosticsFor(uri, version, 30000);
      const editMs = Date.now() - started;
      const publishes = client.publishedFor(uri).length;
      assert.ok(publishes <= 10, `debounced: ${publishes} publishes for 50 edits`);
      assert.ok(editMs < 20000, `50 edits took ${editMs} ms`);
      if (process.env.PLANMARK_DEBUG) console.log(`open ${openMs} ms, 50 edits → final diagnostics ${editMs} ms, ${publishes} publishes`);
      assert.deepStrictEqual(normalise(final.diagnostics), expectedDiagnostics(local.getText(), 'en'));
    } finally {
      await client.stop();
    }
  });
});
