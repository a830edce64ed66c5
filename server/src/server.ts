// The Planmark language server: a thin LSP adapter over the core. Runs over stdio
// (`--stdio`), IPC (`--node-ipc`) or a socket, as `createConnection` reads argv.
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import {
  CodeActionKind, createConnection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType,
  ProposedFeatures, TextDocuments, TextDocumentSyncKind,
  type CodeAction, type Diagnostic, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PlanDocument } from '../../core/model';
import { PlanParser } from '../../core/parse/index';
import { formatMessage, lintDocument, type Locale, type PlanDiagnostic } from '../../core/lint/index';
import { DEFAULT_CONFIG } from '../../core/config/resolve';
import { type ResolvedConfig } from '../../core/config/types';
import { CONFIG_FILE_NAME, configFromSettings, loadConfigForFile, type ConfigError } from '../../core/config/load';
import { UnitRegistry } from '../../core/units/registry';
import { documentSymbols } from '../../core/features/documentSymbols';
import { foldingRanges } from '../../core/features/folding';
import { selectionRanges } from '../../core/features/selectionRanges';
import { completions } from '../../core/features/completion';
import { hover } from '../../core/features/hover';
import { quickFixes } from '../../core/features/quickFixes';
import { documentStats } from '../../core/features/stats';
import { mergeUnitUsage, unitUsageOfDocument, type UnitUsageIndex } from '../../core/features/workspaceUnits';
import { DIAGNOSTIC_SOURCE, toCompletionItem, toDiagnostic, toDocumentSymbol, toFoldingRange, toHover, toSelectionRange } from './convert';
import { toLocale, type PlanmarkSettings } from './settings';
import { DEFAULT_SCAN, findPlanFiles, readSmallFile } from './workspaceScan';

/** Options a client may pass in `initializationOptions`. */
interface InitOptions {
  debounceMs?: number;
  locale?: string;
  /** Scan workspace folders for `.plan` files (unit usage). Default true. */
  scanWorkspace?: boolean;
  maxWorkspaceFiles?: number;
  /** The `planmark` settings at start (the VS Code client sends them); workspace/configuration wins when supported. */
  settings?: PlanmarkSettings;
}

export interface StatsResult {
  uri: string;
  version: number | null;
  parts: number;
  sections: number;
  subsections: number;
  items: number;
  problems: number;
  errors: number;
  warnings: number;
}

const STATS_METHOD = 'planmark/stats';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

let debounceMs = 150;
let initLocale: Locale = 'en';
let hasConfigurationCapability = false;
let hasDynamicConfigChange = false;
let hasDynamicWatchedFiles = false;
let hasWorkspaceFolders = false;
let scanWorkspace = true;
let maxWorkspaceFiles = DEFAULT_SCAN.maxFiles;
let initialRoots: string[] = [];
/** Settings pushed with didChangeConfiguration when the client cannot be asked. */
let pushedSettings: PlanmarkSettings | undefined;
let shuttingDown = false;

function log(message: string): void {
  try { connection.console.log(message); } catch { /* connection gone */ }
}

function logError(where: string, e: unknown): void {
  const text = e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
  try { connection.console.error(`[planmark] ${where}: ${text}`); } catch { /* connection gone */ }
}

/** Wraps a handler so that a throw is logged and answered with `fallback`. */
function guard<P extends unknown[], R>(where: string, fallback: R, fn: (...args: P) => R): (...args: P) => R {
  return (...args: P) => {
    try {
      return fn(...args);
    } catch (e) {
      logError(where, e);
      return fallback;
    }
  };
}

function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

// -------------------------------------------------------------------------------------------
// Parsing: one parser per open document (its line cache holds that document's lines,
// so an edit re-runs the grammar only on changed lines); results cached per version.

const parsed = new Map<string, { version: number; doc: PlanDocument; parser: PlanParser }>();

function parseOf(td: TextDocument): PlanDocument {
  const cached = parsed.get(td.uri);
  if (cached && cached.version === td.version) return cached.doc;
  const parser = cached?.parser ?? new PlanParser();
  const doc = parser.parse(td.getText());
  parsed.set(td.uri, { version: td.version, doc, parser });
  return doc;
}

// -------------------------------------------------------------------------------------------
// Settings and configuration

interface Effective {
  config: ResolvedConfig;
  registry: UnitRegistry;
  locale: Locale;
  configFile?: string;
  errors: ConfigError[];
}

const settingsCache = new Map<string, Promise<PlanmarkSettings | undefined>>();
const effectiveCache = new Map<string, { at: number; settings: PlanmarkSettings | undefined; value: Effective }>();
/** Config files with published diagnostics, so that they can be cleared. */
const configFilesWithProblems = new Set<string>();
const CONFIG_TTL_MS = 5000;

function getSettings(uri: string): Promise<PlanmarkSettings | undefined> {
  if (!hasConfigurationCapability) return Promise.resolve(pushedSettings);
  let p = settingsCache.get(uri);
  if (!p) {
    p = connection.workspace.getConfiguration({ scopeUri: uri, section: 'planmark' })
      .then(v => (v && typeof v === 'object' ? v as PlanmarkSettings : undefined), e => { logError('workspace/configuration', e); return undefined; });
    settingsCache.set(uri, p);
  }
  return p;
}

const registryCache = new WeakMap<ResolvedConfig, UnitRegistry>();

function registryFor(config: ResolvedConfig): UnitRegistry {
  let r = registryCache.get(config);
  if (!r) {
    r = UnitRegistry.builtin().withConfig(config.units);
    registryCache.set(config, r);
  }
  return r;
}

function computeEffective(uri: string, settings: PlanmarkSettings | undefined): Effective {
  const fromSettings = configFromSettings(settings, DEFAULT_CONFIG);
  reportSettingsProblems(fromSettings.problems);
  const base = fromSettings.config;
  const locale = toLocale(settings?.locale) ?? initLocale;
  const file = uriToPath(uri);
  let config = base;
  let configFile: string | undefined;
  let errors: ConfigError[] = [];
  if (file) {
    try {
      const loaded = loadConfigForFile(file, base);
      config = loaded.config;
      configFile = loaded.file;
      errors = loaded.errors;
    } catch (e) {
      logError('loading .planmark.json', e);
    }
  }
  return { config, registry: registryFor(config), locale, configFile, errors };
}

async function effectiveFor(uri: string): Promise<Effective> {
  const settings = await getSettings(uri);
  const cached = effectiveCache.get(uri);
  if (cached && cached.settings === settings && Date.now() - cached.at < CONFIG_TTL_MS) return cached.value;
  const value = computeEffective(uri, settings);
  effectiveCache.set(uri, { at: Date.now(), settings, value });
  if (value.configFile) publishConfigProblems(value.configFile, value.errors);
  return value;
}

/** The last effective configuration of a document, for synchronous requests (completion, hover). */
function effectiveNow(uri: string): Effective {
  return effectiveCache.get(uri)?.value ?? computeEffective(uri, pushedSettings);
}

/** Settings problems already shown, so that each is shown once. */
const shownSettingsProblems = new Set<string>();

/** A VS Code setting the configuration schema rejects: said once, in a message and the log. */
function reportSettingsProblems(problems: ReturnType<typeof configFromSettings>['problems']): void {
  for (const p of problems) {
    const text = `planmark.${p.path.join('.')}: ${formatMessage(p.message, initLocale, p.args)}`;
    if (shownSettingsProblems.has(text)) continue;
    shownSettingsProblems.add(text);
    log(`[planmark] settings: ${text} (the default applies)`);
    void connection.window.showWarningMessage(text);
  }
}

function publishConfigProblems(file: string, errors: ConfigError[]): void {
  const uri = pathToFileURL(file).toString();
  if (!errors.length && !configFilesWithProblems.has(uri)) return;
  const diagnostics: Diagnostic[] = errors.map(e => ({
    range: { start: { line: e.line, character: e.column }, end: { line: e.line, character: e.column + 1 } },
    severity: 1, source: DIAGNOSTIC_SOURCE, code: 'config', message: formatMessage(e.message, initLocale, e.args),
  }));
  if (errors.length) configFilesWithProblems.add(uri);
  else configFilesWithProblems.delete(uri);
  void connection.sendDiagnostics({ uri, diagnostics }).catch(e => logError('publish config diagnostics', e));
}

function invalidateConfig(): void {
  settingsCache.clear();
  effectiveCache.clear();
}

// -------------------------------------------------------------------------------------------
// Workspace unit usage

const usageByUri = new Map<string, UnitUsageIndex>();
let mergedUsage: UnitUsageIndex | undefined;

function setUsage(uri: string, index: UnitUsageIndex | undefined): void {
  if (index) usageByUri.set(uri, index);
  else usageByUri.delete(uri);
  mergedUsage = undefined;
}

function workspaceUsage(): UnitUsageIndex {
  if (!mergedUsage) mergedUsage = mergeUnitUsage(usageByUri.values());
  return mergedUsage;
}

async function indexFile(file: string, scanParser: PlanParser): Promise<void> {
  const uri = pathToFileURL(file).toString();
  if (documents.get(uri)) return; // open documents are indexed from the editor's text
  const text = await readSmallFile(file, DEFAULT_SCAN.maxFileBytes);
  if (text === undefined) { setUsage(uri, undefined); return; }
  setUsage(uri, unitUsageOfDocument(uri, scanParser.parse(text)));
}

async function scanWorkspaceFolders(roots: string[]): Promise<void> {
  if (!scanWorkspace || !roots.length) return;
  const started = Date.now();
  const files = await findPlanFiles(roots, { ...DEFAULT_SCAN, maxFiles: maxWorkspaceFiles }, () => shuttingDown);
  const scanParser = new PlanParser();
  for (const file of files) {
    if (shuttingDown) return;
    try {
      await indexFile(file, scanParser);
    } catch (e) {
      logError(`indexing ${file}`, e);
    }
    await new Promise(resolve => setImmediate(resolve));
  }
  log(`[planmark] indexed ${files.length} .plan file(s) for unit usage in ${Date.now() - started} ms`);
}

// -------------------------------------------------------------------------------------------
// Linting: immediately on open, debounced on change, never stale

const timers = new Map<string, NodeJS.Timeout>();
const lastDiagnostics = new Map<string, { version: number; diagnostics: PlanDiagnostic[] }>();

function cancelLint(uri: string): void {
  const t = timers.get(uri);
  if (t) { clearTimeout(t); timers.delete(uri); }
}

function scheduleLint(uri: string, delay = debounceMs): void {
  cancelLint(uri);
  if (delay <= 0) { void lintNow(uri); return; }
  timers.set(uri, setTimeout(() => { timers.delete(uri); void lintNow(uri); }, delay));
}

async function lintNow(uri: string): Promise<void> {
  try {
    const td = documents.get(uri);
    if (!td) return;
    const version = td.version;
    const eff = await effectiveFor(uri);
    // A newer edit arrived while the configuration was fetched: its own lint will publish.
    const current = documents.get(uri);
    if (!current || current.version !== version) return;
    const doc = parseOf(current);
    const diagnostics = lintDocument(doc, { config: eff.config, units: eff.registry, locale: eff.locale });
    lastDiagnostics.set(uri, { version, diagnostics });
    setUsage(uri, unitUsageOfDocument(uri, doc));
    await connection.sendDiagnostics({ uri, version, diagnostics: diagnostics.map(toDiagnostic) });
    void connection.sendNotification(STATS_METHOD, statsOf(uri, doc, version)).catch(e => logError('stats notification', e));
  } catch (e) {
    logError(`lint ${uri}`, e);
  }
}

function statsOf(uri: string, doc: PlanDocument, version: number | null): StatsResult {
  const s = documentStats(doc);
  const diags = lastDiagnostics.get(uri)?.diagnostics ?? [];
  return {
    uri, version, ...s,
    problems: diags.length,
    errors: diags.filter(d => d.severity === 'error').length,
    warnings: diags.filter(d => d.severity === 'warning').length,
  };
}

/** Re-lints every open document soon (coalescing duplicate change notifications). */
function relintOpenDocuments(): void {
  for (const td of documents.all()) scheduleLint(td.uri, Math.min(debounceMs, 30));
}

// -------------------------------------------------------------------------------------------
// Lifecycle

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const caps = params.capabilities;
  hasConfigurationCapability = !!caps.workspace?.configuration;
  hasDynamicConfigChange = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
  hasDynamicWatchedFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  hasWorkspaceFolders = !!caps.workspace?.workspaceFolders;
  const options = (params.initializationOptions ?? {}) as InitOptions;
  if (typeof options.debounceMs === 'number' && options.debounceMs >= 0 && Number.isFinite(options.debounceMs)) debounceMs = options.debounceMs;
  initLocale = toLocale(options.locale) ?? toLocale(params.locale) ?? 'en';
  if (options.scanWorkspace === false) scanWorkspace = false;
  if (options.settings && typeof options.settings === 'object') pushedSettings = options.settings;
  if (typeof options.maxWorkspaceFiles === 'number' && options.maxWorkspaceFiles >= 0) maxWorkspaceFiles = options.maxWorkspaceFiles;
  const folders = params.workspaceFolders?.map(f => uriToPath(f.uri)).filter((p): p is string => !!p) ?? [];
  if (!folders.length && params.rootUri) { const p = uriToPath(params.rootUri); if (p) folders.push(p); }
  if (!folders.length && params.rootPath) folders.push(params.rootPath);
  initialRoots = folders;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      documentSymbolProvider: { label: 'Planmark' },
      foldingRangeProvider: true,
      selectionRangeProvider: true,
      completionProvider: { triggerCharacters: ['、', ',', '\uFF0C', ':', '\uFF1A'], resolveProvider: false },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'planmark-language-server', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  if (hasDynamicConfigChange) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'planmark' }).catch(e => logError('register configuration', e));
  }
  if (hasDynamicWatchedFiles) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }, { globPattern: '**/*.plan' }],
    }).catch(e => logError('register file watchers', e));
  }
  if (hasWorkspaceFolders) {
    try {
      connection.workspace.onDidChangeWorkspaceFolders(ev => {
        for (const removed of ev.removed) {
          const root = uriToPath(removed.uri);
          if (!root) continue;
          for (const uri of [...usageByUri.keys()]) {
            const p = uriToPath(uri);
            if (p && p.startsWith(root + path.sep)) setUsage(uri, undefined);
          }
        }
        const added = ev.added.map(f => uriToPath(f.uri)).filter((p): p is string => !!p);
        void scanWorkspaceFolders(added).catch(e => logError('workspace scan', e));
      });
    } catch (e) {
      logError('workspace folders', e);
    }
  }
  setTimeout(() => { void scanWorkspaceFolders(initialRoots).catch(e => logError('workspace scan', e)); }, 0);
});

connection.onShutdown(() => {
  shuttingDown = true;
  for (const uri of [...timers.keys()]) cancelLint(uri);
});

process.on('uncaughtException', e => logError('uncaught exception', e));
process.on('unhandledRejection', e => logError('unhandled rejection', e));

// -------------------------------------------------------------------------------------------
// Documents

/** Versions of just-opened documents: their first content event is the open itself. */
const openedVersion = new Map<string, number>();

documents.onDidOpen(guard('didOpen', undefined, ev => {
  const uri = ev.document.uri;
  cancelLint(uri);
  openedVersion.set(uri, ev.document.version);
  void lintNow(uri);
}));

documents.onDidChangeContent(guard('didChangeContent', undefined, ev => {
  const uri = ev.document.uri;
  const opened = openedVersion.get(uri);
  openedVersion.delete(uri);
  if (opened === ev.document.version) return; // linted by the open handler
  scheduleLint(uri);
}));

documents.onDidClose(guard('didClose', undefined, ev => {
  const uri = ev.document.uri;
  cancelLint(uri);
  openedVersion.delete(uri);
  parsed.delete(uri);
  lastDiagnostics.delete(uri);
  effectiveCache.delete(uri);
  settingsCache.delete(uri);
  void connection.sendDiagnostics({ uri, diagnostics: [] }).catch(e => logError('clear diagnostics', e));
  // Keep its unit usage only if the file still exists on disk.
  const file = uriToPath(uri);
  if (file) void indexFile(file, new PlanParser()).catch(() => setUsage(uri, undefined));
  else setUsage(uri, undefined);
}));

connection.onDidChangeConfiguration(guard('didChangeConfiguration', undefined, change => {
  const settings = (change?.settings as { planmark?: PlanmarkSettings } | undefined)?.planmark;
  if (settings && typeof settings === 'object') pushedSettings = settings;
  invalidateConfig();
  relintOpenDocuments();
}));

connection.onDidChangeWatchedFiles(guard('didChangeWatchedFiles', undefined, params => {
  let configChanged = false;
  for (const change of params.changes) {
    if (change.uri.endsWith('/' + CONFIG_FILE_NAME)) {
      configChanged = true;
      if (change.type === FileChangeType.Deleted) {
        const file = uriToPath(change.uri);
        if (file) publishConfigProblems(file, []);
      }
    } else if (change.uri.endsWith('.plan') && !documents.get(change.uri)) {
      const file = uriToPath(change.uri);
      if (change.type === FileChangeType.Deleted || !file) setUsage(change.uri, undefined);
      else void indexFile(file, new PlanParser()).catch(e => logError('index changed file', e));
    }
  }
  if (configChanged) {
    invalidateConfig();
    relintOpenDocuments();
  }
}));

// -------------------------------------------------------------------------------------------
// Language features

function docFor(uri: string): { td: TextDocument; doc: PlanDocument } | undefined {
  const td = documents.get(uri);
  return td ? { td, doc: parseOf(td) } : undefined;
}

connection.onDocumentSymbol(guard('documentSymbol', null, params => {
  const d = docFor(params.textDocument.uri);
  if (!d) return null;
  return documentSymbols(d.doc, effectiveNow(params.textDocument.uri).locale).map(toDocumentSymbol);
}));

connection.onCodeAction(guard('codeAction', null, params => {
  const uri = params.textDocument.uri;
  if (!documents.get(uri)) return null;
  const ours = params.context.diagnostics.filter(d => d.source === DIAGNOSTIC_SOURCE);
  return quickFixes(ours, effectiveNow(uri).locale).map((fix): CodeAction => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [ours[fix.diagnostic]],
    isPreferred: true,
    edit: { changes: { [uri]: [{ range: fix.range, newText: fix.newText }] } },
  }));
}));

connection.onFoldingRanges(guard('foldingRange', null, params => {
  const d = docFor(params.textDocument.uri);
  return d ? foldingRanges(d.doc).map(toFoldingRange) : null;
}));

connection.onSelectionRanges(guard('selectionRange', null, params => {
  const d = docFor(params.textDocument.uri);
  return d ? selectionRanges(d.doc, params.positions).map(toSelectionRange) : null;
}));

connection.onCompletion(guard('completion', null, params => {
  const uri = params.textDocument.uri;
  const d = docFor(uri);
  if (!d) return null;
  const eff = effectiveNow(uri);
  const items = completions(d.doc, params.position, {
    units: eff.registry, config: eff.config, workspace: workspaceUsage(), uri, locale: eff.locale,
  });
  return { isIncomplete: false, items: items.map(toCompletionItem) };
}));

connection.onHover(guard('hover', null, params => {
  const uri = params.textDocument.uri;
  const d = docFor(uri);
  if (!d) return null;
  const eff = effectiveNow(uri);
  const h = hover(d.doc, params.position, { units: eff.registry, config: eff.config, workspace: workspaceUsage(), uri, locale: eff.locale });
  return h ? toHover(h) : null;
}));

connection.onRequest(STATS_METHOD, guard('planmark/stats', null as StatsResult | null, (params: { uri?: string; textDocument?: { uri: string } }) => {
  const uri = params?.uri ?? params?.textDocument?.uri;
  if (!uri) return null;
  const d = docFor(uri);
  return d ? statsOf(uri, d.doc, d.td.version) : null;
}));

documents.listen(connection);
connection.listen();
