// The parts of the extension that are loaded on first use, not at activation: the export,
// ledger and import commands (core exporters and importers with docx, exceljs, mammoth,
// parse5…) and the preview (the parser and the HTML renderer). Activation registers thin
// commands that load the part when one runs. In the packaged extension each part is its own
// bundle beside dist/extension.js (scripts/build.js maps `./lazy/<part>` to `./<part>.js`);
// compiled with tsc the same `require` finds out/client/src/lazy/<part>.js.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PREVIEW_VIEW_TYPE } from './preview/viewType';

type CommandsPart = typeof import('./lazy/commands');
type PreviewPart = typeof import('./lazy/preview');

let commandsPart: CommandsPart | undefined;
let previewPart: PreviewPart | undefined;

/** The language client the loaded commands part exports through (see commands/export.ts). */
let exportClient: LanguageClient | undefined;

function commands(): CommandsPart {
  if (!commandsPart) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    commandsPart = require('./lazy/commands') as CommandsPart;
    commandsPart.setExportClient(exportClient);
  }
  return commandsPart;
}

function preview(): PreviewPart {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (previewPart ??= require('./lazy/preview') as PreviewPart);
}

/** Which parts have been loaded so far (for tests: activation loads none). */
export function loadedParts(): string[] {
  return [commandsPart && 'commands', previewPart && 'preview'].filter((p): p is string => !!p);
}

/** The preview's body HTML for the e2e suite; undefined while the preview part is not loaded. */
export function getPreviewHtmlForTests(uri: vscode.Uri | string): string | undefined {
  return previewPart?.getPreviewHtmlForTests(uri);
}

/** Restores previews after a window reload; loads the preview part only when there is one. */
class PreviewSerializer implements vscode.WebviewPanelSerializer<{ uri?: string }> {
  constructor(private readonly extensionUri: vscode.Uri) {}

  deserializeWebviewPanel(panel: vscode.WebviewPanel, state: { uri?: string } | undefined): Promise<void> {
    return preview().deserializePreview(this.extensionUri, panel, state);
  }
}

/** Registers the export, ledger, import and preview commands; their code loads when one runs. */
export function registerLazyCommands(context: vscode.ExtensionContext, client?: LanguageClient): void {
  exportClient = client;
  const extensionUri = context.extensionUri;
  const lazy = (id: string, run: (...args: unknown[]) => unknown): vscode.Disposable =>
    vscode.commands.registerCommand(id, (...args: unknown[]) => run(...args));
  context.subscriptions.push(
    // A second argument {format, target} skips the pickers (for scripts and tests).
    lazy('planmark.export', (arg, preset) => commands().runExportCommand(arg, preset as Parameters<CommandsPart['runExportCommand']>[1])),
    lazy('planmark.exportUnitLists', (arg, preset) => commands().runExportUnitListsCommand(arg, preset as Parameters<CommandsPart['runExportUnitListsCommand']>[1])),
    lazy('planmark.exportLedger', (arg, preset) => commands().runExportLedgerCommand(arg, preset as Parameters<CommandsPart['runExportLedgerCommand']>[1])),
    lazy('planmark.mergeLedgers', (arg, preset) => commands().runMergeLedgersCommand(arg, preset as Parameters<CommandsPart['runMergeLedgersCommand']>[1])),
    lazy('planmark.import', source => commands().runImportCommand(source === 'file' || source === 'clipboard' ? source : undefined)),
    lazy('planmark.showPreview', arg => preview().showPreview(extensionUri, arg, false)),
    lazy('planmark.showPreviewToSide', arg => preview().showPreview(extensionUri, arg, true)),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, new PreviewSerializer(extensionUri)),
    { dispose: () => { commandsPart?.disposeCommands(); previewPart?.disposePreviews(); } },
  );
}
