// One preview webview per plan document: renders with the HTML exporter's body renderer (via
// ./html), marks the document's diagnostics in place, patches the page by message as the user
// types (debounced), and keeps editor and preview scrolled together.
import * as crypto from 'crypto';
import * as vscode from 'vscode';
import { titleOf } from '../../../core/exports/flow';
import type { PlanDocument } from '../../../core/model';
import { PlanParser } from '../../../core/parse';
import {
  buildPreviewDocument, markDiagnostics, nonceFromBytes, renderPreviewBody,
  type PreviewDiagnostic, type PreviewSeverity, type PreviewSettings,
} from './html';

/** Debounce of re-renders after edits and diagnostics changes. */
export const PREVIEW_DEBOUNCE_MS = 100;
/** How long scroll events caused by our own syncing are ignored. */
const SYNC_GUARD_MS = 300;

type FromWebview =
  | { type: 'ready' }
  | { type: 'revealLine'; line: number }
  | { type: 'clickLine'; line: number };

function severityOf(s: vscode.DiagnosticSeverity): PreviewSeverity {
  switch (s) {
    case vscode.DiagnosticSeverity.Error: return 'error';
    case vscode.DiagnosticSeverity.Warning: return 'warning';
    case vscode.DiagnosticSeverity.Information: return 'information';
    default: return 'hint';
  }
}

function codeOf(code: vscode.Diagnostic['code']): string | undefined {
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function previewDiagnostics(uri: vscode.Uri): PreviewDiagnostic[] {
  return vscode.languages.getDiagnostics(uri).map(d => ({
    line: d.range.start.line, severity: severityOf(d.severity), message: d.message, code: codeOf(d.code),
  }));
}

function baseName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.path;
}

function isValidLine(line: unknown): line is number {
  return typeof line === 'number' && Number.isInteger(line) && line >= 0;
}

export class PreviewPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** The body baked into `webview.html` (what a reloaded webview shows). */
  private pageBody: string | undefined;
  /** The latest body rendered (posted or baked): the test hook's answer. */
  private lastBody: string | undefined;
  private lastText = '';
  /** Per-document parser: re-parsing after an edit only runs the grammar on changed lines. */
  private readonly parser = new PlanParser();
  private dirty = false;
  private wasVisible: boolean;
  private ignoreEditorScrollUntil = 0;
  private disposed = false;
  private readonly onDisposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.onDisposeEmitter.event;

  constructor(readonly panel: vscode.WebviewPanel, readonly uri: vscode.Uri, private readonly extensionUri: vscode.Uri) {
    panel.webview.options = { enableScripts: true, localResourceRoots: [extensionUri] };
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'images', 'icon.png');
    this.wasVisible = panel.visible;
    const key = uri.toString();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: FromWebview) => this.onMessage(m)),
      panel.onDidChangeViewState(e => {
        const visible = e.webviewPanel.visible;
        // A hidden webview loses its page; it reloads `webview.html`, so refresh that if stale.
        if (visible && !this.wasVisible && (this.dirty || this.pageBody !== this.lastBody)) this.renderPage();
        this.wasVisible = visible;
      }),
      vscode.workspace.onDidChangeTextDocument(e => {
        if (e.document.uri.toString() === key && e.contentChanges.length > 0) this.schedule();
      }),
      vscode.languages.onDidChangeDiagnostics(e => {
        if (e.uris.some(u => u.toString() === key)) this.schedule();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges(e => {
        if (e.textEditor.document.uri.toString() !== key || !this.panel.visible) return;
        if (Date.now() < this.ignoreEditorScrollUntil) return;
        const top = e.visibleRanges[0]?.start.line;
        if (top !== undefined) void this.panel.webview.postMessage({ type: 'scrollTo', line: top });
      }),
    );
    this.renderPage();
  }

  /** The body HTML last rendered for this document (test hook). */
  get html(): string | undefined {
    return this.lastBody;
  }

  private documentText(): string {
    const doc = vscode.workspace.textDocuments.find(d => d.uri.toString() === this.uri.toString());
    if (doc) this.lastText = doc.getText();
    return this.lastText;
  }

  private renderBody(): { body: string; doc: PlanDocument } {
    const doc = this.parser.parse(this.documentText());
    const body = markDiagnostics(renderPreviewBody(doc), previewDiagnostics(this.uri));
    this.lastBody = body;
    return { body, doc };
  }

  private editorFor(): vscode.TextEditor | undefined {
    const key = this.uri.toString();
    const editors = vscode.window.visibleTextEditors.filter(e => e.document.uri.toString() === key);
    return editors.find(e => e === vscode.window.activeTextEditor) ?? editors[0];
  }

  /** Sets the whole page (fresh nonce): on creation and when a hidden webview comes back. */
  renderPage(): void {
    if (this.disposed) return;
    const { body, doc } = this.renderBody();
    const nonce = nonceFromBytes(crypto.randomBytes(18));
    const settings: PreviewSettings = { uri: this.uri.toString() };
    const top = this.editorFor()?.visibleRanges[0]?.start.line;
    if (top !== undefined) settings.line = top;
    this.panel.title = vscode.l10n.t('Preview {0}', baseName(this.uri));
    this.panel.webview.html = buildPreviewDocument({
      body, nonce, cspSource: this.panel.webview.cspSource,
      title: titleOf(doc) || baseName(this.uri), settings,
      lang: 'zh-CN', emptyText: vscode.l10n.t('This plan document is empty.'),
    });
    this.pageBody = body;
    this.dirty = false;
  }

  /** Re-renders after PREVIEW_DEBOUNCE_MS; posts the new body (no page reload). */
  schedule(delay = PREVIEW_DEBOUNCE_MS): void {
    if (this.disposed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => { this.timer = undefined; this.update(); }, delay);
  }

  update(): void {
    if (this.disposed) return;
    if (!this.panel.visible) { this.dirty = true; return; }
    const before = this.lastBody;
    const { body } = this.renderBody();
    if (body === before) return;
    // the editor's top line, so that the preview stays aligned when content above changes height
    const line = this.editorFor()?.visibleRanges[0]?.start.line;
    void this.panel.webview.postMessage({ type: 'update', html: body, line });
  }

  reveal(viewColumn: vscode.ViewColumn | undefined, preserveFocus: boolean): void {
    this.panel.reveal(viewColumn ?? this.panel.viewColumn, preserveFocus);
  }

  private async onMessage(m: FromWebview): Promise<void> {
    if (!m || typeof m !== 'object') return;
    switch (m.type) {
      case 'ready': {
        if (this.lastBody !== undefined && this.lastBody !== this.pageBody) {
          void this.panel.webview.postMessage({ type: 'update', html: this.lastBody });
        }
        const top = this.editorFor()?.visibleRanges[0]?.start.line;
        if (top !== undefined) void this.panel.webview.postMessage({ type: 'scrollTo', line: top });
        return;
      }
      case 'revealLine': {
        if (!isValidLine(m.line)) return;
        const editor = this.editorFor();
        if (!editor) return;
        const line = Math.min(m.line, Math.max(0, editor.document.lineCount - 1));
        this.ignoreEditorScrollUntil = Date.now() + SYNC_GUARD_MS;
        editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
        return;
      }
      case 'clickLine': {
        if (!isValidLine(m.line)) return;
        const visible = this.editorFor();
        const document = visible?.document ?? await vscode.workspace.openTextDocument(this.uri);
        const line = Math.min(m.line, Math.max(0, document.lineCount - 1));
        const end = document.lineAt(line).range.end;
        const selection = new vscode.Selection(line, 0, end.line, end.character);
        const column = visible?.viewColumn
          ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
        this.ignoreEditorScrollUntil = Date.now() + SYNC_GUARD_MS;
        const editor = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: false });
        editor.selection = selection;
        editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        return;
      }
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.onDisposeEmitter.fire();
    this.onDisposeEmitter.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}
