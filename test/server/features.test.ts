// The editor features over the protocol (in-process server): document symbols, folding and
// selection ranges, completion (also after an incremental edit), hover, quick fixes and the
// planmark/stats request. Every test opens its own document under its own URI.
import * as assert from 'assert';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { CompletionList, Diagnostic, DocumentSymbol, FoldingRange, Hover, SelectionRange } from 'vscode-languageserver-protocol';
import { parsePlan } from '../../core/parse';
import { itemsOf } from '../../core/model';
import { expectedDiagnostics } from '../support/diagnostics';
import { readPlan } from '../support/fixtures';
import { LspTestClient } from '../support/lspClient';
import { tempDirPerSuite } from '../support/tmp';

describe('language server: features', function () {
  const dir = tempDirPerSuite('planmark-lsp-features');
  let client: LspTestClient;
  const county = readPlan('county-bureau');
  const uriOf = (name: string) => pathToFileURL(path.join(dir(), name)).toString();
  /** Opens `text` (the county plan by default) as a new document and waits for its first lint. */
  async function open(name: string, text = county): Promise<string> {
    const uri = uriOf(name);
    await client.open(uri, text, 1);
    await client.diagnosticsFor(uri, 1);
    return uri;
  }

  // As the VS Code client does, this client says it runs planmark.revealAfterEdit itself.
  before(async () => { client = await LspTestClient.start({ initializationOptions: { debounceMs: 20, clientCommands: ['planmark.revealAfterEdit'] }, locale: 'en' }); });
  after(async () => {
    const errors = client ? client.logs.filter(l => l.startsWith('[planmark]') && !l.includes('indexed')) : [];
    if (client) await client.stop();
    assert.deepStrictEqual(errors, [], 'no handler errors were logged');
  });

  it('outlines the county plan: 4 sections with 11 items', async () => {
    const uri = await open('symbols.plan');
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const sections = symbols.filter(s => s.kind === 3);
    assert.strictEqual(sections.length, 4);
    assert.ok(sections[0].name.startsWith('一、'), sections[0].name);
    const items = sections.flatMap(s => s.children ?? []).filter(c => c.kind === 12);
    assert.strictEqual(items.length, 11);
    assert.ok(items[0].name.startsWith('1. '), items[0].name);
    assert.strictEqual(items[0].detail, '秘书股');
    const blocks = (items[0].children ?? []).map(b => b.name);
    assert.deepStrictEqual(blocks, ['目标任务', '工作措施', '责任股室(单位)']);
  });

  it('folds sections and items, and answers selection ranges', async () => {
    const uri = await open('folding.plan');
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    const item1 = itemsOf(parsePlan(county))[0];
    assert.ok(folds.some(f => f.startLine === item1.range.start.line && f.endLine === item1.range.end.line));
    const pos = { line: item1.range.start.line, character: 4 };
    const [sel] = await client.request<SelectionRange[]>('textDocument/selectionRange', { textDocument: { uri }, positions: [pos] });
    let depth = 0;
    for (let s: SelectionRange | undefined = sel; s; s = s.parent) depth++;
    assert.ok(depth >= 4, `selection chain depth ${depth}`);
  });

  it('completes unit names in the empty 责任股室 line of the county plan, most used first', async () => {
    const uri = await open('completion.plan');
    const lines = county.split('\n');
    // Item 11's 责任股室 is empty: complete after its colon.
    const block = itemsOf(parsePlan(county))[10].blocks.find(b => b.blockKind === 'responsible')!;
    const line = block.range.start.line;
    const list = await client.request<CompletionList>('textDocument/completion', {
      textDocument: { uri }, position: { line, character: lines[line].replace(/\r$/, '').length },
    });
    const labels = list.items.map(i => i.label);
    assert.ok(labels.includes('人事股'), labels.slice(0, 20).join(' '));
    const top = list.items.slice().sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''))[0];
    assert.strictEqual(top.label, '各乡镇中心校');
    assert.match(String(top.detail), /leads 0 · joins 9/);
  });

  it('completes after typing 、 in an incremental edit', async () => {
    const uri = await open('completion-edit.plan', '一、总体\n1.事项一。\n目标任务:做好。\n责任股室:人事股、秘书股\n2.事项二。\n责任股室:人事股\n');
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
    const uri = await open('hover.plan');
    const item1 = itemsOf(parsePlan(county))[0];
    const unit = item1.units.find(u => u.name === '人事股')!;
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: unit.range.start });
    const value = (h.contents as { value: string }).value;
    assert.match(value, /\*\*人事股\*\*/);
    assert.match(value, /Leads 1 · joins 1/);
    assert.match(value, /6\. 锻造高素质专业化教师队伍/);
    const h2 = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: item1.numberRange.start });
    assert.match((h2.contents as { value: string }).value, /秘书股\(lead\)/);
  });

  it('offers quick fixes that apply the suggested replacement', async () => {
    const text = '---\n文号:县教[2021]12号\n---\n一、总体\n1.推进\n目标任务:完成。\n工作措施:落实。\n责任股室:人是股、、办公室\n';
    const uri = uriOf('quickfix.plan');
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

  it('links each diagnostic code to its rule, offers disable and turn-off actions, fix-all and formatting', async () => {
    const text = '某县2021年工作要点\n一、甲,乙\n1.推进\n3.落实\n';
    const uri = uriOf('fixall.plan');
    await client.open(uri, text);
    const published = await client.diagnosticsFor(uri, 1);
    const plan003 = published.diagnostics.find(d => d.code === 'PLAN003')!;
    assert.match(plan003.codeDescription!.href, /docs\/rules\.md#plan003$/);
    type Action = { title: string; kind: string; isPreferred?: boolean; edit: { changes?: Record<string, { range: Diagnostic['range']; newText: string }[]>; documentChanges?: unknown[] } };
    const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: plan003.range, context: { diagnostics: [plan003] } });
    assert.deepEqual(actions.map(a => [a.title, !!a.isPreferred]), [
      ['Renumber from here to the end of the run', true], ['Disable PLAN003 for this line', false], ['Turn PLAN003 off in .planmark.json', false]]);
    assert.deepEqual(actions[0].edit.changes![uri], [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 1 } }, newText: '2' }]);
    assert.ok(actions[2].edit.documentChanges, 'the config change creates or edits .planmark.json');
    const fixAll = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: plan003.range, context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.deepEqual(fixAll.map(a => a.kind), ['source.fixAll.planmark']);
    assert.deepEqual(fixAll[0].edit.changes![uri], [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 1 } }, newText: '2' }]);
    const formatted = await client.request<{ range: Diagnostic['range']; newText: string }[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    assert.deepEqual(formatted, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } }, newText: '一、甲，乙' }]);
  });

  it('gives the missing-block fix the command that puts the cursor after the inserted label', async () => {
    const item = (n: number) => `${n}.条目${n}\n目标任务：完成。\n工作措施：落实。\n责任股室（单位）：人事股。\n`;
    const text = `一、甲\n${item(1)}${item(2)}3.条目3\n目标任务：完成。\n责任股室（单位）：人事股。\n`;
    const uri = uriOf('cursor.plan');
    await client.open(uri, text);
    const published = await client.diagnosticsFor(uri, 1);
    const plan008 = published.diagnostics.find(d => d.code === 'PLAN008');
    assert.ok(plan008, `PLAN008 on item 3: ${published.diagnostics.map(d => d.code).join(' ')}`);
    type Action = { title: string; isPreferred?: boolean; command?: { command: string; arguments: unknown[] }; edit: { changes: Record<string, { range: Diagnostic['range']; newText: string }[]> } };
    const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: plan008.range, context: { diagnostics: [plan008] } });
    const add = actions.find(a => a.title === 'Add “工作措施”');
    assert.ok(add, `actions: ${actions.map(a => a.title).join(' | ')}`);
    assert.deepEqual(add.edit.changes[uri], [{ range: { start: { line: 11, character: 0 }, end: { line: 11, character: 0 } }, newText: '工作措施：\n' }]);
    assert.deepEqual(add.command && { command: add.command.command, arguments: add.command.arguments },
      { command: 'planmark.revealAfterEdit', arguments: [uri, { line: 11, character: '工作措施：'.length }] });
    // The escape hatches move nothing.
    assert.ok(actions.filter(a => a !== add).every(a => !a.command), 'only the insertion carries the cursor command');
    // A client that does not name the command gets the edit alone (it would send the command back to the server).
    const plain = await LspTestClient.start({ initializationOptions: { debounceMs: 20 }, locale: 'en' });
    try {
      await plain.open(uri, text);
      const found = (await plain.diagnosticsFor(uri, 1)).diagnostics.find(d => d.code === 'PLAN008')!;
      const bare = await plain.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: found.range, context: { diagnostics: [found] } });
      const addBare = bare.find(a => a.title === 'Add “工作措施”');
      assert.ok(addBare && !addBare.command, 'no command for a client that does not run it');
      assert.deepEqual(addBare.edit.changes[uri], add.edit.changes[uri]);
    } finally {
      await plain.stop();
    }
  });

  it('answers planmark/stats, and sends a stats notification after each lint', async () => {
    const uri = await open('stats.plan');
    const stats = await client.request<{ parts: number; sections: number; items: number; problems: number }>('planmark/stats', { uri });
    assert.strictEqual(stats.sections, 4);
    assert.strictEqual(stats.items, 11);
    assert.strictEqual(stats.problems, expectedDiagnostics(county, 'en').length);
    const notified = () => client.notifications.find(n => n.method === 'planmark/stats' && (n.params as { uri: string }).uri === uri);
    await client.waitFor(() => !!notified(), 'the stats notification of stats.plan');
    assert.deepStrictEqual(notified()!.params, stats, 'a stats notification follows the lint, with the same counts');
  });
});
