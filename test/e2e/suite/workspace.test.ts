// Real VS Code: units across the workspace (issue 13). Rename with F2 typed in the workbench
// (the driver's keyboard, helpers.ts pressKeys; under the electron runner, which has none, the
// rename provider's edit applied) renames a unit in two files, the alias kept; go to definition
// (F12) of a built-in unit shows the registry read-only; a plan opened without an editor gets
// its problems (push); the Units view lists the unit with its counts and reveals an item
// when its tree item's command runs (what a click does). Files: units/plan-2024.plan and
// units/plan-2025.plan (test/fixtures/workspace/, copied by test/e2e/workspace.js).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { freshCopy, planmarkApi, pressKeys, waitFor, workspaceUri } from './helpers';

interface UnitsEntry { name: string; aliases: string[]; leads: number; joins: number; plans: { uri: string; items: { name: string }[] }[] }
interface TreeProvider<T> { getChildren(node?: T): Promise<T[]>; getTreeItem(node: T): vscode.TreeItem }
interface PlanmarkApi {
  ready: Promise<void>;
  client: { initializeResult?: { capabilities: { diagnosticProvider?: unknown } } };
  views: { units: TreeProvider<{ kind: string; entry?: UnitsEntry }> & { setFilter(filter: string): void } };
}

const api = () => planmarkApi<PlanmarkApi>();

/** `rel` shown in an editor, and the position inside the first `unit` on 0-based `line`. */
async function atUnit(rel: string, line: number, unit: string): Promise<{ uri: vscode.Uri; editor: vscode.TextEditor; position: vscode.Position }> {
  const uri = workspaceUri(rel);
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
  const text = editor.document.lineAt(line).text;
  assert.ok(text.includes(unit), text);
  return { uri, editor, position: new vscode.Position(line, text.indexOf(unit) + 1) };
}

describe('Planmark: units across the workspace', () => {
  it('gets the problems of a plan opened without an editor: the client asks for push, not pull (docs/architecture.md)', async () => {
    const { client } = await api();
    assert.strictEqual(client.initializeResult?.capabilities.diagnosticProvider, undefined, 'the server announced no pull diagnostics to VS Code');
    const uri = await freshCopy('county-bureau.plan', 'unshown-copy.plan');
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.ok(!vscode.window.visibleTextEditors.some(e => e.document === doc), 'the document is not shown');
    const diagnostics = await waitFor('the problems of the unshown plan', () => {
      const d = vscode.languages.getDiagnostics(uri);
      return d.length > 0 ? d : undefined;
    });
    assert.ok(diagnostics.every(d => d.source === 'planmark'));
    await vscode.workspace.fs.delete(uri);
  });

  it('the Units view lists 人事股 with its counts across both plans, and reveals an item', async () => {
    const { views } = await api();
    await vscode.commands.executeCommand('planmark.units.focus');
    // The workspace's other plans (county-bureau.plan, clean.plan) name 人事股 too.
    const inUnits = (uri: string) => uri.includes('/units/');
    const unit = await waitFor('人事股 in the Units view with both plans of units/ indexed', async () => {
      const nodes = await views.units.getChildren();
      const n = nodes.find(x => x.entry?.name === '人事股');
      return n && n.entry!.plans.filter(p => inUnits(p.uri)).length === 2 ? n : undefined;
    });
    const entry = unit.entry!;
    assert.deepStrictEqual(entry.aliases, ['人事师训股']);
    assert.deepStrictEqual(entry.plans.filter(p => inUnits(p.uri)).map(p => p.items.map(i => i.name)), [
      ['1. 开展新任校长任职培训', '2. 推进教师县管校聘改革'], ['2. 完善教师培训体系'],
    ]);
    const total = entry.plans.reduce((n, p) => n + p.items.length, 0);
    assert.strictEqual(entry.leads + entry.joins, total, 'the counts are the items listed');
    const description = String(views.units.getTreeItem(unit).description);
    assert.ok(description.includes(String(entry.leads)) && description.includes(String(entry.joins)), description);
    const plans = await views.units.getChildren(unit);
    const plan = plans.find(p => (p as { plan?: { uri: string } }).plan?.uri.endsWith('/units/plan-2024.plan'))!;
    const [item] = await views.units.getChildren(plan);
    const command = views.units.getTreeItem(item).command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = await waitFor('the item revealed', () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.path.endsWith('/units/plan-2024.plan') && e.selection.start.line === 6 ? e : undefined;
    });
    assert.match(editor.document.lineAt(editor.selection.start.line).text, /^1\.开展新任校长任职培训/);

    // The context action "Export this unit's task list": a new Markdown document, nothing written.
    await vscode.commands.executeCommand('planmark.units.exportTaskList', unit);
    const list = await waitFor('the task list opened', () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.isUntitled && e.document.languageId === 'markdown' ? e.document.getText() : undefined;
    });
    assert.ok(list.startsWith('# 人事股\n'), list.slice(0, 80));
    assert.match(list, /\| 松岭县教育局2025年工作要点 \| 2\. 完善教师培训体系 \| [^|]+ \| 2025年12月底前 \|/);
    assert.strictEqual(list.split('\n').filter(l => l.startsWith('| ') && !l.startsWith('| ---')).length - 1, total, 'a row per item');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');

    // The filter box's filter: only the units whose name matches.
    views.units.setFilter('进修');
    try {
      const filtered = await views.units.getChildren();
      assert.ok(filtered.length > 0 && filtered.every(n => n.entry!.name.includes('进修')), filtered.map(n => n.entry?.name).join(' '));
    } finally {
      views.units.setFilter('');
    }
  });

  it('goes to the definition of a built-in unit (F12): the registry shown read-only, from the working tree and the .vsix alike', async () => {
    await api();
    const { uri: uri2025, editor, position } = await atUnit('units/plan-2025.plan', 6, '人事股');
    const [target] = await waitFor('a definition of 人事股', async () => {
      const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri2025, position);
      return found?.length ? found.map(l => ('targetUri' in l ? { uri: l.targetUri, range: l.targetRange } : l)) : undefined;
    });
    assert.strictEqual(target.uri.toString(), 'planmark-registry:/units.json');
    // What F12 does: editor.action.revealDefinition at the cursor.
    editor.selection = new vscode.Selection(position, position);
    await vscode.commands.executeCommand('editor.action.revealDefinition');
    const shown = await waitFor('the registry shown', () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.scheme === 'planmark-registry' ? e : undefined;
    });
    assert.strictEqual(shown.document.getText(target.range), '"人事股"');
    assert.strictEqual(shown.selection.start.line, target.range.start.line, 'the entry revealed');
    assert.ok(JSON.parse(shown.document.getText()).units.length > 50, 'the whole registry');
    // Typed into (the `type` command: what a keypress does in the focused editor), it stays as it is.
    const before = shown.document.getText();
    assert.strictEqual(vscode.window.activeTextEditor, shown, 'the registry has the focus');
    await vscode.commands.executeCommand('type', { text: 'x' });
    assert.strictEqual(shown.document.getText(), before, 'the registry is read-only');
    assert.ok(!shown.document.isDirty);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('rename (F2) of 人事股 edits both plans, and keeps the alias 人事师训股', async () => {
    await api();
    const { uri: uri2024, editor, position } = await atUnit('units/plan-2024.plan', 12, '人事股');
    const uri2025 = workspaceUri('units/plan-2025.plan');
    // The server is ready to rename across both plans (the index holds 2025's plan).
    const edit = await waitFor('a rename edit over both plans', async () => {
      const e = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', uri2024, position, '干部人事股');
      return e && e.has(uri2024) && e.has(uri2025) ? e : undefined;
    });
    editor.selection = new vscode.Selection(position, position);
    // As a user does it: F2 on the unit, type the new name into the rename box, Enter.
    const typed = await pressKeys([
      { press: 'F2' },
      // The box has the focus and the name in it (the server's placeholder) before anything is typed.
      { waitValue: { selector: '.rename-box input:focus', value: '人事股' } },
      { type: '干部人事股' },
      { waitValue: { selector: '.rename-box input:focus', value: '干部人事股' } },
      { press: 'Enter' },
      { waitHidden: '.rename-box input' },
    ]);
    if (!typed) {
      // No driver, so no keyboard (the electron runner): the provider's edit applied as F2
      // applies it, restricted to the two plans.
      console.log('[e2e] note: no driver to press F2; the rename provider\'s edit is applied instead');
      const mine = new vscode.WorkspaceEdit();
      for (const uri of [uri2024, uri2025]) mine.set(uri, edit.get(uri));
      assert.ok(await vscode.workspace.applyEdit(mine));
    }
    const after2024 = await waitFor('the 2024 plan renamed', async () => {
      const text = (await vscode.workspace.openTextDocument(uri2024)).getText();
      return text.includes(':干部人事股、教师进修学校') ? text : undefined;
    }).catch(async (e: Error) => {
      throw new Error(`${e.message}; line 13 is now: ${(await vscode.workspace.openTextDocument(uri2024)).lineAt(12).text}`);
    });
    const after2025 = (await vscode.workspace.openTextDocument(uri2025)).getText();
    assert.ok(after2024.includes(':人事师训股、财务股'), 'the alias is kept');
    assert.ok(after2025.includes('责任股室:干部人事股、教师进修学校'), 'the 2025 plan');
    assert.ok(!/[:、]人事股/.test(after2024 + after2025));
  });
});
