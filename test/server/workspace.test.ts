// The workspace features over the protocol (in-process server) on test/fixtures/workspace, a
// folder of three plans (blocks, inline fields, 牵头单位/配合单位 blocks, one in a subfolder)
// and a .planmark.json with a configured unit and its alias: references and rename of a unit
// across files (aliases included, the configuration too), prepareRename, definition,
// document highlight, workspace symbols, diagnostics of a closed plan (scope `workspace`),
// code lens, inlay hints, semantic tokens and the Units and Tasks views' requests.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type {
  CodeLens, DocumentHighlight, InlayHint, Location, Range, SemanticTokens, SymbolInformation, TextEdit, WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { parseTree, findNodeAtLocation, getNodeValue } from 'jsonc-parser';
import { outlineJson } from '../../core/features/outlineJson';
import { parsePlan } from '../../core/parse';
import type { TasksViewPlan, UnitsViewEntry } from '../../server/src/protocol';
import { FIXTURES_DIR, REPO_ROOT } from '../support/paths';
import { LspTestClient, withClient } from '../support/lspClient';
import { tempDirPerSuite } from '../support/tmp';

const FILES = ['plan-2024.plan', 'plan-2025.plan', path.join('科室', 'dept-plan.plan'), '.planmark.json'];

/** `text` with `edits` applied (non-overlapping, any order). */
function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  let out = text;
  for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) {
    out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  }
  return out;
}

/** jsonc-parser's objects without their null prototype. */
const plain = (v: unknown) => JSON.parse(JSON.stringify(v));

function lineText(text: string, r: Range): string {
  return text.split('\n')[r.start.line].slice(r.start.character, r.end.character);
}

describe('language server: workspace (units across plans)', function () {
  const dir = tempDirPerSuite('planmark-lsp-workspace');
  let client: LspTestClient;
  const file = (rel: string) => path.join(dir(), rel);
  const uri = (rel: string) => pathToFileURL(file(rel)).toString();
  const text = (rel: string) => fs.readFileSync(file(rel), 'utf8');
  const opened = new Set<string>();
  async function open(rel: string): Promise<string> {
    const u = uri(rel);
    if (!opened.has(u)) {
      opened.add(u);
      await client.open(u, text(rel), 1);
      await client.diagnosticsFor(u, 1);
    }
    return u;
  }

  before(async () => {
    for (const rel of FILES) {
      fs.mkdirSync(path.dirname(file(rel)), { recursive: true });
      fs.copyFileSync(path.join(FIXTURES_DIR, 'workspace', rel), file(rel));
    }
    client = await LspTestClient.start({
      initializationOptions: { debounceMs: 20 },
      locale: 'en',
      workspaceFolders: [{ uri: pathToFileURL(dir()).toString(), name: 'ws' }],
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
      settings: { value: { diagnostics: { scope: 'workspace' } } },
    });
    await client.waitFor(() => client.logs.some(l => /indexed 3 \.plan file/.test(l)), 'the workspace scan');
  });
  after(async () => {
    const errors = client ? client.logs.filter(l => l.startsWith('[planmark]') && !l.includes('indexed')) : [];
    if (client) await client.stop();
    assert.deepStrictEqual(errors, [], 'no handler errors were logged');
  });

  it('finds the references of 人事股 in every plan, its alias 人事师训股 included, lead or not', async () => {
    const u = await open('plan-2024.plan');
    const refs = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: u }, position: { line: 12, character: 10 }, context: { includeDeclaration: true },
    });
    const found = refs.map(r => `${path.relative(dir(), fs.realpathSync(new URL(r.uri)))}:${r.range.start.line}:${lineText(text(path.relative(dir(), fs.realpathSync(new URL(r.uri)))), r.range)}`).sort();
    assert.deepStrictEqual(found, [
      'plan-2024.plan:12:人事股',
      'plan-2024.plan:20:人事师训股',
      'plan-2025.plan:6:人事股',
      `${path.join('科室', 'dept-plan.plan')}:10:人事股`,
      `${path.join('科室', 'dept-plan.plan')}:22:人事股`,
    ].sort());
  });

  it('answers no references where there is no unit', async () => {
    const u = await open('plan-2024.plan');
    const refs = await client.request<Location[] | null>('textDocument/references', {
      textDocument: { uri: u }, position: { line: 0, character: 3 }, context: { includeDeclaration: true },
    });
    assert.strictEqual(refs, null);
  });

  it('highlights a unit in its document, the leading mention as a write', async () => {
    const u = await open(path.join('科室', 'dept-plan.plan'));
    const hl = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri: u }, position: { line: 22, character: 6 } });
    assert.deepStrictEqual(hl.map(h => [h.range.start.line, h.kind]).sort(), [[10, 3], [22, 2]]);
  });

  it('prepareRename gives the unit and its range, and refuses a position that is not a unit', async () => {
    const u = await open('plan-2024.plan');
    const prepared = await client.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', { textDocument: { uri: u }, position: { line: 20, character: 11 } });
    assert.strictEqual(prepared.placeholder, '人事师训股');
    assert.deepStrictEqual(prepared.range, { start: { line: 20, character: 9 }, end: { line: 20, character: 14 } });
    await assert.rejects(client.request('textDocument/prepareRename', { textDocument: { uri: u }, position: { line: 0, character: 2 } }), /Only a unit name or a block label can be renamed here/);
  });

  it('renames 人事股 in every plan, keeps the alias 人事师训股, and every plan keeps its outline with the new name', async () => {
    const u = await open('plan-2024.plan');
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: u }, position: { line: 12, character: 10 }, newName: '干部人事股' });
    const changes = edit.changes ?? {};
    const byFile = new Map(Object.entries(changes).map(([k, v]) => [path.relative(dir(), fs.realpathSync(new URL(k))), v]));
    assert.deepStrictEqual([...byFile.keys()].sort(), ['plan-2024.plan', 'plan-2025.plan', path.join('科室', 'dept-plan.plan')].sort());
    assert.deepStrictEqual(byFile.get('plan-2024.plan')!.map(e => e.range.start.line), [12], 'the alias on line 20 is kept');
    for (const [rel, edits] of byFile) {
      const before = text(rel);
      const after = applyEdits(before, edits);
      assert.ok(!after.includes('、人事股') && !after.includes(':人事股'), rel);
      // The same outline, the unit's name changed where units are named (a title that says 人事股 is prose).
      const expected = JSON.stringify(outlineJson(parsePlan(before)), (key, value) =>
        key === 'lead' || key === 'text' ? String(value).replace(/人事股/g, '干部人事股')
          : key === 'units' ? (value as string[]).map(u => (u === '人事股' ? '干部人事股' : u)) : value);
      assert.strictEqual(JSON.stringify(outlineJson(parsePlan(after))), expected, rel);
    }
    assert.ok(applyEdits(text('plan-2024.plan'), byFile.get('plan-2024.plan')!).includes('人事师训股'));
  });

  it('renames a configured unit in the plans and in .planmark.json, keeping its aliases', async () => {
    const u = await open('plan-2024.plan');
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: u }, position: { line: 30, character: 11 }, newName: '校园安全工作办' });
    const changes = Object.fromEntries(Object.entries(edit.changes ?? {}).map(([k, v]) => [path.relative(dir(), fs.realpathSync(new URL(k))), v]));
    assert.deepStrictEqual(Object.keys(changes).sort(), ['.planmark.json', 'plan-2024.plan']);
    const config = plain(getNodeValue(parseTree(applyEdits(text('.planmark.json'), changes['.planmark.json']))!));
    assert.deepStrictEqual(config.units[0], { name: '校园安全工作办', aliases: ['安全稳定办'], group: '股室' });
    assert.strictEqual(config.units[1], '课程改革中心');
  });

  it('renames at an alias: that written form in the plans and among the aliases in .planmark.json', async () => {
    const u = await open('plan-2025.plan');
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: u }, position: { line: 10, character: 49 }, newName: '安全稳定工作办' });
    const changes = Object.fromEntries(Object.entries(edit.changes ?? {}).map(([k, v]) => [path.relative(dir(), fs.realpathSync(new URL(k))), v]));
    assert.deepStrictEqual(Object.keys(changes).sort(), ['.planmark.json', 'plan-2025.plan']);
    const root = parseTree(applyEdits(text('.planmark.json'), changes['.planmark.json']))!;
    assert.deepStrictEqual(plain(getNodeValue(findNodeAtLocation(root, ['units', 0])!)), { name: '校园安全办', aliases: ['安全稳定工作办'], group: '股室' });
  });

  it('renames a block label form in its document only: every 责任股室(单位) line, blocks unchanged; refuses another kind\'s label', async () => {
    const u = await open('plan-2024.plan');
    const pos = { line: 12, character: 2 };
    const prepared = await client.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', { textDocument: { uri: u }, position: pos });
    assert.deepStrictEqual(prepared, { range: { start: { line: 12, character: 0 }, end: { line: 12, character: 8 } }, placeholder: '责任股室(单位)' });
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: u }, position: pos, newName: '责任单位' });
    assert.deepStrictEqual(Object.keys(edit.changes ?? {}), [u], 'this document only');
    const before = text('plan-2024.plan');
    const after = applyEdits(before, edit.changes![u]);
    assert.strictEqual(after, before.replace(/^责任股室\(单位\)/gm, '责任单位'));
    const outline = (t: string) => JSON.stringify(outlineJson(parsePlan(t)));
    assert.strictEqual(outline(after), outline(before).replaceAll('"责任股室(单位)"', '"责任单位"'), 'the same outline, with the new label');
    await assert.rejects(client.request('textDocument/rename', { textDocument: { uri: u }, position: pos, newName: '工作措施' }), /"工作措施" would not be read as a .* label; use one of: 责任股室/);
  });

  it('refuses a new name with a separator', async () => {
    const u = await open('plan-2024.plan');
    await assert.rejects(client.request('textDocument/rename', { textDocument: { uri: u }, position: { line: 12, character: 10 }, newName: '人事股、财务股' }), /separators/);
  });

  it('goes to a configured unit\'s entry in .planmark.json (from an alias too), and to the registry for a built-in one', async () => {
    const u = await open('plan-2025.plan');
    const def = await client.request<Location>('textDocument/definition', { textDocument: { uri: u }, position: { line: 10, character: 49 } });
    assert.strictEqual(fs.realpathSync(new URL(def.uri)), fs.realpathSync(file('.planmark.json')));
    assert.strictEqual(lineText(text('.planmark.json'), def.range), '"安全稳定办"');
    const builtin = await client.request<Location>('textDocument/definition', { textDocument: { uri: u }, position: { line: 6, character: 48 } });
    assert.ok(builtin.uri.endsWith('/core/data/units.json'), builtin.uri);
    const registry = fs.readFileSync(new URL(builtin.uri), 'utf8');
    assert.strictEqual(lineText(registry, builtin.range), '"人事股"');
  });

  it('points a client that shows planmark-registry: documents at the registry document, whose text it can ask for', async () => {
    const pos = { line: 6, character: 48 };
    await withClient({ initializationOptions: { debounceMs: 20, registryDocuments: true }, locale: 'en', workspaceFolders: [{ uri: pathToFileURL(dir()).toString(), name: 'ws' }] }, async other => {
      const u = uri('plan-2025.plan');
      await other.open(u, text('plan-2025.plan'), 1);
      const builtin = await other.request<Location>('textDocument/definition', { textDocument: { uri: u }, position: pos });
      assert.strictEqual(builtin.uri, 'planmark-registry:/units.json');
      const doc = await other.request<{ text: string } | null>('planmark/registryDocument', { uri: builtin.uri });
      assert.strictEqual(lineText(doc!.text, builtin.range), '"人事股"');
      assert.deepStrictEqual(JSON.parse(doc!.text), JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'core', 'data', 'units.json'), 'utf8')), 'the registry itself');
      assert.strictEqual(await other.request('planmark/registryDocument', { uri: 'planmark-registry:/other.json' }), null);
      // A configured unit still goes to .planmark.json.
      const configured = await other.request<Location>('textDocument/definition', { textDocument: { uri: u }, position: { line: 10, character: 49 } });
      assert.strictEqual(fs.realpathSync(new URL(configured.uri)), fs.realpathSync(file('.planmark.json')));
    });
  });

  it('lists sections, items and units of every plan as workspace symbols, with the plan title as container', async () => {
    const items = await client.request<SymbolInformation[]>('workspace/symbol', { query: '县管校聘' });
    assert.deepStrictEqual(items.map(s => [s.name, s.containerName]), [['2. 推进教师县管校聘改革', '松岭县教育局2024年工作要点']]);
    const units = (await client.request<SymbolInformation[]>('workspace/symbol', { query: '进修学校' })).filter(s => s.kind === 5);
    assert.deepStrictEqual(units.map(s => s.containerName).sort(), ['松岭县教育局2024年工作要点', '松岭县教育局2025年工作要点', '松岭县教育局人事股2025年重点工作'].sort());
    const fuzzy = await client.request<SymbolInformation[]>('workspace/symbol', { query: '安全隐患' });
    assert.ok(fuzzy.some(s => s.name === '3. 排查整治校园安全隐患'), fuzzy.map(s => s.name).join(' | '));
    const sections = (await client.request<SymbolInformation[]>('workspace/symbol', { query: '队伍管理' })).filter(s => s.kind === 3);
    assert.deepStrictEqual(sections.map(s => s.name), ['一、队伍管理']);
  });

  it('publishes the problems of a closed plan (scope workspace), and follows it on disk: created, changed, deleted', async () => {
    // A plan of its own, never opened: the department plan with its numbering slip (3 after 1).
    const rel = path.join('科室', 'closed-copy.plan');
    const closed = uri(rel);
    const slip = text(path.join('科室', 'dept-plan.plan'));
    assert.ok(slip.includes('3.做好新教师入职培训'));
    const count = () => client.publishedFor(closed).length;
    fs.writeFileSync(file(rel), slip);
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: closed, type: 1 }] });
    await client.waitFor(() => count() > 0, 'diagnostics of the created closed plan');
    assert.deepStrictEqual(client.publishedFor(closed).at(-1)!.diagnostics.map(d => d.code), ['PLAN003']);
    fs.writeFileSync(file(rel), slip.replace('3.做好新教师入职培训', '2.做好新教师入职培训'));
    let before = count();
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: closed, type: 2 }] });
    await client.waitFor(() => count() > before, 'diagnostics of the changed closed plan');
    assert.deepStrictEqual(client.publishedFor(closed).at(-1)!.diagnostics, []);
    fs.writeFileSync(file(rel), slip);
    before = count();
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: closed, type: 2 }] });
    await client.waitFor(() => count() > before, 'diagnostics of the closed plan changed back');
    assert.deepStrictEqual(client.publishedFor(closed).at(-1)!.diagnostics.map(d => d.code), ['PLAN003']);
    fs.rmSync(file(rel));
    before = count();
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: closed, type: 3 }] });
    await client.waitFor(() => count() > before, 'diagnostics of the deleted plan cleared');
    assert.deepStrictEqual(client.publishedFor(closed).at(-1)!.diagnostics, []);
    const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: '公开招聘' });
    assert.strictEqual(symbols.length, 1, 'the deleted plan left the index');
  });

  it('shows a code lens above each section with its counts', async () => {
    const u = await open('plan-2024.plan');
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: u } });
    assert.deepStrictEqual(lenses.map(l => [l.range.start.line, l.command?.title]), [
      [4, 'Items led: 2 · units taking part: 6 · items without a responsible unit: 0'],
      [22, 'Items led: 1 · units taking part: 3 · items without a responsible unit: 0'],
    ]);
  });

  it('shows no code lens with planmark.codeLens.enabled false', async () => {
    await withClient({
      initializationOptions: { debounceMs: 20 }, locale: 'en',
      capabilities: { workspace: { configuration: true } },
      settings: { value: { codeLens: { enabled: false } } },
    }, async other => {
      const u = uri('plan-2024.plan');
      await other.open(u, text('plan-2024.plan'), 1);
      await other.diagnosticsFor(u, 1);
      assert.deepStrictEqual(await other.request('textDocument/codeLens', { textDocument: { uri: u } }), null);
    });
  });

  it('hints the lead after the first unit where the first leads by convention, not where 牵头单位 says so', async () => {
    const u = await open('plan-2024.plan');
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: u }, range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } } });
    assert.deepStrictEqual(hints.map(h => [h.position, h.label]), [
      [{ line: 12, character: 12 }, 'lead'], [{ line: 20, character: 14 }, 'lead'], [{ line: 30, character: 14 }, 'lead'],
    ]);
    const d = await open(path.join('科室', 'dept-plan.plan'));
    assert.deepStrictEqual(await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: d }, range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } } }), []);
  });

  it('gives semantic tokens for units: leading, known (registry or configuration) and unknown', async () => {
    const u = await open('plan-2024.plan');
    const legend = client.initializeResult!.capabilities.semanticTokensProvider!.legend;
    assert.deepStrictEqual(legend, { tokenTypes: ['unit'], tokenModifiers: ['leading', 'unknown'] });
    const { data } = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: u } });
    const lines = text('plan-2024.plan').split('\n');
    const tokens: string[] = [];
    let line = 0, ch = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      ch = data[i] ? data[i + 1] : ch + data[i + 1];
      const mods = legend.tokenModifiers.filter((_, b) => data[i + 4] & (1 << b));
      tokens.push([lines[line].slice(ch, ch + data[i + 2]), ...mods].join(' '));
    }
    assert.deepStrictEqual(tokens, [
      '人事股 leading', '教师进修学校', '督导室',
      '人事师训股 leading', '财务股', '各乡镇中心校',
      '校园安全办 leading', '基建股', '城关片区联校 unknown',
    ]);
  });

  it('answers the Units view: 人事股 with its alias, its counts, its items by plan with deadlines', async () => {
    await open('plan-2024.plan');
    const units = await client.request<UnitsViewEntry[]>('planmark/units', { uri: uri('plan-2024.plan') });
    const rs = units.find(e => e.name === '人事股')!;
    assert.deepStrictEqual(rs.aliases, ['人事师训股']);
    assert.deepStrictEqual([rs.leads, rs.joins], [4, 1]);
    assert.deepStrictEqual(rs.plans.map(p => [p.title, p.items.map(i => `${i.name}${i.lead ? ' (lead)' : ''}${i.deadline ? ' ' + i.deadline : ''}`)]), [
      ['松岭县教育局2024年工作要点', ['1. 开展新任校长任职培训 (lead)', '2. 推进教师县管校聘改革 (lead)']],
      ['松岭县教育局2025年工作要点', ['2. 完善教师培训体系 (lead) 2025年12月底前']],
      ['松岭县教育局人事股2025年重点工作', ['1. 完成年度教师公开招聘 (lead) 2025年9月底前', '3. 做好新教师入职培训 2025年10月底前']],
    ]);
    const filtered = await client.request<UnitsViewEntry[]>('planmark/units', { filter: '安全' });
    assert.deepStrictEqual(filtered.map(e => e.name).sort(), ['安全稳定办', '校园安全办'].sort());
    const configured = await client.request<UnitsViewEntry[]>('planmark/units', { filter: '安全', uri: uri('plan-2024.plan') });
    assert.deepStrictEqual(configured.map(e => [e.name, e.aliases, e.leads]), [['校园安全办', ['安全稳定办'], 2]]);
  });

  it('answers the Tasks view: plans → sections → items with their lead', async () => {
    const plans = await client.request<TasksViewPlan[]>('planmark/tasks', {});
    assert.strictEqual(plans.length, 3);
    const p2024 = plans.find(p => p.title === '松岭县教育局2024年工作要点')!;
    assert.deepStrictEqual(p2024.sections.map(s => [s.name, s.items.map(i => `${i.name} · ${i.lead}`)]), [
      ['一、建强干部教师队伍', ['1. 开展新任校长任职培训 · 人事股', '2. 推进教师县管校聘改革 · 人事师训股']],
      ['二、守牢校园安全底线', ['3. 排查整治校园安全隐患 · 校园安全办']],
    ]);
    const one = await client.request<TasksViewPlan[]>('planmark/tasks', { uri: uri('plan-2025.plan') });
    assert.deepStrictEqual(one.map(p => p.title), ['松岭县教育局2025年工作要点']);
  });
});
