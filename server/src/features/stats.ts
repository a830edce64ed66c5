// planmark/stats (protocol.ts): a document's counts, answered on request and sent as a
// notification after each publish of its diagnostics (the VS Code status bar).
import type { PlanDocument } from '../../../core/model';
import type { PlanDiagnostic } from '../../../core/lint/index';
import { documentStats } from '../../../core/features/stats';
import { planProgress } from '../../../core/features/progressLens';
import type { ResolvedConfig } from '../../../core/config/types';
import { DocumentStatsNotification, DocumentStatsRequest, type DocumentStats } from '../protocol';
import type { Services } from '../services';

function statsOf(uri: string, version: number | null, doc: PlanDocument, diagnostics: readonly PlanDiagnostic[], config?: ResolvedConfig): DocumentStats {
  const stats: DocumentStats = {
    uri, version, ...documentStats(doc),
    problems: diagnostics.length,
    errors: diagnostics.filter(d => d.severity === 'error').length,
    warnings: diagnostics.filter(d => d.severity === 'warning').length,
  };
  const progress = config && planProgress(doc, config);
  if (progress) stats.progress = { total: progress.total, done: progress.done, overdue: progress.overdue };
  return stats;
}

export function registerStats({ connection, log, documents, diagnostics, configuration }: Services): void {
  connection.onRequest(DocumentStatsRequest.type, log.guard('planmark/stats', null, params => {
    const uri = params?.uri ?? params?.textDocument?.uri;
    const parsed = uri ? documents.parsed(uri) : undefined;
    return uri && parsed ? statsOf(uri, parsed.text.version, parsed.doc, diagnostics.latestFor(uri), configuration.forDocumentNow(uri).config) : null;
  }));
  diagnostics.onDidPublish(log.guard('stats notification', undefined, lint => {
    void connection.sendNotification(DocumentStatsNotification.type, statsOf(lint.uri, lint.version, lint.doc, lint.diagnostics, configuration.forDocumentNow(lint.uri).config))
      .catch(log.failed('stats notification'));
  }));
}
