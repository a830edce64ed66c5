// planmark.diagnostics.scope = workspace: closed plans are linted in the background (as the
// workspace index reads them, at start and when they change on disk) and their problems
// published, so the Problems panel shows the whole workspace. With `openFiles` (the
// default) only open documents have diagnostics (see diagnostics.ts). A client that pulls
// (diagnosticsMode.ts) gets the same reports from workspace/diagnostic instead, each with a
// result id, `unchanged` when it pulled them already; a plan that lost its problems (deleted,
// opened, or the scope set back) is reported once more with none.
import {
  DocumentDiagnosticReportKind, type Connection, type Diagnostic, type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import type { PlanDocument } from '../../core/model';
import type { Configuration } from './configuration';
import { toDiagnostic } from './convert';
import { ResultIds, type DiagnosticsMode } from './diagnosticsMode';
import type { PlanDocuments } from './documents';
import type { ServerLog } from './log';
import type { WorkspaceUnitIndex } from './workspaceIndex';

export type DiagnosticsScope = 'openFiles' | 'workspace';

export class WorkspaceDiagnostics {
  private scope: DiagnosticsScope = 'openFiles';
  /** Closed plans whose diagnostics this module published. */
  private readonly published = new Set<string>();
  /** Pull mode: each closed plan's latest report (an empty one after its problems went). */
  private readonly reports = new Map<string, { resultId: string; items: Diagnostic[] }>();
  private readonly resultIds = new ResultIds('workspace:');

  constructor(
    private readonly connection: Connection,
    private readonly log: ServerLog,
    private readonly documents: PlanDocuments,
    private readonly configuration: Configuration,
    private readonly workspace: WorkspaceUnitIndex,
    private readonly mode: DiagnosticsMode,
  ) {}

  listen(): void {
    this.workspace.onDidChange(ev => {
      if (ev.open || this.documents.isOpen(ev.uri)) { this.opened(ev.uri); return; }
      if (ev.doc) { if (this.scope === 'workspace') void this.lintClosed(ev.uri, ev.doc); }
      else this.clear(ev.uri);
    });
    this.configuration.onDidChange(() => void this.readScope());
  }

  /** Reads the setting (after `initialized`) and applies a change. */
  async readScope(): Promise<void> {
    const value = await this.configuration.workspaceSetting('diagnostics', 'scope');
    const scope: DiagnosticsScope = value === 'workspace' ? 'workspace' : 'openFiles';
    if (scope === this.scope) return;
    this.scope = scope;
    if (scope === 'workspace') this.workspace.reindexClosed();
    else for (const uri of [...this.published]) this.clear(uri);
  }

  /**
   * workspace/diagnostic: a report for every closed plan linted here, `unchanged` where
   * `previous` (the client's result ids by URI) holds its current result id.
   */
  workspaceReport(previous: ReadonlyMap<string, string>): WorkspaceDocumentDiagnosticReport[] {
    return [...this.reports].map(([uri, r]) => previous.get(uri) === r.resultId
      ? { kind: DocumentDiagnosticReportKind.Unchanged, uri, version: null, resultId: r.resultId }
      : { kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId: r.resultId, items: r.items });
  }

  /** The latest report of a closed plan (a pulling client may ask for one by document). */
  reportOf(uri: string): { resultId: string; items: Diagnostic[] } | undefined {
    return this.reports.get(uri);
  }

  /** A plan was opened: its own diagnostics (pushed or pulled by document) replace these. */
  private opened(uri: string): void {
    if (this.published.delete(uri) && this.mode.pull) this.reports.set(uri, { resultId: this.resultIds.idFor(uri, []), items: [] });
  }

  private clear(uri: string): void {
    if (!this.published.delete(uri)) return;
    if (this.mode.pull) {
      this.reports.set(uri, { resultId: this.resultIds.idFor(uri, []), items: [] });
      this.mode.refresh();
      return;
    }
    void this.connection.sendDiagnostics({ uri, diagnostics: [] }).catch(this.log.failed('clear workspace diagnostics'));
  }

  private async lintClosed(uri: string, doc: PlanDocument): Promise<void> {
    try {
      const config = await this.configuration.forDocument(uri);
      if (this.documents.isOpen(uri) || this.scope !== 'workspace') return;
      const diagnostics = config.service.lint(doc, config.locale).map(toDiagnostic);
      this.published.add(uri);
      if (this.mode.pull) {
        const resultId = this.resultIds.idFor(uri, diagnostics);
        if (this.reports.get(uri)?.resultId === resultId) return;
        this.reports.set(uri, { resultId, items: diagnostics });
        this.mode.refresh();
        return;
      }
      await this.connection.sendDiagnostics({ uri, diagnostics });
    } catch (e) {
      this.log.error(`lint closed ${uri}`, e);
    }
  }
}
