// The preview in a real VS Code: `Planmark: Open Preview to the Side` renders the document with
// the HTML export's renderer; the extension's API hands the tests the last HTML the preview
// rendered (the webview's DOM is out of reach of the extension host).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { freshCopy, screenshot, waitFor, workspaceUri } from './helpers';

interface PreviewApi {
  getPreviewHtmlForTests?(uri: vscode.Uri | string): string | undefined;
  client: { sendRequest<R>(method: string, params: unknown): Promise<R> };
}

/** Decodes the few entities the renderer writes, to compare with source text. */
function unescapeHtml(html: string): string {
  return html.replace(/&(amp|lt|gt|quot|#39);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" } as Record<string, string>)[e]);
}

describe('Planmark: Open Preview (planmark.showPreview / showPreviewToSide)', function () {
  let api: PreviewApi;

  before(async () => {
    const ext = vscode.extensions.getExtension<PreviewApi>('planmark.planmark');
    assert.ok(ext);
    api = await ext.activate();
    assert.strictEqual(typeof api.getPreviewHtmlForTests, 'function', 'activate() returns getPreviewHtmlForTests (preview test hook)');
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['planmark.showPreview', 'planmark.showPreviewToSide']) assert.ok(commands.includes(c), `${c} is registered`);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens clean.plan to the side and renders the title and every item', async () => {
    const uri = workspaceUri('clean.plan');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.One });
    await vscode.commands.executeCommand('planmark.showPreviewToSide');
    const html = await waitFor('the preview HTML of clean.plan', () => api.getPreviewHtmlForTests!(uri));
    const text = unescapeHtml(html.replace(/<[^>]+>/g, ''));
    // expectations read from the source text, not from the parser
    const lines = doc.getText().split(/\r?\n/);
    const title = lines.find((l) => l.startsWith('标题:'))!.slice('标题:'.length).trim();
    assert.ok(text.includes(title), `title ${title}`);
    // an item's title runs up to its first 。 (the rest of the line is its first paragraph)
    const items = lines.map((l) => /^\d+[.．]\s*([^。]+)/.exec(l.trim())?.[1]).filter((t): t is string => !!t);
    assert.ok(items.length >= 3, 'clean.plan has items');
    for (const item of items) assert.ok(text.includes(item), `item ${item}`);
    assert.ok(/<h5 [^>]*data-line="\d+"/.test(html), 'item headings carry data-line for scroll sync');
    // the preview is a tab next to the editor
    const tabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs);
    const tab = await waitFor(`a preview tab labelled with the file name (tabs: ${tabs().map((t) => t.label).join(', ')})`,
      () => tabs().find((t) => t.input instanceof vscode.TabInputWebview && t.label.includes('clean.plan')));
    assert.notStrictEqual(tab.group.viewColumn, vscode.ViewColumn.One, 'opened beside the editor');
    await screenshot('preview-side-by-side');
  });

  it('updates as the document changes', async () => {
    const doc = await vscode.workspace.openTextDocument({
      language: 'plan',
      content: '测试局2026年工作要点\n\n一、第一部分\n\n1.原有任务\n目标任务:原有目标。\n',
    });
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
    await vscode.commands.executeCommand('planmark.showPreviewToSide', doc.uri);
    await waitFor('the first render', () => api.getPreviewHtmlForTests!(doc.uri)?.includes('原有任务'));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(doc.lineCount, 0), '\n2.新增任务<b>加粗</b>\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const html = await waitFor('the edit in the preview', () => {
      const h = api.getPreviewHtmlForTests!(doc.uri);
      return h?.includes('新增任务') ? h : undefined;
    });
    assert.ok(html.includes('新增任务&lt;b&gt;加粗&lt;/b&gt;'), 'the new text, escaped');
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('a preview hidden behind another tab catches up when shown again', async () => {
    // A copy of its own, so that its preview is the one this test opened.
    const uri = await freshCopy('clean.plan', 'clean-hidden-preview.plan');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
    await vscode.commands.executeCommand('planmark.showPreviewToSide', uri);
    await waitFor('the preview of the copy', () => api.getPreviewHtmlForTests!(uri));
    const other = await vscode.workspace.openTextDocument({ language: 'plan', content: '另一个文档\n\n1.其他任务\n' });
    await vscode.window.showTextDocument(other, { viewColumn: vscode.ViewColumn.One });
    await vscode.commands.executeCommand('planmark.showPreviewToSide', other.uri); // covers the copy's preview
    await waitFor('the other preview', () => api.getPreviewHtmlForTests!(other.uri));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(doc.lineCount, 0), '\n10.隐藏期间新增的任务\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    // The edit has gone through the extension host's change events (the preview's listener
    // among them) once the language server has the new version.
    await waitFor('the server to have the edit', () =>
      api.client.sendRequest<{ version: number | null } | null>('planmark/stats', { uri: uri.toString() }).then((s) => s?.version === doc.version || undefined));
    await vscode.commands.executeCommand('planmark.showPreviewToSide', uri); // reveals the existing preview
    await waitFor('the edit in the re-shown preview', () => api.getPreviewHtmlForTests!(uri)?.includes('隐藏期间新增的任务'));
    for (const d of [other, doc]) {
      await vscode.window.showTextDocument(d, { viewColumn: vscode.ViewColumn.One });
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    assert.ok(!doc.isDirty, 'the copy reverted');
    await vscode.workspace.fs.delete(uri);
  });

  it('marks the county plan\'s diagnostics in place', async () => {
    const uri = workspaceUri('county-bureau.plan');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { viewColumn: vscode.ViewColumn.One });
    await waitFor('diagnostics on the county plan', () => vscode.languages.getDiagnostics(uri).length > 0);
    await vscode.commands.executeCommand('planmark.showPreviewToSide', uri);
    const html = await waitFor('a diagnostic marked in the county plan\'s preview', () => {
      const h = api.getPreviewHtmlForTests!(uri);
      return h && /class="[^"]*pm-diag-(error|warning|information)[^"]*"/.test(h) ? h : undefined;
    });
    assert.ok(/data-diag-count="\d+" title="[^"]+"/.test(html), 'the message in a title attribute');
  });
});
