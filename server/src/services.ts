// The objects one server is made of; startServer creates them, the features use them.
import type { Connection } from 'vscode-languageserver/node';
import type { Configuration } from './configuration';
import type { DiagnosticsScheduler } from './diagnostics';
import type { DiagnosticsMode } from './diagnosticsMode';
import type { LargeDocuments } from './largeDocuments';
import type { PlanDocuments } from './documents';
import type { ServerLog } from './log';
import type { WorkspaceDiagnostics } from './workspaceDiagnostics';
import type { WorkspaceUnitIndex } from './workspaceIndex';

export interface Services {
  connection: Connection;
  log: ServerLog;
  documents: PlanDocuments;
  configuration: Configuration;
  workspace: WorkspaceUnitIndex;
  diagnostics: DiagnosticsScheduler;
  /** Push or pull, and the refresh a pulling client is sent. */
  diagnosticsMode: DiagnosticsMode;
  workspaceDiagnostics: WorkspaceDiagnostics;
  /** What the client said it can show, filled in at `initialize`. */
  client: { registryDocuments: boolean };
  /** Very large documents: which features they skip. */
  large: LargeDocuments;
}
