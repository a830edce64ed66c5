// What the server learns at `initialize` (client capabilities, initialization options,
// workspace roots) and what it answers (its capabilities).
import { CodeActionKind, TextDocumentSyncKind, type InitializeParams, type ServerCapabilities } from 'vscode-languageserver/node';
import type { Locale } from '../../core/lint/index';
import { toLocale, type PlanmarkSettings } from './settings';
import { uriToPath } from './uris';
import { UNIT_TOKEN_MODIFIERS, UNIT_TOKEN_TYPES } from '../../core/features/unitSemanticTokens';

/** Options a client may pass in `initializationOptions`. */
export interface InitOptions {
  debounceMs?: number;
  /**
   * How long the editor must be idle before an edited document's new parse enters the
   * workspace index (default 300 ms; a request that reads the index takes it at once).
   */
  indexIdleMs?: number;
  locale?: string;
  /** Scan workspace folders for `.plan` files (unit usage). Default true. */
  scanWorkspace?: boolean;
  maxWorkspaceFiles?: number;
  /**
   * false: publish diagnostics (push) even when the client declares that it can pull them
   * (textDocument.diagnostic). The VS Code client sends false (docs/architecture.md says why).
   */
  pullDiagnostics?: boolean;
  /** The client shows `planmark-registry:` documents (protocol.ts): go to definition of a built-in unit points there. */
  registryDocuments?: boolean;
  /** The `planmark` settings at start (the VS Code client sends them); workspace/configuration wins when supported. */
  settings?: PlanmarkSettings;
  /**
   * Commands the client runs itself (the VS Code client: `planmark.revealAfterEdit`, see
   * protocol.ts). A code action carries such a command only for a client that names it: any
   * other client would send it back as workspace/executeCommand.
   */
  clientCommands?: string[];
}

/** The initialize request, checked and reduced to what the services need. */
export interface Initialization {
  client: {
    configuration: boolean;
    dynamicConfigurationChange: boolean;
    dynamicWatchedFiles: boolean;
    workspaceFolders: boolean;
    /** The client shows server-initiated progress (window/workDoneProgress/create). */
    workDoneProgress?: boolean;
    /** The client pulls diagnostics (textDocument/diagnostic) and did not ask for push instead. */
    pullDiagnostics?: boolean;
    /** The client re-pulls when the server sends workspace/diagnostic/refresh. */
    diagnosticsRefresh?: boolean;
  };
  /** Undefined: keep the default. */
  debounceMs?: number;
  /** Undefined: keep the default. */
  indexIdleMs?: number;
  locale: Locale;
  scanWorkspace: boolean;
  maxWorkspaceFiles?: number;
  registryDocuments: boolean;
  settings?: PlanmarkSettings;
  /** The client-side commands the client runs (initialization option `clientCommands`). */
  clientCommands: string[];
  /** Workspace folders as paths (or the root path of an older client). */
  roots: string[];
}

export function readInitialization(params: InitializeParams): Initialization {
  const workspace = params.capabilities.workspace;
  const options = (params.initializationOptions ?? {}) as InitOptions;
  const debounceMs = options.debounceMs;
  const indexIdleMs = options.indexIdleMs;
  const roots = params.workspaceFolders?.map(f => uriToPath(f.uri)).filter((p): p is string => !!p) ?? [];
  if (!roots.length && params.rootUri) { const p = uriToPath(params.rootUri); if (p) roots.push(p); }
  if (!roots.length && params.rootPath) roots.push(params.rootPath);
  return {
    client: {
      configuration: !!workspace?.configuration,
      dynamicConfigurationChange: !!workspace?.didChangeConfiguration?.dynamicRegistration,
      dynamicWatchedFiles: !!workspace?.didChangeWatchedFiles?.dynamicRegistration,
      workspaceFolders: !!workspace?.workspaceFolders,
      workDoneProgress: !!params.capabilities.window?.workDoneProgress,
      pullDiagnostics: !!params.capabilities.textDocument?.diagnostic && options.pullDiagnostics !== false,
      diagnosticsRefresh: !!workspace?.diagnostics?.refreshSupport,
    },
    debounceMs: typeof debounceMs === 'number' && debounceMs >= 0 && Number.isFinite(debounceMs) ? debounceMs : undefined,
    indexIdleMs: typeof indexIdleMs === 'number' && indexIdleMs >= 0 && indexIdleMs <= 2 ** 31 - 1 ? indexIdleMs : undefined,
    locale: toLocale(options.locale) ?? toLocale(params.locale) ?? 'en',
    scanWorkspace: options.scanWorkspace !== false,
    maxWorkspaceFiles: typeof options.maxWorkspaceFiles === 'number' && options.maxWorkspaceFiles >= 0 ? options.maxWorkspaceFiles : undefined,
    registryDocuments: options.registryDocuments === true,
    settings: options.settings && typeof options.settings === 'object' ? options.settings : undefined,
    clientCommands: Array.isArray(options.clientCommands) ? options.clientCommands.filter((c): c is string => typeof c === 'string') : [],
    roots,
  };
}

/** The identifier of the server's pull diagnostics (LSP 3.17 `diagnosticProvider`). */
export const DIAGNOSTICS_IDENTIFIER = 'planmark';

/**
 * A fresh object each time: the library fills in the capabilities of its own features.
 * `diagnosticProvider` only for a client that pulls (it then gets no pushed lint diagnostics).
 */
export function serverCapabilities(init?: Pick<Initialization, 'client'>): ServerCapabilities {
  return {
    ...(init?.client.pullDiagnostics ? { diagnosticProvider: { identifier: DIAGNOSTICS_IDENTIFIER, interFileDependencies: false, workspaceDiagnostics: true } } : {}),
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    documentSymbolProvider: { label: 'Planmark' },
    foldingRangeProvider: true,
    selectionRangeProvider: true,
    completionProvider: { triggerCharacters: ['、', ',', '\uFF0C', ':', '\uFF1A'], resolveProvider: false },
    hoverProvider: true,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, `${CodeActionKind.SourceFixAll}.planmark`] },
    documentFormattingProvider: true,
    documentRangeFormattingProvider: true,
    codeLensProvider: { resolveProvider: false },
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    // Workspace features (issue 13): units as symbols, workspace symbols, lenses, hints, tokens.
    referencesProvider: true,
    documentHighlightProvider: true,
    definitionProvider: true,
    renameProvider: { prepareProvider: true },
    workspaceSymbolProvider: true,
    inlayHintProvider: true,
    semanticTokensProvider: { legend: { tokenTypes: [...UNIT_TOKEN_TYPES], tokenModifiers: [...UNIT_TOKEN_MODIFIERS] }, full: true },
  };
}

export const SERVER_INFO = Object.freeze({ name: 'planmark-language-server', version: '0.1.0' });
