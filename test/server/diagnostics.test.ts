// Diagnostics over the protocol, the server driven like an editor would, in-process over a
// pair of streams: what is published on open (the in-process lint, exactly), after a burst of
// incremental edits (debounced, versions in order, the last one right), on close, and that
// nonsense requests and edits do not bring it down. Every test opens its own documents.
import * as assert from 'assert';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionList, DocumentSymbol } from 'vscode-languageserver-protocol';
import { parsePlan } from '../../core/parse';
import { itemsOf } from '../../core/model';
import { expectedDiagnostics, normalise } from '../support/diagnostics';
import { PLAN_FIXTURES, readPlan } from '../support/fixtures';
import { LspTestClient } from '../support/lspClient';
import { prng } from '../support/random';
import { describeSeeds, readSeed, SEED_NUMBERS } from '../support/seeds';
import { tempDirPerSuite } from '../support/tmp';

/** A suite with one server, started before its tests; handler errors logged by it fail the suite. */
function sharedServer(): { client: () => LspTestClient; uriOf: (name: string) => string } {
  const dir = tempDirPerSuite('planmark-lsp');
  let client: LspTestClient | undefined;
  before(async () => { client = await LspTestClient.start({ initializationOptions: { debounceMs: 20 }, locale: 'en' }); });
  after(async () => {
    const errors = client ? client.logs.filter(l => l.startsWith('[planmark]') && !l.includes('indexed')) : [];
    if (client) await client.stop();
    assert.deepStrictEqual(errors, [], 'no handler errors were logged');
  });
  return { client: () => client!, uriOf: name => pathToFileURL(path.join(dir(), name)).toString() };
}

/** Opens `text` as `uri`: the server publishes exactly the in-process lint, from source planmark. */
async function assertPublishesLint(client: LspTestClient, uri: string, text: string): Promise<void> {
  await client.open(uri, text, 1);
  const published = await client.diagnosticsFor(uri, 1);
  assert.deepStrictEqual(normalise(published.diagnostics), expectedDiagnostics(text, 'en'));
  for (const d of published.diagnostics) {
    assert.strictEqual(d.source, 'planmark');
    assert.ok(typeof d.code === 'string' && d.code.length > 0);
  }
}

/** PLAN009 on the last item's empty 责任股室, and web noise (PLAN018) and masked text (PLAN019). */
async function assertReportsProblems(client: LspTestClient, uri: string, text: string): Promise<void> {
  await client.open(uri, text, 1);
  const published = await client.diagnosticsFor(uri, 1);
  assert.ok(published.diagnostics.length > 0, 'the document has problems');
  const empty = itemsOf(parsePlan(text)).at(-1)!.blocks.find(b => b.blockKind === 'responsible')!;
  assert.ok(published.diagnostics.some(d => d.code === 'PLAN009' && d.range.start.line === empty.range.start.line), `PLAN009 on line ${empty.range.start.line + 1}`);
  assert.ok(published.diagnostics.some(d => d.code === 'PLAN018'), 'PLAN018 web-noise');
  assert.ok(published.diagnostics.some(d => d.code === 'PLAN019'), 'PLAN019 masked-text');
}

describe('language server: diagnostics', function () {
  const { client, uriOf } = sharedServer();

  it('announces its capabilities', () => {
    const caps = client().initializeResult!.capabilities;
    assert.deepStrictEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    assert.ok(caps.documentSymbolProvider);
    assert.ok(caps.foldingRangeProvider);
    assert.ok(caps.selectionRangeProvider);
    assert.ok(caps.hoverProvider);
    assert.deepStrictEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.planmark'] });
    assert.ok(caps.documentFormattingProvider);
    assert.ok(caps.documentRangeFormattingProvider);
    assert.deepStrictEqual(caps.completionProvider?.triggerCharacters, ['、', ',', '\uFF0C', ':', '\uFF1A']);
  });

  for (const name of PLAN_FIXTURES) {
    it(`publishes the in-process diagnostics for ${name}.plan on open`, () =>
      assertPublishesLint(client(), uriOf(`open-${name}.plan`), readPlan(name)));
  }

  it('reports problems in the county plan (web noise, masked text, the empty 责任股室 of item 11)', () =>
    assertReportsProblems(client(), uriOf('problems-county.plan'), readPlan('county-bureau')));

  it('never crashes on bad requests', async () => {
    const uri = uriOf('bad-requests.plan');
    await client().open(uri, readPlan('county-bureau'), 1);
    await client().diagnosticsFor(uri, 1);
    const r = await client().request('textDocument/documentSymbol', { textDocument: { uri: 'file:///nowhere.plan' } });
    assert.strictEqual(r, null);
    const c = await client().request('textDocument/completion', { textDocument: { uri }, position: { line: 99999, character: 5 } });
    assert.ok(c === null || Array.isArray((c as CompletionList).items));
    const h = await client().request('textDocument/hover', { textDocument: { uri }, position: { line: -1, character: -1 } });
    assert.strictEqual(h, null);
    // Edits that make no sense are absorbed too.
    const edited = uriOf('bad-edits.plan');
    await client().open(edited, '一、甲\n1.事项。\n', 1);
    await client().diagnosticsFor(edited, 1);
    await client().conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: edited, version: 2 },
      contentChanges: [{ range: { start: { line: 99, character: 5 }, end: { line: 120, character: 0 } }, text: '责任股室:' }],
    });
    await client().conn.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///never-opened.plan', version: 7 }, contentChanges: [{ text: 'x' }] });
    await client().diagnosticsFor(edited, 2);
    // Still alive.
    const symbols = await client().request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.length > 0);
  });

  it('after 200 rapid random incremental edits, the last diagnostics match a fresh lint of the final text', async () => {
    const uri = uriOf('rapid-county.plan');
    const start = readPlan('county-bureau');
    const random = prng(20260523);
    let local = TextDocument.create(uri, 'plan', 1, start);
    await client().open(uri, start, 1);
    await client().diagnosticsFor(uri, 1);
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
      sends.push(client().conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] }));
      // Mostly back to back; every 50 edits, wait for that version's lint, so that
      // intermediate lints run while older ones may still be pending.
      if (i % 50 === 49) await client().diagnosticsFor(uri, version);
    }
    await Promise.all(sends);
    const final = await client().diagnosticsFor(uri, version);
    // A stale lint already under way would be published before the reply to a later request.
    await client().request('planmark/stats', { uri });
    const all = client().publishedFor(uri);
    const versions = all.map(p => p.version ?? -1);
    for (let i = 1; i < versions.length; i++) assert.ok(versions[i] >= versions[i - 1], `published versions go back: ${versions.join(',')}`);
    assert.strictEqual(versions[versions.length - 1], version, 'the last publish is for the final version');
    assert.ok(all.length < 200, `debounced: ${all.length} publishes for 200 edits`);
    assert.deepStrictEqual(normalise(final.diagnostics), expectedDiagnostics(local.getText(), 'en'));
    // The server's text is the same as ours.
    const stats = await client().request<{ items: number }>('planmark/stats', { uri });
    assert.strictEqual(stats.items, itemsOf(parsePlan(local.getText())).length);
  });

  it('clears diagnostics on close', async () => {
    const uri = uriOf('close-county.plan');
    await client().open(uri, readPlan('county-bureau'), 1);
    const opened = await client().diagnosticsFor(uri, 1);
    assert.ok(opened.diagnostics.length > 0, 'the county plan has problems to clear');
    const before = client().publishedFor(uri).length;
    await client().conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await client().waitFor(() => client().publishedFor(uri).length > before, 'clearing publish');
    const last = client().publishedFor(uri).pop()!;
    assert.deepStrictEqual(last.diagnostics, []);
  });
});

describeSeeds('language server: diagnostics of the raw seeds', function () {
  const { client, uriOf } = sharedServer();

  for (const n of SEED_NUMBERS) {
    it(`publishes the in-process diagnostics for seed ${n} on open`, () =>
      assertPublishesLint(client(), uriOf(`open-seed-${n}.plan`), readSeed(n)));
  }

  it('reports problems in seed 003 (web noise, masked text, the empty 责任股室 of item 26)', () =>
    assertReportsProblems(client(), uriOf('problems-seed-003.plan'), readSeed(3)));
});
