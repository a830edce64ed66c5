// Push or pull (LSP 3.17): a client that declares textDocument.diagnostic (and did not ask
// for push in its initialization options) pulls the diagnostics of open documents
// (textDocument/diagnostic) and of closed plans (workspace/diagnostic); every other client is
// sent textDocument/publishDiagnostics. Either way the findings are the same lint's. In pull
// mode a change the client cannot see (settings, .planmark.json, a closed plan on disk) is
// announced with workspace/diagnostic/refresh when the client supports it.
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import type { Initialization } from './initialize';
import type { ServerLog } from './log';

/** A report's result id: it changes only when the diagnostics do, so a repeated pull answers `unchanged`. */
export class ResultIds {
  private next = 1;

  /** `prefix` keeps apart the ids of reports from different sources (a document pull, the workspace pull) for one URI. */
  constructor(private readonly prefix: string) {}

  private readonly last = new Map<string, { id: string; json: string }>();

  /** The id of `diagnostics` as `uri`'s latest report. */
  idFor(uri: string, diagnostics: readonly Diagnostic[]): string {
    const json = JSON.stringify(diagnostics);
    const last = this.last.get(uri);
    if (last && last.json === json) return last.id;
    const id = `${this.prefix}${this.next++}`;
    this.last.set(uri, { id, json });
    return id;
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }
}

export class DiagnosticsMode {
  /** The client pulls (the server publishes no lint diagnostics). */
  pull = false;
  private refreshSupported = false;
  private refreshTimer: NodeJS.Timeout | undefined;

  constructor(private readonly connection: Connection, private readonly log: ServerLog) {}

  initialize(init: Initialization): void {
    this.pull = !!init.client.pullDiagnostics;
    this.refreshSupported = this.pull && !!init.client.diagnosticsRefresh;
  }

  /** Asks a pulling client to pull again soon (bursts coalesce into one refresh). */
  refresh(): void {
    if (!this.refreshSupported || this.refreshTimer) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      try {
        // Typed void, but the library sends a request and returns its promise.
        const sent = this.connection.languages.diagnostics.refresh() as unknown as Promise<void> | undefined;
        void sent?.catch(this.log.failed('diagnostics refresh'));
      } catch (e) {
        this.log.error('diagnostics refresh', e);
      }
    }, 50);
  }

  stop(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
  }
}
