// `Planmark: Import…`: a .txt/.html/.docx file or the clipboard → a new, untitled
// `.plan` document. The summary of what import removed or moved goes to the
// "Planmark Import" output channel; an information message offers to show it.
import * as vscode from 'vscode';
import { formatReport, importPlan, type ImportResult } from '../../../core/import';

let channel: vscode.OutputChannel | undefined;

function output(): vscode.OutputChannel {
  channel ??= vscode.window.createOutputChannel('Planmark Import');
  return channel;
}

type Source = 'file' | 'clipboard';

async function pickSource(): Promise<Source | undefined> {
  const items: (vscode.QuickPickItem & { source: Source })[] = [
    { label: vscode.l10n.t('From a file…'), description: '.txt, .html, .docx', source: 'file' },
    { label: vscode.l10n.t('From the clipboard'), source: 'clipboard' },
  ];
  const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Import a plan from…') });
  return picked?.source;
}

async function importFromFile(): Promise<{ result: ImportResult; name: string } | undefined> {
  const uris = await vscode.window.showOpenDialog({
    canSelectMany: false,
    openLabel: vscode.l10n.t('Import'),
    filters: {
      [vscode.l10n.t('Plan sources')]: ['txt', 'html', 'htm', 'docx'],
      [vscode.l10n.t('All files')]: ['*'],
    },
  });
  if (!uris?.length) return undefined;
  const uri = uris[0];
  const bytes = await vscode.workspace.fs.readFile(uri);
  const name = uri.path.split('/').pop() ?? uri.path;
  return { result: await importPlan({ bytes, fileName: name }), name };
}

async function importFromClipboard(): Promise<{ result: ImportResult; name: string } | undefined> {
  const text = await vscode.env.clipboard.readText();
  if (!text.trim()) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The clipboard holds no text to import.'));
    return undefined;
  }
  return { result: await importPlan({ text }), name: vscode.l10n.t('clipboard') };
}

/** Runs an import and opens the result; exported for tests. */
export async function runImportCommand(source?: Source): Promise<vscode.TextDocument | undefined> {
  const from = source ?? await pickSource();
  if (!from) return undefined;
  let imported: { result: ImportResult; name: string } | undefined;
  try {
    imported = from === 'file' ? await importFromFile() : await importFromClipboard();
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Planmark could not import: {0}', (e as Error).message));
    return undefined;
  }
  if (!imported) return undefined;
  const { result, name } = imported;
  const doc = await vscode.workspace.openTextDocument({ language: 'plan', content: result.text });
  await vscode.window.showTextDocument(doc);

  const ch = output();
  const how = [result.format, result.encoding].filter(Boolean).join(', ');
  ch.appendLine(`[${new Date().toLocaleTimeString()}] ${vscode.l10n.t('Imported {0} ({1})', name, how)}`);
  ch.append(formatReport(result.report, /^zh/i.test(vscode.env.language) ? 'zh-cn' : 'en'));
  ch.appendLine('');
  const removed = result.report.filter(e => e.action === 'removed').length;
  const moved = result.report.filter(e => e.action === 'moved-to-front-matter').length;
  const details = vscode.l10n.t('Show details');
  const choice = await vscode.window.showInformationMessage(
    vscode.l10n.t('Imported {0}: {1} lines removed, {2} moved to front matter, {3} other changes.', name, removed, moved, result.report.length - removed - moved),
    details);
  if (choice === details) ch.show(true);
  return doc;
}

/** Closes the "Planmark Import" output channel (on deactivation). */
export function disposeImportChannel(): void {
  channel?.dispose();
  channel = undefined;
}
