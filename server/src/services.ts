// The objects one server is made of; startServer creates them, the features use them.
import type { Connection } from 'vscode-languageserver/node';
import type { Configuration } from './configuration';
import type { DiagnosticsScheduler } from './diagnostics';
import type { LargeDocuments } from './largeDocuments';
import type { PlanDocuments } from './documents';
import type { ServerLog } from './log';
import type { WorkspaceUnitIndex } from './workspaceIndex';

export interface Services {
  connection: Connection;
  log: ServerLog;
  documents: PlanDocuments;
  configuration: Configuration;
  workspace: WorkspaceUnitIndex;
  diagnostics: DiagnosticsScheduler;
  /** Very large documents: which features they skip. */
  large: LargeDocuments;
}
