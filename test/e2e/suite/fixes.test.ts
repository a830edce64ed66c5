// Fixes in a real VS Code (code-server) with the real language server: format on save,
// `editor.codeActionsOnSave` with source.fixAll.planmark, the light bulb on a renumbering
// finding, and the cursor after the missing-block fix. The plan is web-copy.plan
// (test/fixtures/plans/, a government-site copy in the form of the seeds: web residue, a
// skipped item number and section numeral, a 、 among . separators, half-width punctuation
// between Chinese characters, trailing spaces, an item without 工作措施); with the raw seeds
// present (../shared/seeds) a raw seed copy is fixed on save too. The expected texts come from
// the core the server runs (core/service.ts) on the same input.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { createPlanService } from '../../../core/service';
import { PlanParser } from '../../../core/parse';
import { applyEdits } from '../../../core/text/edits';
import { itSeeds, readSeed } from '../../support/seeds';
import { freshCopy, waitFor, workspaceUri } from './helpers';

const EXTENSION_ID = 'planmark.planmark';
const service = createPlanService();

function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c ?? '');
}

/** What the server's formatter makes of `text` (the default configuration, as in this workspace). */
function formatted(text: string): string {
  return applyEdits(text, service.format(new PlanParser().parse(text)));
}

async function show(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  assert.strictEqual(doc.languageId, 'plan');
  return editor;
}

/** Waits until the server has linted `uri` with a finding of `code`; returns that finding. */
function finding(uri: vscode.Uri, code: string): Promise<vscode.Diagnostic> {
  return waitFor(`${code} on ${uri.path}`, () => vscode.languages.getDiagnostics(uri).find((d) => codeOf(d) === code));
}

/**
 * Editor settings for `[plan]` in the workspace while `fn` runs, removed afterwards. Each test
 * states both save settings (format on save and code actions on save), so that one test's
 * setting cannot act on another's save.
 */
async function withPlanSettings(settings: Record<string, unknown>, fn: () => Promise<void>): Promise<void> {
  const config = vscode.workspace.getConfiguration('editor', { languageId: 'plan' });
  const target = vscode.ConfigurationTarget.Workspace;
  for (const [key, value] of Object.entries(settings)) await config.update(key, value, target, true);
  await waitFor('the [plan] settings in effect', () => Object.entries(settings).every(([key, value]) =>
    JSON.stringify(vscode.workspace.getConfiguration('editor', { languageId: 'plan' }).get(key)) === JSON.stringify(value)) || undefined);
  try {
    await fn();
  } finally {
    for (const key of Object.keys(settings)) await config.update(key, undefined, target, true);
  }
}

/** Appends two spaces to line `line` (a real edit, so that the save is one of a changed document). */
async function touch(editor: vscode.TextEditor, line: number): Promise<void> {
  const end = editor.document.lineAt(line).range.end;
  assert.ok(await editor.edit((e) => e.insert(end, '  ')), 'the edit applies');
  assert.ok(editor.document.isDirty);
}

/** Saves the active editor as Ctrl+S does (an explicit save, which runs the save participants). */
async function save(doc: vscode.TextDocument): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.save');
  await waitFor(`${doc.uri.path} saved`, () => !doc.isDirty || undefined);
}

async function closeAndDelete(uri: vscode.Uri): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  await vscode.workspace.fs.delete(uri);
}

/**
 * The preferred quick fixes VS Code gets for the document's findings (what fix-all would
 * apply), once the server has reported `code` (by default, any finding).
 */
async function preferredFixes(uri: vscode.Uri, code?: string): Promise<string[]> {
  if (code) await finding(uri, code);
  const out: string[] = [];
  for (const d of vscode.languages.getDiagnostics(uri)) {
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range)) ?? [];
    for (const a of actions) if (a.isPreferred) out.push(`${d.range.start.line + 1}: ${codeOf(d)} ${a.title}`);
  }
  return out;
}

/**
 * Opens `uri` once the server reports `code` in it, changes line `line` (two spaces at its end)
 * and saves it with `source.fixAll.planmark` on save (format on save off): the text before the
 * save and after it, which is checked to be fix-all's text of the text before.
 */
async function saveWithFixAll(uri: vscode.Uri, code: string, line: number): Promise<{ before: string; after: string }> {
  let before = '';
  await withPlanSettings({ formatOnSave: false, codeActionsOnSave: { 'source.fixAll.planmark': 'explicit' } }, async () => {
    const editor = await show(uri);
    await finding(uri, code);
    await touch(editor, line);
    before = editor.document.getText();
    const expected = service.fixAll(before, 'en').text;
    assert.notStrictEqual(expected, before, 'the plan has something to fix');
    await save(editor.document);
    assert.strictEqual(editor.document.getText(), expected, 'the saved text is fix-all\'s');
  });
  const doc = await vscode.workspace.openTextDocument(uri);
  return { before, after: doc.getText() };
}

/** Item numbers of the lines that start with one, in order. */
function itemNumbers(text: string): number[] {
  return text.split(/\r?\n/).map((l) => /^\s*(\d+)[.\uFF0E、]/.exec(l)).filter((m): m is RegExpExecArray => !!m).map((m) => Number(m[1]));
}

describe('Planmark fixes (real VS Code)', function () {

  before(async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
    const api = await ext.activate() as { ready: Promise<void> };
    await api.ready;
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('formats on save (editor.formatOnSave, Planmark the default formatter): exactly the formatter\'s text', async () => {
    const uri = await freshCopy('web-copy.plan', 'format-on-save.plan');
    try {
      await withPlanSettings({ formatOnSave: true, defaultFormatter: EXTENSION_ID, codeActionsOnSave: {} }, async () => {
        const editor = await show(uri);
        const doc = editor.document;
        await finding(uri, 'PLAN003');
        await touch(editor, 2);
        const before = doc.getText();
        const expected = formatted(before);
        assert.notStrictEqual(expected, before, 'the plan has something to format');
        await save(doc);
        assert.strictEqual(doc.getText(), expected);
        const onDisk = Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
        assert.strictEqual(onDisk, expected, 'the formatted text is what was written');
        // The concrete changes, so that the comparison cannot hold vacuously.
        assert.ok(before.includes('一、加强党的建设,夯实教育发展根基') && doc.getText().includes('一、加强党的建设，夯实教育发展根基'), 'a comma between Chinese characters turns full-width');
        assert.ok(doc.getText().includes('\n3.落实意识形态工作责任制。') && !doc.getText().includes('3、落实'), 'the 、 separator becomes the document\'s .');
        assert.ok(doc.getText().includes('\n责任股室（单位）：机关党委、人事股\n'), 'block labels in one form');
        assert.ok(doc.getText().includes('\n7.加强教师队伍建设。'), 'the indented item line loses its indentation');
        assert.ok(doc.getText().includes('更新时间:2023-03-08'), 'a date keeps its punctuation');
        assert.deepStrictEqual(doc.getText().split('\n').filter((l) => /[ \t]$/.test(l)), [], 'no trailing spaces (the title line was given two)');
      });
    } finally {
      await closeAndDelete(uri);
    }
  });

  it('applies source.fixAll.planmark on save (editor.codeActionsOnSave): numbering, separators and web residue fixed, no preferred fix left', async () => {
    const uri = await freshCopy('web-copy.plan', 'fix-on-save.plan');
    try {
      await show(uri);
      assert.ok((await preferredFixes(uri, 'PLAN003')).length >= 5, 'the copy has preferred fixes before the save');
      const { before, after } = await saveWithFixAll(uri, 'PLAN003', 2);
      assert.deepStrictEqual(itemNumbers(before), [1, 2, 3, 5, 6, 7, 8]);
      assert.deepStrictEqual(itemNumbers(after), [1, 2, 3, 4, 5, 6, 7], 'items renumbered');
      assert.deepStrictEqual(after.split('\n').filter((l) => /^[一二三四五]、/.test(l)).map((l) => l[0]), ['一', '二', '三'], 'sections renumbered');
      for (const residue of ['返回枫林县人民政府门户网站', '您当前的位置', '更新时间', '上一篇', '下一篇']) assert.ok(!after.includes(residue), `${residue} line removed`);
      assert.ok(!after.includes('3、'), 'separators unified');
      assert.ok(after.includes('枫林县教育局2023年工作要点'), 'the title stays');
      // The server lints the saved text: no finding with a preferred fix is left.
      await waitFor('the findings of the fixed text', () => !vscode.languages.getDiagnostics(uri).some((d) => ['PLAN001', 'PLAN003', 'PLAN004', 'PLAN018'].includes(codeOf(d))) || undefined);
      assert.deepStrictEqual(await preferredFixes(uri, 'PLAN008'), [], 'no preferred-fixable finding after the save');
    } finally {
      await closeAndDelete(uri);
    }
  });

  it('Planmark: Fix All applies every preferred fix to the active editor', async () => {
    const uri = await freshCopy('web-copy.plan', 'fix-all-command.plan');
    try {
      const editor = await show(uri);
      const doc = editor.document;
      await finding(uri, 'PLAN001');
      const before = doc.getText();
      const expected = service.fixAll(before, 'en').text;
      assert.notStrictEqual(expected, before);
      await vscode.commands.executeCommand('planmark.fixAll');
      await waitFor('the fixed text', () => doc.getText() !== before || undefined);
      assert.strictEqual(doc.getText(), expected);
      assert.deepStrictEqual(itemNumbers(doc.getText()), [1, 2, 3, 4, 5, 6, 7]);
    } finally {
      await closeAndDelete(uri);
    }
  });

  itSeeds('applies source.fixAll.planmark on save to a raw seed copy (seed 003)', async () => {
    const uri = workspaceUri('seed-003.plan');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(readSeed(3), 'utf8'));
    try {
      const { after } = await saveWithFixAll(uri, 'PLAN018', 0);
      assert.ok(!after.includes('当前位置'), 'the breadcrumb line is removed');
      await waitFor('no web residue finding after the save', () => !vscode.languages.getDiagnostics(uri).some((d) => codeOf(d) === 'PLAN018') || undefined);
      assert.deepStrictEqual(await preferredFixes(uri), [], 'no preferred-fixable finding after the save');
    } finally {
      await closeAndDelete(uri);
    }
  });

  it('the light bulb on a renumbering finding offers the renumber fix (preferred), disable for this line and turn off in .planmark.json', async () => {
    const uri = await freshCopy('web-copy.plan', 'light-bulb.plan');
    try {
      const editor = await show(uri);
      const d = await finding(uri, 'PLAN003');
      assert.strictEqual(editor.document.lineAt(d.range.start.line).text, '5.办好学前教育。扩大普惠性学前教育资源。');
      const actions = await waitFor('code actions on the PLAN003 finding', async () => {
        const a = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range);
        return a && a.length ? a : undefined;
      });
      // The finding is the only one on its line, so these are all of the light bulb's actions
      // (the API command's actions do not carry their diagnostics).
      const ours = actions;
      assert.deepStrictEqual(vscode.languages.getDiagnostics(uri).filter((x) => x.range.intersection(d.range)).map(codeOf), ['PLAN003']);
      assert.deepStrictEqual(ours.map((a) => [a.title, a.kind?.value, !!a.isPreferred]), [
        ['Renumber from here to the end of the run', 'quickfix', true],
        ['Disable PLAN003 for this line', 'quickfix', false],
        ['Turn PLAN003 off in .planmark.json', 'quickfix', false],
      ]);
      // The renumbering: every later item moves down by one, one edit per number.
      const edits = ours[0].edit!.get(uri).map((e) => `${e.range.start.line + 1}:${e.newText}`);
      assert.deepStrictEqual(edits, ['20:4', '24:5', '28:6', '32:7']);
      // Applied, the finding goes.
      assert.ok(await vscode.workspace.applyEdit(ours[0].edit!));
      assert.deepStrictEqual(itemNumbers(editor.document.getText()), [1, 2, 3, 4, 5, 6, 7]);
      await waitFor('PLAN003 gone after the renumbering', () => !vscode.languages.getDiagnostics(uri).some((x) => codeOf(x) === 'PLAN003') || undefined);
    } finally {
      await closeAndDelete(uri);
    }
  });

  it('the missing-block fix puts the cursor after the inserted label\'s colon', async () => {
    const uri = await freshCopy('web-copy.plan', 'missing-block.plan');
    try {
      const editor = await show(uri);
      const doc = editor.document;
      const d = await finding(uri, 'PLAN008');
      const item = d.range.start.line;
      assert.ok(doc.lineAt(item).text.startsWith('6.推进义务教育均衡发展'), doc.lineAt(item).text);
      // The light bulb's first action at the finding, applied as choosing it applies it (edit, then its command).
      editor.selection = new vscode.Selection(d.range.start, d.range.start);
      await vscode.commands.executeCommand('editor.action.codeAction', { kind: 'quickfix', apply: 'first' });
      const label = await waitFor('工作措施 inserted into item 6', () => {
        for (let i = item + 1; i < doc.lineCount && !/^\s*\d+[.、]/.test(doc.lineAt(i).text); i++) if (/^工作措施[:：]$/.test(doc.lineAt(i).text)) return i;
        return undefined;
      });
      assert.strictEqual(doc.lineAt(label - 1).text, '目标任务:完成5所乡镇学校标准化改造,消除56人以上大班额。', 'between 目标任务 and 责任股室');
      assert.ok(doc.lineAt(label + 1).text.startsWith('责任股室(单位):'));
      const end = doc.lineAt(label).range.end;
      const selection = await waitFor('the cursor after the inserted label', () => {
        const s = vscode.window.activeTextEditor?.selection;
        return s && s.isEmpty && s.active.isEqual(end) ? s : undefined;
      });
      assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
      assert.strictEqual(selection.active.character, '工作措施:'.length);
    } finally {
      await closeAndDelete(uri);
    }
  });
});
