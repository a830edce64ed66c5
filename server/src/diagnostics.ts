// Lint diagnostics: published immediately when a document opens, debounced while it is
// edited, always with the version they were computed for, and never stale: a lint that a
// newer edit overtook is dropped before it parses. A lint first lets the messages already
// received run (one turn of the event loop), so that in an edit storm the edits that came
// together are applied first and only the last version is parsed and linted.
import { Emitter, type Connection } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { PlanDocument } from '../../core/model';
import type { PlanDiagnostic } from '../../core/lint/index';
import type { Configuration } from './configuration';
import { toDiagnostic } from './convert';
import type { PlanDocuments } from './documents';
import type { Initialization } from './initialize';
import type { ServerLog } from './log';
import type { WorkspaceUnitIndex } from './workspaceIndex';
import { settled } from './cancellation';
import type { LargeDocuments } from './largeDocuments';

/** Observers of the server's work, for tests and the bench (counts, never times). */
export interface ServerHooks {
  /** A document version was linted (its diagnostics are about to be published). */
  linted?(uri: string, version: number): void;
}

/** One document version's diagnostics, just published. */
export interface PublishedLint {
  uri: string;
  version: number;
  doc: PlanDocument;
  diagnostics: PlanDiagnostic[];
}

export class DiagnosticsScheduler {
  private debounceMs = 150;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** The last published diagnostics of each open document (for stats). */
  private readonly latest = new Map<string, PlanDiagnostic[]>();
  /** Versions of just-opened documents: their first content event is the open itself. */
  private readonly openedVersion = new Map<string, number>();
  private readonly published = new Emitter<PublishedLint>();
  readonly onDidPublish = this.published.event;

  constructor(
    private readonly connection: Connection,
    private readonly log: ServerLog,
    private readonly documents: PlanDocuments,
    private readonly configuration: Configuration,
    private readonly workspace: WorkspaceUnitIndex,
    private readonly large: LargeDocuments,
    private readonly hooks: ServerHooks = {},
  ) {}

  initialize(init: Initialization): void {
    if (init.debounceMs !== undefined) this.debounceMs = init.debounceMs;
  }

  /** The diagnostics last published for `uri` ([] before the first lint). */
  latestFor(uri: string): readonly PlanDiagnostic[] {
    return this.latest.get(uri) ?? [];
  }

  documentOpened(text: TextDocument): void {
    this.cancel(text.uri);
    this.openedVersion.set(text.uri, text.version);
    void this.lintNow(text.uri);
  }

  documentChanged(text: TextDocument): void {
    const opened = this.openedVersion.get(text.uri);
    this.openedVersion.delete(text.uri);
    if (opened === text.version) return; // linted by documentOpened
    this.schedule(text.uri, this.debounceMs);
  }

  documentClosed(uri: string): void {
    this.cancel(uri);
    this.openedVersion.delete(uri);
    this.latest.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] }).catch(this.log.failed('clear diagnostics'));
  }

  /** Lints every open document again soon (coalescing bursts of change notifications). */
  relintOpenDocuments(): void {
    for (const text of this.documents.all()) this.schedule(text.uri, Math.min(this.debounceMs, 30));
  }

  stop(): void {
    for (const uri of [...this.timers.keys()]) this.cancel(uri);
  }

  private cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t) { clearTimeout(t); this.timers.delete(uri); }
  }

  private schedule(uri: string, delay: number): void {
    this.cancel(uri);
    if (delay <= 0) { void this.lintNow(uri); return; }
    this.timers.set(uri, setTimeout(() => { this.timers.delete(uri); void this.lintNow(uri); }, delay));
  }

  private async lintNow(uri: string): Promise<void> {
    try {
      const version = this.documents.get(uri)?.version;
      if (version === undefined) return;
      const config = await this.configuration.forDocument(uri);
      await settled(this.documents);
      // A newer edit arrived while the configuration was fetched: its own lint will publish.
      const current = this.documents.get(uri);
      if (!current || current.version !== version) return;
      const doc = this.documents.parse(current);
      const diagnostics = config.service.lint(doc, config.locale, this.documents.lintCache(uri));
      this.hooks.linted?.(uri, version);
      this.latest.set(uri, diagnostics);
      // A very large document stays out of the workspace index (and gets its notice once).
      if (!this.large.checked(uri)) this.workspace.updateDocument(uri, doc);
      await this.connection.sendDiagnostics({ uri, version, diagnostics: diagnostics.map(toDiagnostic) });
      this.published.fire({ uri, version, doc, diagnostics });
    } catch (e) {
      this.log.error(`lint ${uri}`, e);
    }
  }
}
