// Pull diagnostics (LSP 3.17), announced only to a client that pulls (diagnosticsMode.ts):
// textDocument/diagnostic answers an open document's lint (or a closed plan's, scope
// `workspace`), workspace/diagnostic the closed plans' reports; both say `unchanged` for a
// result id the client already holds.
import { DocumentDiagnosticReportKind, ResponseError, type DocumentDiagnosticReport, type WorkspaceDiagnosticReport } from 'vscode-languageserver/node';
import type { Services } from '../services';

export function registerPullDiagnostics({ connection, log, diagnostics, workspaceDiagnostics }: Services): void {
  connection.languages.diagnostics.on(async (params): Promise<DocumentDiagnosticReport> => {
    const uri = params.textDocument.uri;
    let open: DocumentDiagnosticReport | undefined;
    try {
      open = await diagnostics.report(uri, params.previousResultId);
    } catch (e) {
      if (e instanceof ResponseError) throw e; // ServerCancelled: the client pulls again
      log.error('textDocument/diagnostic', e);
      return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    }
    if (open) return open;
    const closed = workspaceDiagnostics.reportOf(uri);
    if (closed && closed.resultId === params.previousResultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: closed.resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId: closed?.resultId, items: closed?.items ?? [] };
  });
  connection.languages.diagnostics.onWorkspace(log.guard('workspace/diagnostic', { items: [] }, (params): WorkspaceDiagnosticReport => {
    const previous = new Map(params.previousResultIds.map(p => [p.uri, p.value]));
    return { items: workspaceDiagnostics.workspaceReport(previous) };
  }));
}
