// End-to-end tests in a real VS Code (code-server) with the real language server:
// activation, diagnostics, outline, completion, hover, the status bar and restart.
// The workspace is assembled from the repository's plans (test/e2e/workspace.js): clean.plan
// (examples/clean.plan), county-bureau.plan and one-line-items.plan (test/fixtures/plans/).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticsChange, freshCopy, waitFor, workspaceUri } from './helpers';

/** The API `activate` returns (client/src/extension.ts). */
interface PlanmarkApi {
  client: { isRunning(): boolean; sendRequest<R>(method: string, params: unknown): Promise<R> };
  ready: Promise<void>;
  statusBar: { text: string; stats: { parts: number; sections: number; items: number; problems: number } | undefined };
  restart(): Promise<void>;
}

const EXTENSION_ID = 'planmark.planmark';


let api: PlanmarkApi;

async function activate(): Promise<PlanmarkApi> {
  const ext = vscode.extensions.getExtension<PlanmarkApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  const exported = await ext.activate();
  assert.ok(exported && exported.client && exported.ready, 'activate() returns { client, ready }');
  await exported.ready;
  return exported;
}


async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(name));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  assert.strictEqual(doc.languageId, 'plan', `${name} opens as language "plan"`);
  return editor;
}

async function diagnosticsOf(uri: vscode.Uri, min = 1): Promise<vscode.Diagnostic[]> {
  return waitFor(`≥${min} diagnostics on ${uri.path}`, () => {
    const d = vscode.languages.getDiagnostics(uri);
    return d.length >= min ? d : undefined;
  });
}

function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c ?? '');
}

/** Line numbers (0-based) whose text matches, in order. */
function linesMatching(doc: vscode.TextDocument, re: RegExp): number[] {
  const out: number[] = [];
  for (let i = 0; i < doc.lineCount; i++) if (re.test(doc.lineAt(i).text)) out.push(i);
  return out;
}

/** The empty 责任股室(单位) line of the county plan's item 11 (0-based line 110). */
const EMPTY_RESPONSIBLE_LINE = 110;
function emptyResponsibleLine(doc: vscode.TextDocument): number {
  const item11 = linesMatching(doc, /^\s*11[.\uFF0E、]/)[0];
  assert.ok(item11 !== undefined, 'the county plan has item 11');
  const line = linesMatching(doc, /^\s*责任股室[(\uFF08]单位[)\uFF09][:\uFF1A]\s*$/).find((l) => l > item11);
  assert.ok(line !== undefined, 'item 11 has an empty 责任股室(单位) line');
  return line;
}

/** The first 责任股室(单位) line of the clean example that lists units after a 、. */
function unitListLine(doc: vscode.TextDocument): number {
  const line = linesMatching(doc, /^责任股室[(\uFF08]单位[)\uFF09][:\uFF1A][^、]+、/)[0];
  assert.ok(line !== undefined, 'clean.plan has a 责任股室 line listing several units');
  return line;
}

function flatten(symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children ?? [])]);
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

describe('Planmark extension (real VS Code)', function () {

  before(async () => {
    api = await activate();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('activates, starts the language server and exports { client, ready }', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.strictEqual(ext.isActive, true);
    assert.strictEqual(api.client.isRunning(), true, 'the language client is running');
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('planmark.restartServer'), 'planmark.restartServer is registered');
  });

  it('gives .plan files the language id "plan"', async () => {
    const editor = await open('clean.plan');
    assert.strictEqual(editor.document.languageId, 'plan');
    const langs = await vscode.languages.getLanguages();
    assert.ok(langs.includes('plan'));
  });

  it('reports the county plan\'s problems from source "planmark", including item 11\'s empty 责任股室 (PLAN009)', async () => {
    const editor = await open('county-bureau.plan');
    const doc = editor.document;
    const line = emptyResponsibleLine(doc);
    assert.strictEqual(line, EMPTY_RESPONSIBLE_LINE, 'the empty 责任股室 line of item 11 is line 111 (1-based)');
    const diagnostics = await waitFor('a diagnostic on the empty 责任股室 line', () => {
      const d = vscode.languages.getDiagnostics(doc.uri);
      return d.some((x) => x.range.start.line === line) ? d : undefined;
    });
    assert.ok(diagnostics.length > 5, `the county plan has many problems, got ${diagnostics.length}`);
    for (const d of diagnostics) assert.strictEqual(d.source, 'planmark', `diagnostic ${codeOf(d)} has source planmark`);
    const onLine = diagnostics.filter((d) => d.range.start.line === line);
    const empty = onLine.find((d) => codeOf(d) === 'PLAN009');
    assert.ok(empty, `PLAN009 (empty-block) on line ${line + 1}; found ${onLine.map(codeOf).join(', ')}`);
    assert.ok(/empty|空/i.test(empty.message), `message says the block is empty: ${empty.message}`);
    assert.ok(diagnostics.every((d) => /^PLAN\d{3}$/.test(codeOf(d))), 'every code is a PLANnnn rule id');
  });

  it('reports no problems for clean.plan', async () => {
    // A copy no other test has opened: its first publish (of no diagnostics) is awaited.
    const uri = await freshCopy('clean.plan', 'clean-no-problems.plan');
    try {
      const published = diagnosticsChange(uri);
      await open('clean-no-problems.plan');
      await published;
      const diagnostics = vscode.languages.getDiagnostics(uri);
      assert.deepStrictEqual(diagnostics.map((d) => `${d.range.start.line + 1}: ${codeOf(d)} ${d.message}`), []);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('outlines the county plan as 4 sections and 11 items', async () => {
    const editor = await open('county-bureau.plan');
    const symbols = await waitFor('document symbols', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
      return s && s.length ? s : undefined;
    });
    const all = flatten(symbols);
    const sections = all.filter((s) => s.kind === vscode.SymbolKind.Namespace);
    const items = all.filter((s) => s.kind === vscode.SymbolKind.Function);
    assert.strictEqual(sections.length, 4, `sections: ${sections.map((s) => s.name).join(' | ')}`);
    assert.strictEqual(items.length, 11, `items: ${items.length}`);
    assert.ok(sections[0].name.includes('加强党的建设'), `first section: ${sections[0].name}`);
    // every item sits under a section
    for (const section of sections) assert.ok(section.children.some((c) => c.kind === vscode.SymbolKind.Function));
  });

  it('outlines one-line-items.plan (items with title and body on one line, indented lines)', async () => {
    const editor = await open('one-line-items.plan');
    const symbols = await waitFor('document symbols', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
      return s && s.length ? s : undefined;
    });
    const all = flatten(symbols);
    assert.strictEqual(all.filter((s) => s.kind === vscode.SymbolKind.Namespace).length, 3, 'one-line-items.plan has 3 sections');
    assert.strictEqual(all.filter((s) => s.kind === vscode.SymbolKind.Function).length, 12, 'one-line-items.plan has items 1–12');
  });

  it('completes units (人事股) inside a 责任股室 line', async () => {
    const editor = await open('county-bureau.plan');
    const line = emptyResponsibleLine(editor.document);
    const position = editor.document.lineAt(line).range.end;
    const list = await waitFor('unit completions', async () => {
      const l = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position);
      return l && l.items.some((i) => labelOf(i) === '人事股') ? l : undefined;
    });
    const labels = list.items.map(labelOf);
    assert.ok(labels.includes('人事股'), `labels: ${labels.slice(0, 20).join(' ')}`);
    assert.ok(labels.includes('基教股'), 'a frequent unit of the county plan is offered too');

    // after a separator in the middle of a list, too
    const clean = await open('clean.plan');
    const at = unitListLine(clean.document);
    const afterSep = new vscode.Position(at, clean.document.lineAt(at).text.indexOf('、') + 1);
    const list2 = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', clean.document.uri, afterSep);
    assert.ok(list2.items.length > 0, 'units are offered after 、');
  });

  it('hovers a unit with its lead (牵头) role', async () => {
    const editor = await open('county-bureau.plan');
    const doc = editor.document;
    const line = linesMatching(doc, /^责任股室[(\uFF08]单位[)\uFF09][:\uFF1A]秘书股、/)[0];
    assert.ok(line !== undefined, 'a 责任股室 line led by 秘书股');
    const character = doc.lineAt(line).text.indexOf('秘书股') + 1;
    const hovers = await waitFor('a hover on 秘书股', async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, character));
      return h && h.length ? h : undefined;
    });
    const text = hoverText(hovers);
    assert.ok(text.includes('秘书股'), `hover names the unit: ${text}`);
    assert.ok(/牵头|lead/i.test(text), `hover mentions 牵头/lead: ${text}`);
  });

  it('shows the active document\'s counts in the status bar', async () => {
    await open('county-bureau.plan');
    const stats = await waitFor('status bar stats for the county plan', () => {
      const s = api.statusBar.stats;
      return s && s.items === 11 ? s : undefined;
    });
    assert.strictEqual(stats.sections, 4);
    assert.ok(stats.problems > 0);
    assert.match(api.statusBar.text, /(Items|条目) 11/);
    assert.match(api.statusBar.text, /(Sections|一级) 4/);

    await open('clean.plan');
    const clean = await waitFor('status bar stats for clean.plan', () => {
      const s = api.statusBar.stats;
      return s && s.items === 9 ? s : undefined;
    });
    assert.strictEqual(clean.sections, 3);
    assert.strictEqual(clean.problems, 0);
  });

  it('answers planmark/stats directly', async () => {
    const editor = await open('county-bureau.plan');
    const stats = await waitFor('stats of the county plan', () =>
      api.client.sendRequest<{ sections: number; items: number; problems: number } | null>('planmark/stats', { uri: editor.document.uri.toString() }).then((s) => s ?? undefined));
    assert.strictEqual(stats.sections, 4);
    assert.strictEqual(stats.items, 11);
  });

  it('updates diagnostics on edit (an emptied block is reported, undo clears it)', async () => {
    const editor = await open('clean.plan');
    const doc = editor.document;
    const line = unitListLine(doc);
    const text = doc.lineAt(line).text;
    const colon = Math.max(text.indexOf(':'), text.indexOf('\uFF1A'));
    await editor.edit((e) => e.delete(new vscode.Range(line, colon + 1, line, text.length)));
    await waitFor('PLAN009 after emptying a block', () =>
      vscode.languages.getDiagnostics(doc.uri).some((d) => d.range.start.line === line && codeOf(d) === 'PLAN009') || undefined);
    await vscode.commands.executeCommand('undo');
    await waitFor('no diagnostics after undo', () => (vscode.languages.getDiagnostics(doc.uri).length === 0 ? true : undefined));
    assert.strictEqual(doc.lineAt(line).text, text);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('applies the planmark.rules setting (PLAN009 off, then back on)', async () => {
    const editor = await open('county-bureau.plan');
    const uri = editor.document.uri;
    const has009 = () => vscode.languages.getDiagnostics(uri).some((d) => codeOf(d) === 'PLAN009');
    await waitFor('PLAN009 on the county plan', () => has009() || undefined);
    const config = vscode.workspace.getConfiguration('planmark', uri);
    try {
      await config.update('rules', { PLAN009: 'off' }, vscode.ConfigurationTarget.Workspace);
      await waitFor('PLAN009 gone with the rule off', () => (!has009() && vscode.languages.getDiagnostics(uri).length > 0) || undefined);
      await config.update('rules', { PLAN009: 'error' }, vscode.ConfigurationTarget.Workspace);
      const d = await waitFor('PLAN009 back as an error', () =>
        vscode.languages.getDiagnostics(uri).find((x) => codeOf(x) === 'PLAN009' && x.severity === vscode.DiagnosticSeverity.Error));
      assert.strictEqual(d.range.start.line, EMPTY_RESPONSIBLE_LINE);
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('PLAN009 back as a warning', () =>
      vscode.languages.getDiagnostics(uri).find((x) => codeOf(x) === 'PLAN009' && x.severity === vscode.DiagnosticSeverity.Warning));
  });

  it('follows a .planmark.json created and deleted in the workspace', async () => {
    const editor = await open('county-bureau.plan');
    const uri = editor.document.uri;
    const has018 = () => vscode.languages.getDiagnostics(uri).some((d) => codeOf(d) === 'PLAN018');
    await waitFor('PLAN018 (web noise) on the county plan', () => has018() || undefined);
    const configUri = workspaceUri('.planmark.json');
    await vscode.workspace.fs.writeFile(configUri, Buffer.from(JSON.stringify({ rules: { PLAN018: 'off' } }, null, 2)));
    try {
      await waitFor('PLAN018 gone after .planmark.json turns it off', () => (!has018() && vscode.languages.getDiagnostics(uri).length > 0) || undefined);
    } finally {
      await vscode.workspace.fs.delete(configUri);
    }
    await waitFor('PLAN018 back after .planmark.json is deleted', () => has018() || undefined);
  });

  it('restarts the server with planmark.restartServer', async () => {
    await vscode.commands.executeCommand('planmark.restartServer');
    await waitFor('the client running again', () => api.client.isRunning() || undefined);
    const editor = await open('county-bureau.plan');
    const stats = await waitFor('stats after restart', () =>
      api.client.sendRequest<{ items: number } | null>('planmark/stats', { uri: editor.document.uri.toString() }).then((s) => s ?? undefined));
    assert.strictEqual(stats.items, 11);
    await diagnosticsOf(editor.document.uri, 5);
  });
});
