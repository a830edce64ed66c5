// Progress over the protocol (in-process server): code lenses `Done n/m · Overdue k` above the
// plan and each section of a plan that records progress, none for a plan that records none
// (the units lens of each section stands beside them: test/server/workspace.test.ts);
// planmark/stats carries the same counts for the status bar. The deadlines are in 2020, so
// whatever today is they have passed.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { CodeLens, Hover } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../support/lspClient';
import { EXAMPLES_DIR } from '../support/paths';
import { tempDirPerSuite } from '../support/tmp';

const TRACKED = [
  '某县教育局2020年工作要点', '一、深化改革',
  '1.完善制度', '完成时限：2020年6月30日', '状态：已完成', '完成情况：已印发。',
  '2.推进项目', '完成时限：2020年9月底前', '状态：推进中',
  '二、加强保障',
  '3.开展培训', '完成时限：2020年5月底前', '状态：未启动',
].join('\n') + '\n';

const progressOnly = (lenses: CodeLens[]) => lenses.filter(l => /Done \d+\/\d+/.test(l.command?.title ?? ''));

describe('language server: progress lenses and counts', function () {
  const dir = tempDirPerSuite('planmark-lsp-progress');
  let client: LspTestClient;
  before(async () => { client = await LspTestClient.start({ initializationOptions: { debounceMs: 20 }, locale: 'en' }); });
  after(async () => { if (client) await client.stop(); });

  async function open(name: string, text: string): Promise<string> {
    const uri = pathToFileURL(path.join(dir(), name)).toString();
    await client.open(uri, text, 1);
    await client.diagnosticsFor(uri, 1);
    return uri;
  }

  it('shows 已完成 n/m · 逾期 k for the plan and each section', async () => {
    const uri = await open('tracked.plan', TRACKED);
    const lenses = progressOnly(await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } }));
    assert.deepStrictEqual(lenses.map(l => [l.range.start.line, l.command?.title.replace(/ \(as of .*\)$/, '')]), [
      [0, 'Plan: Done 1/3 · Overdue 2'], [1, 'Done 1/2 · Overdue 1'], [9, 'Done 0/1 · Overdue 1'],
    ]);
    const stats = await client.request<{ progress?: unknown }>('planmark/stats', { uri });
    assert.deepStrictEqual(stats.progress, { total: 3, done: 1, overdue: 2 });
  });

  it('shows nothing for a plan that records no progress', async () => {
    const uri = await open('draft.plan', TRACKED.split('\n').filter(l => !/^(状态|完成情况)/.test(l)).join('\n'));
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.ok(lenses.length > 0, 'the units lenses are there');
    assert.deepStrictEqual(progressOnly(lenses), []);
    const stats = await client.request<{ progress?: unknown }>('planmark/stats', { uri });
    assert.strictEqual(stats.progress, undefined);
  });

  it('reads 春季开学前 with the calendar of the .planmark.json above the plan', async () => {
    const text = '某县教育局2025年工作要点\n一、教育教学\n1.做好开学准备\n完成时限：春季开学前\n状态：推进中\n';
    const hoverAt = async (uri: string) => {
      const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 7 } });
      return typeof h?.contents === 'object' && 'value' in h.contents ? h.contents.value : '';
    };
    // Built in, 春季开学 is 02-20; a folder whose .planmark.json says 02-10 reads the day before that.
    assert.match(await hoverAt(await open('built-in.plan', text)), /by 2025-02-19/);
    const sub = path.join(dir(), 'school');
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, '.planmark.json'), JSON.stringify({ calendar: { 春季开学: '02-10' } }));
    assert.match(await hoverAt(await open(path.join('school', 'plan.plan'), text)), /by 2025-02-09/);
  });

  it('groups the tasks by deadline and by status, as of the date of the plan\'s .planmark.json', async () => {
    const sub = path.join(dir(), 'example');
    fs.mkdirSync(sub, { recursive: true });
    const source = path.join(EXAMPLES_DIR, 'progress');
    fs.copyFileSync(path.join(source, '.planmark.json'), path.join(sub, '.planmark.json'));
    const uri = await open(path.join('example', 'tracking.plan'), fs.readFileSync(path.join(source, 'tracking.plan'), 'utf8'));
    type Group = { key: string; status?: string; items: { uri: string; name: string }[] };
    const mine = (groups: Group[]) => groups.map(g => [g.status ?? g.key, g.items.filter(i => i.uri === uri).map(i => i.name.split('.')[0])]).filter(([, items]) => items.length);
    // As of 2025-08-25 (examples/progress/.planmark.json): task 2 (05-31) is overdue, 5 (08-31) due this month.
    assert.deepStrictEqual(mine(await client.request<Group[]>('planmark/taskGroups', { grouping: 'deadline' })), [
      ['overdue', ['2']], ['this-month', ['5']], ['this-quarter', ['4']], ['later', ['1']], ['undated', ['6']], ['done', ['3']],
    ]);
    assert.deepStrictEqual(mine(await client.request<Group[]>('planmark/taskGroups', { grouping: 'status' })), [
      ['推进中', ['1', '2']], ['已完成', ['3']], ['none', ['4', '5', '6']],
    ]);
  });
});

