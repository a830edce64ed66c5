// planmark.diagnostics.scope = workspace: closed plans are linted in the background (as the
// workspace index reads them, at start and when they change on disk) and their problems
// published, so the Problems panel shows the whole workspace. With `openFiles` (the
// default) only open documents have diagnostics (see diagnostics.ts).
import type { Connection } from 'vscode-languageserver/node';
import type { PlanDocument } from '../../core/model';
import type { Configuration } from './configuration';
import { toDiagnostic } from './convert';
import type { PlanDocuments } from './documents';
import type { ServerLog } from './log';
import type { WorkspaceUnitIndex } from './workspaceIndex';

export type DiagnosticsScope = 'openFiles' | 'workspace';

export class WorkspaceDiagnostics {
  private scope: DiagnosticsScope = 'openFiles';
  /** Closed plans whose diagnostics this module published. */
  private readonly published = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly log: ServerLog,
    private readonly documents: PlanDocuments,
    private readonly configuration: Configuration,
    private readonly workspace: WorkspaceUnitIndex,
  ) {}

  listen(): void {
    this.workspace.onDidChange(ev => {
      if (ev.open || this.documents.isOpen(ev.uri)) { this.published.delete(ev.uri); return; }
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

  private clear(uri: string): void {
    if (!this.published.delete(uri)) return;
    void this.connection.sendDiagnostics({ uri, diagnostics: [] }).catch(this.log.failed('clear workspace diagnostics'));
  }

  private async lintClosed(uri: string, doc: PlanDocument): Promise<void> {
    try {
      const config = await this.configuration.forDocument(uri);
      if (this.documents.isOpen(uri) || this.scope !== 'workspace') return;
      const diagnostics = config.service.lint(doc, config.locale).map(toDiagnostic);
      this.published.add(uri);
      await this.connection.sendDiagnostics({ uri, diagnostics });
    } catch (e) {
      this.log.error(`lint closed ${uri}`, e);
    }
  }
}
