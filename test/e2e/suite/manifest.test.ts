// Checks of the extension's static contributions as VS Code loaded them: the manifest,
// its nls files, the l10n bundles, the language configuration and the snippets.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'planmark.planmark';

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
}

describe('Planmark manifest and contributions', function () {
  let ext: vscode.Extension<unknown>;
  let root: string;

  before(async () => {
    const found = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(found, `extension ${EXTENSION_ID} is not installed`);
    ext = found;
    root = ext.extensionPath;
    await ext.activate();
  });

  it('declares the activation events, main entry and l10n folder', () => {
    const pkg = readJson(path.join(root, 'package.json'));
    assert.deepStrictEqual(pkg.activationEvents, ['onLanguage:plan', 'workspaceContains:**/*.plan', 'onWebviewPanel:planmark.preview']);
    assert.strictEqual(pkg.main, './dist/extension.js');
    assert.strictEqual(pkg.l10n, './l10n');
    assert.ok(fs.existsSync(path.join(root, 'dist/extension.js')));
  });

  it('has every %key% of package.json in package.nls.json and package.nls.zh-cn.json', () => {
    const text = fs.readFileSync(path.join(root, 'package.json'), 'utf8');
    const keys = [...new Set([...text.matchAll(/"%([A-Za-z0-9_.-]+)%"/g)].map((m) => m[1]))];
    assert.ok(keys.length > 10, `only ${keys.length} nls keys`);
    for (const file of ['package.nls.json', 'package.nls.zh-cn.json']) {
      const nls = readJson(path.join(root, file));
      for (const k of keys) assert.ok(typeof nls[k] === 'string' && (nls[k] as string).length > 0, `${file} lacks ${k}`);
    }
    // VS Code substituted the English strings (the tests run with an English UI).
    const loaded = ext.packageJSON as { description: string; contributes: { commands: { title: string }[] } };
    assert.ok(!loaded.description.startsWith('%'), `description not localised: ${loaded.description}`);
    assert.ok(!loaded.contributes.commands[0].title.startsWith('%'));
  });

  it('has l10n bundles with the same keys (English values = keys)', () => {
    const en = readJson(path.join(root, 'l10n/bundle.l10n.json'));
    const zh = readJson(path.join(root, 'l10n/bundle.l10n.zh-cn.json'));
    assert.deepStrictEqual(Object.keys(zh).sort(), Object.keys(en).sort());
    for (const [k, v] of Object.entries(en)) assert.strictEqual(v, k);
    for (const [k, v] of Object.entries(zh)) {
      const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort().join();
      assert.strictEqual(placeholders(v as string), placeholders(k), `placeholders of ${k}`);
    }
    assert.strictEqual(zh['Sections {0} · Items {1} · Problems {2}'], '一级 {0} · 条目 {1} · 问题 {2}');
    assert.strictEqual(vscode.l10n.t('Sections {0} · Items {1} · Problems {2}', 6, 26, 3), 'Sections 6 · Items 26 · Problems 3');
  });

  it('points every contributed file at something that exists', () => {
    const pkg = readJson(path.join(root, 'package.json')) as {
      icon: string;
      contributes: {
        languages: { id: string; configuration: string; extensions: string[] }[];
        grammars: { scopeName: string; path: string }[];
        snippets: { path: string }[];
        jsonValidation: { fileMatch: string; url: string }[];
      };
    };
    const files = [
      pkg.icon,
      ...pkg.contributes.languages.map((l) => l.configuration),
      ...pkg.contributes.grammars.map((g) => g.path),
      ...pkg.contributes.snippets.map((s) => s.path),
      ...pkg.contributes.jsonValidation.map((j) => j.url),
    ];
    for (const f of files) assert.ok(fs.existsSync(path.join(root, f)), `${f} is missing`);
    const lang = pkg.contributes.languages.find((l) => l.id === 'plan');
    assert.ok(lang && lang.extensions.includes('.plan'));
    const grammar = readJson(path.join(root, pkg.contributes.grammars[0].path));
    assert.strictEqual(grammar.scopeName, 'source.plan');
    assert.strictEqual(pkg.contributes.grammars[0].scopeName, 'source.plan');
  });

  it('toggles // line comments with the language configuration', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'plan', content: '1.推进教育改革\n' });
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('editor.action.commentLine');
    assert.strictEqual(doc.lineAt(0).text, '// 1.推进教育改革');
    await vscode.commands.executeCommand('editor.action.commentLine');
    assert.strictEqual(doc.lineAt(0).text, '1.推进教育改革');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('offers the item, front-matter and section snippets', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'plan', content: '\n' });
    await vscode.window.showTextDocument(doc);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(0, 0));
    const snippets = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet);
    const labels = snippets.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const prefix of ['item', 'front', 'section']) {
      assert.ok(labels.includes(prefix), `snippet ${prefix} offered; got ${labels.join(', ')}`);
    }
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
