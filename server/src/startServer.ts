// Builds a Planmark language server on a connection: creates its services, wires the
// document events between them, registers the request handlers and starts listening.
// Nothing here runs on import, and every piece of state belongs to the objects created
// here, so one process can run several servers (the protocol tests run them in-process).
import type { Connection, Disposable } from 'vscode-languageserver/node';
import { ConfigFileProblems } from './configFileProblems';
import { Configuration } from './configuration';
import { DiagnosticsScheduler, type ServerHooks } from './diagnostics';
import { DiagnosticsMode } from './diagnosticsMode';
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
import { registerPullDiagnostics } from './features/pullDiagnostics';
import { registerInlayHints } from './features/inlayHints';
import { registerSemanticTokens } from './features/semanticTokens';
import { registerUnitSymbols } from './features/units';
import { registerWorkspaceSymbols } from './features/workspaceSymbols';
import { registerWorkspaceViews } from './features/workspaceViews';
import { registerExport } from './features/export';
import { WorkspaceDiagnostics } from './workspaceDiagnostics';
import { readInitialization, SERVER_INFO, serverCapabilities } from './initialize';
import { ServerLog } from './log';
import type { Services } from './services';
import { WatchedFiles } from './watchedFiles';
import { WorkspaceUnitIndex } from './workspaceIndex';
import { scanOptionsFromSettings, type ScanOptions } from './workspaceScan';
import { LargeDocuments } from './largeDocuments';

export interface ServerOptions {
  /** Limits of the workspace scan (default DEFAULT_SCAN; `maxWorkspaceFiles`, then the planmark.workspace.* settings, override them). */
  scan?: ScanOptions;
  /** Observers of the server's work (tests count lints with them). */
  hooks?: ServerHooks;
}

/** Starts a server on `connection`; disposing it stops its timers and the workspace scan. */
export function startServer(connection: Connection, options: ServerOptions = {}): Disposable {
  const log = new ServerLog(connection);
  const documents = new PlanDocuments();
  const configuration = new Configuration(connection, log, new ConfigFileProblems(connection, log));
  const workspace = new WorkspaceUnitIndex(connection, log, uri => documents.isOpen(uri), options.scan, {
    limits: async base => scanOptionsFromSettings(base,
      await configuration.workspaceSetting('workspace', 'maxFiles'), await configuration.workspaceSetting('workspace', 'maxFileSizeKB')),
    locale: () => configuration.locale(),
  });
  // Deadlines are read with each plan's calendar (the `calendar` setting over the built-in one).
  const calendarOf = (uri: string) => configuration.forDocumentNow(uri).config.calendar;
  documents.useCalendars(calendarOf);
  workspace.useCalendars(calendarOf);
  const diagnosticsMode = new DiagnosticsMode(connection, log);
  const large = new LargeDocuments(connection, documents, configuration, workspace);
  const diagnostics = new DiagnosticsScheduler(connection, log, documents, configuration, workspace, diagnosticsMode, large, options.hooks);
  const indexed = options.hooks?.indexed;
  if (indexed) workspace.onDidChange(ev => indexed(ev.uri, ev.doc));
  const watchedFiles = new WatchedFiles(connection, log, configuration, workspace);
  const workspaceDiagnostics = new WorkspaceDiagnostics(connection, log, documents, configuration, workspace, diagnosticsMode);
  const services: Services = { connection, log, documents, configuration, workspace, diagnostics, diagnosticsMode, workspaceDiagnostics, large,
    client: { registryDocuments: false },
  };
  let views: Disposable | undefined;
  const stop = () => {
    views?.dispose();
    workspace.stop();
    diagnostics.stop();
    diagnosticsMode.stop();
  };

  connection.onInitialize(params => {
    const init = readInitialization(params);
    configuration.initialize(init);
    diagnosticsMode.initialize(init);
    services.client.registryDocuments = init.registryDocuments;
    workspace.initialize(init);
    diagnostics.initialize(init);
    watchedFiles.initialize(init);
    codeActions.initialize(init);
    return { capabilities: serverCapabilities(init), serverInfo: { ...SERVER_INFO } };
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
  configuration.onDidChange(() => void workspace.settingsChanged().catch(log.failed('index limits')));
  configuration.listen();
  watchedFiles.listen();
  workspaceDiagnostics.listen();

  registerDocumentSymbols(services);
  registerFoldingRanges(services);
  registerSelectionRanges(services);
  registerCompletion(services);
  registerHover(services);
  const codeActions = registerCodeActions(services);
  registerFormatting(services);
  registerStats(services);
  registerUnitSymbols(services);
  registerWorkspaceSymbols(services);
  registerCodeLens(services);
  registerInlayHints(services);
  registerSemanticTokens(services);
  registerExport(services);
  views = registerWorkspaceViews(services);
  registerPullDiagnostics(services);

  documents.listen(connection);
  connection.listen();
  return { dispose: stop };
}
