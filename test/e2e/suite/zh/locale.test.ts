// The extension in Chinese, in a real VS Code whose display language is zh-cn: the language
// server's diagnostics, quick-fix titles and hovers, the command titles (package.nls.zh-cn.json)
// and the status bar (vscode.l10n, l10n/bundle.l10n.zh-cn.json) are Chinese.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { waitFor, workspaceUri } from '../helpers';

const EXTENSION_ID = 'planmark.planmark';
const HAN = /[\u4e00-\u9fff]/;

interface PlanmarkApi {
  ready: Promise<void>;
  statusBar: { text: string; stats: { items: number } | undefined };
}

/** English words (three letters or more) left once rule codes, file names and icons are taken out. */
function englishWords(text: string): string[] {
  const stripped = text
    .replace(/\$\([a-z-]+\)/g, '') // codicons: $(list-tree)
    .replace(/PLAN\d{3}/g, '')
    .replace(/\.planmark\.json|\.plan\b/g, '')
    .replace(/https?:\/\/\S+/g, '')
    .replace(/```[a-z]*|[*_`#>|[\]()-]/g, ' ');
  return stripped.match(/\b[A-Za-z]{3,}\b/g) ?? [];
}

function assertChinese(what: string, text: string): void {
  assert.match(text, HAN, `${what} has Chinese: ${text}`);
  assert.deepStrictEqual(englishWords(text), [], `${what} has no English words: ${text}`);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap(h => h.contents).map(c => (typeof c === 'string' ? c : c.value)).join('\n');
}

describe('Planmark with the display language zh-cn', function () {
  let api: PlanmarkApi;
  let doc: vscode.TextDocument;
  let diagnostics: vscode.Diagnostic[];

  before(async function () {
    const ext = vscode.extensions.getExtension<PlanmarkApi>(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
    api = await ext.activate();
    await api.ready;
    doc = await vscode.workspace.openTextDocument(workspaceUri('county-bureau.plan'));
    await vscode.window.showTextDocument(doc, { preview: false });
    diagnostics = await waitFor('diagnostics on county-bureau.plan', () => {
      const d = vscode.languages.getDiagnostics(doc.uri);
      return d.length ? d : undefined;
    });
  });

  it('runs with vscode.env.language zh-cn', () => {
    assert.strictEqual(vscode.env.language, 'zh-cn');
  });

  it('diagnostics are Chinese', () => {
    for (const d of diagnostics) assertChinese(`diagnostic at line ${d.range.start.line + 1}`, d.message);
  });

  it('quick fixes have Chinese titles', async () => {
    const noise = diagnostics.find(d => String(typeof d.code === 'object' ? d.code.value : d.code) === 'PLAN018');
    assert.ok(noise, 'a PLAN018 (web residue) diagnostic');
    const actions = await waitFor('code actions for PLAN018', async () => {
      const a = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, noise.range, vscode.CodeActionKind.QuickFix.value);
      return a && a.length ? a : undefined;
    });
    for (const a of actions) assertChinese(`quick fix "${a.title}"`, a.title);
  });

  it('hovers are Chinese', async () => {
    const line = [...Array(doc.lineCount).keys()].find(i => /^责任股室[(\uFF08]单位[)\uFF09][:\uFF1A]秘书股、/.test(doc.lineAt(i).text));
    assert.ok(line !== undefined, 'a 责任股室 line led by 秘书股');
    const character = doc.lineAt(line).text.indexOf('秘书股') + 1;
    const hovers = await waitFor('a hover on 秘书股', async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, character));
      return h && h.length ? h : undefined;
    });
    assertChinese('the hover on 秘书股', hoverText(hovers));
  });

  it('command titles come from package.nls.zh-cn.json', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const zh = JSON.parse(fs.readFileSync(path.join(ext.extensionPath, 'package.nls.zh-cn.json'), 'utf8')) as Record<string, string>;
    // VS Code localizes the manifest it hands the extension: a title is {value, original} then.
    type Title = string | { value: string; original: string };
    const commands = (ext.packageJSON as { contributes: { commands: { command: string; title: Title }[] } }).contributes.commands;
    assert.ok(commands.length >= 5, 'the manifest declares the commands');
    for (const c of commands) {
      const title = typeof c.title === 'string' ? c.title : c.title.value;
      assert.ok(Object.values(zh).includes(title), `${c.command}: "${title}" is a title of package.nls.zh-cn.json`);
      assert.match(title, HAN, `${c.command}: "${title}"`);
    }
  });

  it('the status bar is Chinese', async () => {
    const text = await waitFor('the status bar of county-bureau.plan', () => (api.statusBar.stats?.items === 11 ? api.statusBar.text : undefined));
    assert.match(text, /条目 11/);
    assertChinese('the status bar', text);
  });
});
