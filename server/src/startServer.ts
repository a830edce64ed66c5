// Builds a Planmark language server on a connection: creates its services, wires the
// document events between them, registers the request handlers and starts listening.
// Nothing here runs on import, and every piece of state belongs to the objects created
// here, so one process can run several servers (the protocol tests run them in-process).
import type { Connection, Disposable } from 'vscode-languageserver/node';
import { ConfigFileProblems } from './configFileProblems';
import { Configuration } from './configuration';
import { DiagnosticsScheduler, type ServerHooks } from './diagnostics';
import { PlanDocuments } from './documents';
import { registerCodeActions } from './features/codeActions';
import { registerCompletion } from './features/completion';
import { registerFoldingRanges } from './features/folding';
import { registerFormatting } from './features/formatting';
import { registerHover } from './features/hover';
import { registerSelectionRanges } from './features/selectionRanges';
import { registerStats } from './features/stats';
import { registerDocumentSymbols } from './features/symbols';
import { registerCodeLens } from './features/codeLens';
import { registerInlayHints } from './features/inlayHints';
import { registerSemanticTokens } from './features/semanticTokens';
import { registerUnitSymbols } from './features/units';
import { registerWorkspaceSymbols } from './features/workspaceSymbols';
import { registerWorkspaceViews } from './features/workspaceViews';
import { WorkspaceDiagnostics } from './workspaceDiagnostics';
import { readInitialization, SERVER_INFO, serverCapabilities } from './initialize';
import { ServerLog } from './log';
import type { Services } from './services';
import { WatchedFiles } from './watchedFiles';
import { WorkspaceUnitIndex } from './workspaceIndex';
import { LargeDocuments } from './largeDocuments';
import type { ScanOptions } from './workspaceScan';

export interface ServerOptions {
  /** Limits of the workspace scan (default DEFAULT_SCAN; `maxWorkspaceFiles` still applies). */
  scan?: ScanOptions;
  /** Observers of the server's work (tests count lints with them). */
  hooks?: ServerHooks;
}

/** Starts a server on `connection`; disposing it stops its timers and the workspace scan. */
export function startServer(connection: Connection, options: ServerOptions = {}): Disposable {
  const log = new ServerLog(connection);
  const documents = new PlanDocuments();
  const configuration = new Configuration(connection, log, new ConfigFileProblems(connection, log));
  const workspace = new WorkspaceUnitIndex(connection, log, uri => documents.isOpen(uri), options.scan);
  const large = new LargeDocuments(connection, documents, configuration, workspace);
  const diagnostics = new DiagnosticsScheduler(connection, log, documents, configuration, workspace, large, options.hooks);
  const watchedFiles = new WatchedFiles(connection, log, configuration, workspace);
  const workspaceDiagnostics = new WorkspaceDiagnostics(connection, log, documents, configuration, workspace);
  const services: Services = { connection, log, documents, configuration, workspace, diagnostics, large };
  let views: Disposable | undefined;
  const stop = () => {
    views?.dispose();
    workspace.stop();
    diagnostics.stop();
  };

  connection.onInitialize(params => {
    const init = readInitialization(params);
    configuration.initialize(init);
    workspace.initialize(init);
    diagnostics.initialize(init);
    watchedFiles.initialize(init);
    return { capabilities: serverCapabilities(), serverInfo: { ...SERVER_INFO } };
  });
  connection.onInitialized(() => {
    configuration.registerForChanges();
    watchedFiles.register();
    void workspaceDiagnostics.readScope();
    workspace.start();
  });
  connection.onShutdown(stop);

  documents.onDidOpen(log.guard('didOpen', undefined, ev => diagnostics.documentOpened(ev.document)));
  documents.onDidChangeContent(log.guard('didChangeContent', undefined, ev => diagnostics.documentChanged(ev.document)));
  documents.onDidClose(log.guard('didClose', undefined, ev => {
    const uri = ev.document.uri;
    diagnostics.documentClosed(uri);
    configuration.forget(uri);
    workspace.documentClosed(uri);
  }));
  configuration.onDidChange(() => diagnostics.relintOpenDocuments());
  configuration.listen();
  watchedFiles.listen();
  workspaceDiagnostics.listen();

  registerDocumentSymbols(services);
  registerFoldingRanges(services);
  registerSelectionRanges(services);
  registerCompletion(services);
  registerHover(services);
  registerCodeActions(services);
  registerFormatting(services);
  registerStats(services);
  registerUnitSymbols(services);
  registerWorkspaceSymbols(services);
  registerCodeLens(services);
  registerInlayHints(services);
  registerSemanticTokens(services);
  views = registerWorkspaceViews(services);

  documents.listen(connection);
  connection.listen();
  return { dispose: stop };
}
