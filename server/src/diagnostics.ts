// Lint diagnostics: published immediately when a document opens, debounced while it is
// edited, always with the version they were computed for, and never stale: a lint that a
// newer edit overtook is dropped before it parses. A lint first lets the messages already
// received run (one turn of the event loop), so that in an edit storm the edits that came
// together are applied first and only the last version is parsed and linted. A client that
// pulls (diagnosticsMode.ts) is sent nothing: it asks with textDocument/diagnostic and gets the
// same lint, computed once per version and configuration, with a result id that changes only
// when the findings do.
import {
  DocumentDiagnosticReportKind, Emitter, LSPErrorCodes, ResponseError, type Connection, type Diagnostic, type DocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { PlanDocument } from '../../core/model';
import type { PlanDiagnostic } from '../../core/lint/index';
import type { Locale } from '../../core/messages';
import type { PlanService } from '../../core/service';
import type { Configuration } from './configuration';
import { ResultIds, type DiagnosticsMode } from './diagnosticsMode';
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
  /** A plan entered the workspace index with this parse (or left it: no parse). */
  indexed?(uri: string, doc: PlanDocument | undefined): void;
}

/** One document version's diagnostics, just published. */
export interface PublishedLint {
  uri: string;
  version: number;
  doc: PlanDocument;
  diagnostics: PlanDiagnostic[];
}

/** One version's lint under one configuration. */
interface Linted {
  version: number;
  service: PlanService;
  locale: Locale;
  doc: PlanDocument;
  diagnostics: PlanDiagnostic[];
  items: Diagnostic[];
  /**
   * The report's result id, made when a pulling client first asks for this lint (it
   * serialises every finding, which a pushing server never needs to do on a keystroke).
   */
  resultId?: string;
}

export class DiagnosticsScheduler {
  /** The last lint of each open document (reused while version and configuration stay). */
  private readonly linted = new Map<string, Linted>();
  private readonly resultIds = new ResultIds('document:');
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
    private readonly mode: DiagnosticsMode,
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
    this.linted.delete(uri);
    this.resultIds.forget(uri);
    // A pulling client drops a closed document's diagnostics itself.
    if (!this.mode.pull) void this.connection.sendDiagnostics({ uri, diagnostics: [] }).catch(this.log.failed('clear diagnostics'));
  }

  /** Lints every open document again soon (coalescing bursts of change notifications); a pulling client is asked to pull. */
  relintOpenDocuments(): void {
    for (const text of this.documents.all()) this.schedule(text.uri, Math.min(this.debounceMs, 30));
    this.mode.refresh();
  }

  /**
   * textDocument/diagnostic: the open document's findings for its current version, or
   * `unchanged` when they are those of `previousResultId`. A document that is not open has
   * none here (closed plans come with workspace/diagnostic).
   */
  async report(uri: string, previousResultId: string | undefined): Promise<DocumentDiagnosticReport | undefined> {
    if (!this.documents.isOpen(uri)) return undefined;
    // An edit may overtake the configuration's fetch: lint the newer version then.
    for (let attempt = 0; attempt < 3; attempt++) {
      const linted = await this.lintCurrent(uri);
      if (!linted) continue;
      const resultId = linted.resultId ??= this.resultIds.idFor(uri, linted.items);
      return resultId === previousResultId
        ? { kind: DocumentDiagnosticReportKind.Unchanged, resultId }
        : { kind: DocumentDiagnosticReportKind.Full, resultId, items: linted.items };
    }
    if (!this.documents.isOpen(uri)) return undefined;
    throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The document kept changing; pull again.', { retriggerRequest: true });
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

  /**
   * The lint of `uri`'s current version under its current configuration (computed once);
   * undefined when the document closed or a newer edit arrived while the configuration was
   * fetched (that edit's own lint follows).
   */
  private async lintCurrent(uri: string, indexLater = false): Promise<Linted | undefined> {
    const version = this.documents.get(uri)?.version;
    if (version === undefined) return undefined;
    const config = await this.configuration.forDocument(uri);
    await settled(this.documents);
    const current = this.documents.get(uri);
    if (!current || current.version !== version) return undefined;
    const cached = this.linted.get(uri);
    if (cached && cached.version === version && cached.service === config.service && cached.locale === config.locale) return cached;
    const doc = this.documents.parse(current);
    const diagnostics = config.service.lint(doc, config.locale, this.documents.lintCache(uri));
    this.hooks.linted?.(uri, version);
    const items = diagnostics.map(toDiagnostic);
    const linted: Linted = { version, service: config.service, locale: config.locale, doc, diagnostics, items };
    this.linted.set(uri, linted);
    this.latest.set(uri, diagnostics);
    // A very large document stays out of the workspace index (and gets its notice once).
    // A pushing lint leaves indexing to when the editor is idle (lintNow), so that the
    // index's walk of the tree is not on the path from one keystroke to the next.
    if (!this.large.checked(uri) && !indexLater) this.workspace.updateDocument(uri, doc);
    return linted;
  }

  private async lintNow(uri: string): Promise<void> {
    try {
      const push = !this.mode.pull;
      const linted = await this.lintCurrent(uri, push);
      if (!linted) return;
      const { version, doc, diagnostics, items } = linted;
      try {
        if (push) await this.connection.sendDiagnostics({ uri, version, diagnostics: items });
      } finally {
        // Unless a newer lint came meanwhile (it indexes its own); a large document is left
        // out by the index itself (LargeDocuments.checked in lintCurrent). Indexed when the
        // editor is idle; a request that reads the index takes it first.
        if (push && this.linted.get(uri)?.doc === doc) this.workspace.updateDocumentWhenIdle(uri, doc);
      }
      this.published.fire({ uri, version, doc, diagnostics });
    } catch (e) {
      this.log.error(`lint ${uri}`, e);
    }
  }
}
