// `Planmark: Open Preview` / `Planmark: Open Preview to the Side`: a webview per plan document
// showing it as it will print (the HTML export's renderer), live, scroll-synced, with
// diagnostics marked. Loaded on first use (client/src/lazy.ts registers the commands and the
// serializer at activation); `getPreviewHtmlForTests` goes on the extension's API for the e2e suite.
import * as vscode from 'vscode';
import { PreviewPanel } from './panel';
import { PREVIEW_VIEW_TYPE } from './viewType';


const panels = new Map<string, PreviewPanel>();

function isPlan(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'plan' || doc.uri.path.endsWith('.plan');
}

/** The document to preview: the command's URI (editor title, explorer), else the active plan editor's. */
function targetUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const editor = vscode.window.activeTextEditor;
  if (editor && isPlan(editor.document)) return editor.document.uri;
  return undefined;
}

function track(panel: PreviewPanel): PreviewPanel {
  const key = panel.uri.toString();
  panels.set(key, panel);
  panel.onDidDispose(() => { if (panels.get(key) === panel) panels.delete(key); });
  return panel;
}

export async function showPreview(extensionUri: vscode.Uri, arg: unknown, toSide: boolean): Promise<void> {
  const uri = targetUri(arg);
  if (!uri) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a .plan document to preview it.'));
    return;
  }
  // Make sure the text is available (an explorer URI may not be open yet).
  try {
    await vscode.workspace.openTextDocument(uri);
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Cannot read {0}: {1}', uri.fsPath, (e as Error).message));
    return;
  }
  const column = toSide ? vscode.ViewColumn.Beside : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active);
  const existing = panels.get(uri.toString());
  if (existing) {
    existing.reveal(toSide ? undefined : column, toSide);
    return;
  }
  const panel = vscode.window.createWebviewPanel(
    PREVIEW_VIEW_TYPE,
    vscode.l10n.t('Preview {0}', uri.path.split('/').pop() || uri.path),
    { viewColumn: column, preserveFocus: toSide },
    { enableScripts: true, localResourceRoots: [extensionUri], enableFindWidget: true },
  );
  track(new PreviewPanel(panel, uri, extensionUri));
}

/** For the e2e suite: the body HTML the preview of `uri` last rendered, if it is open. */
export function getPreviewHtmlForTests(uri: vscode.Uri | string): string | undefined {
  return panels.get(typeof uri === 'string' ? uri : uri.toString())?.html;
}

/** Restores a preview after a window reload (`onWebviewPanel:planmark.preview`). */
export async function deserializePreview(extensionUri: vscode.Uri, panel: vscode.WebviewPanel, state: { uri?: string } | undefined): Promise<void> {
  const uri = typeof state?.uri === 'string' ? vscode.Uri.parse(state.uri) : undefined;
  if (!uri || panels.has(uri.toString())) { panel.dispose(); return; }
  try {
    await vscode.workspace.openTextDocument(uri);
  } catch {
    panel.dispose();
    return;
  }
  track(new PreviewPanel(panel, uri, extensionUri));
}

/** Closes every preview (on deactivation). */
export function disposePreviews(): void {
  for (const p of [...panels.values()]) p.dispose();
  panels.clear();
}
