// The Planmark VS Code extension: starts the language server over IPC and shows
// the active plan document's counts in the status bar. Export, import and preview code
// loads when one of their commands first runs (./lazy.ts).
import * as vscode from 'vscode';
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  State,
  TransportKind,
} from 'vscode-languageclient/node';
import { registerFixCommands } from './commands/fixes';
import { getPreviewHtmlForTests, loadedParts, registerLazyCommands } from './lazy';
import { resolveServerModule } from './serverModule';
import { DocumentStatsRequest, REVEAL_AFTER_EDIT_COMMAND } from '../../server/src/protocol';
import { StatsStatusBar, type StatsFetcher } from './statusBar';
import { registerWorkspaceViews, type WorkspaceViews } from './views';
import { registerRegistryDocuments } from './registryDocuments';

/** What `activate` returns; the e2e tests use it. */
export interface PlanmarkApi {
  client: LanguageClient;
  /** Resolves once the client has started (the server answered `initialize`). */
  ready: Promise<void>;
  /** The status bar item's counts, for tests. */
  statusBar: StatsStatusBar;
  /** Restarts the server (the `planmark.restartServer` command). */
  restart(): Promise<void>;
  /** The body HTML the preview of a document last rendered (for the e2e suite). */
  getPreviewHtmlForTests(uri: import('vscode').Uri | string): string | undefined;
  /** The Units and Tasks views (issue 13), for tests. */
  views: WorkspaceViews;
  /** The lazily loaded parts loaded so far ('commands', 'preview'), for tests. */
  loadedParts(): string[];
}

export const LANGUAGE_ID = 'plan';

let client: LanguageClient | undefined;

function clientOptions(outputChannel: vscode.OutputChannel): LanguageClientOptions {
  const settings = vscode.workspace.getConfiguration('planmark');
  return {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
    ],
    synchronize: {
      // Sends workspace/didChangeConfiguration with the `planmark` section.
      configurationSection: 'planmark',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.planmark.json'),
    },
    initializationOptions: {
      locale: vscode.env.language,
      client: 'vscode',
      // Push, not pull: vscode-languageclient 9 pulls only for documents shown in a tab, so a
      // document opened without an editor would have no problems (docs/architecture.md).
      pullDiagnostics: false,
      // Go to definition of a built-in unit opens planmark-registry:/units.json (registryDocuments.ts).
      registryDocuments: true,
      // Run by the client after a fix's edit: the cursor where the fix leaves something to type.
      clientCommands: [REVEAL_AFTER_EDIT_COMMAND],
      settings: {
        rules: settings.get('rules'),
        numbering: settings.get('numbering'),
        requiredBlocks: settings.get('requiredBlocks'),
        units: settings.get('units'),
      },
    },
    diagnosticCollectionName: 'planmark',
    outputChannel,
  };
}

export async function activate(context: vscode.ExtensionContext): Promise<PlanmarkApi> {
  const serverModule = resolveServerModule((p) => context.asAbsolutePath(p));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6009'] },
    },
  };
  const outputChannel = vscode.window.createOutputChannel('Planmark');
  context.subscriptions.push(outputChannel);
  const languageClient = new LanguageClient('planmark', vscode.l10n.t('Planmark Language Server'), serverOptions, clientOptions(outputChannel));
  client = languageClient;

  const fetchStats: StatsFetcher = async (uri) => {
    if (languageClient.state !== State.Running) throw new Error('server not running');
    return languageClient.sendRequest(DocumentStatsRequest.type, { uri });
  };
  const statusBar = new StatsStatusBar(fetchStats, LANGUAGE_ID);
  context.subscriptions.push(statusBar);
  context.subscriptions.push(
    languageClient.onDidChangeState((e) => {
      if (e.newState === State.Running) statusBar.schedule(0);
    }),
  );

  const restart = async (): Promise<void> => {
    outputChannel.appendLine(vscode.l10n.t('Restarting the Planmark language server…'));
    if (languageClient.state === State.Stopped) await languageClient.start();
    else await languageClient.restart();
    statusBar.schedule(0);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('planmark.restartServer', async () => {
      try {
        await restart();
        vscode.window.setStatusBarMessage(vscode.l10n.t('Planmark language server restarted.'), 3000);
      } catch (err) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not restart the Planmark language server: {0}', String(err)));
      }
    }),
  );

  // Export, ledger, import and preview load on first use (./lazy.ts): activation loads only the client.
  registerLazyCommands(context, languageClient);
  registerFixCommands(context);
  const views = registerWorkspaceViews(context, languageClient);

  const ready = languageClient.start().then(
    () => statusBar.schedule(0),
    (err: unknown) => {
      outputChannel.appendLine(`${vscode.l10n.t('The Planmark language server failed to start: {0}', String(err))} (${serverModule})`);
      throw err;
    },
  );
  // Keep activation from failing on an unhandled rejection; callers of `ready` still see it.
  ready.catch(() => undefined);
  registerRegistryDocuments(context, languageClient, ready);

  return { client: languageClient, ready, statusBar, restart, getPreviewHtmlForTests, views, loadedParts };
}

export async function deactivate(): Promise<void> {
  if (client && client.state !== State.Stopped) await client.stop();
  client = undefined;
}
