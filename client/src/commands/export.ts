// `Planmark: Export…` (DOCX/XLSX/CSV/HTML/Markdown/JSON) and `Planmark: Export Unit Lists…`.
// The exporters are the core's (pure functions); this file only asks where and writes.
import * as os from 'os';
import * as vscode from 'vscode';
import {
  EXPORT_FORMATS, exportDocument, exportUnitLists, formatInfo, unitsOf, UNIT_LIST_FORMATS,
  type ExportFormat, type ExportFormatInfo, type UnitListFormat,
} from '../../../core/exports';
import { emptyReport } from '../../../core/exports/report';
import type { PlanDocument } from '../../../core/model';
import { parsePlan } from '../../../core/parse';
import { configFromSettings, loadConfigForFile } from '../../../core/config/load';
import type { ResolvedConfig } from '../../../core/config/types';
import type { LanguageClient } from 'vscode-languageclient/node';
// By method name: this part is its own bundle, and a RequestType made by its copy of
// vscode-jsonrpc is not recognised by the client's copy ("Unknown parameter structure").
import { ExportRequest, ExportUnitListsRequest, type ExportResult, type ExportUnitListsResult } from '../../../server/src/protocol';

interface Source { uri: vscode.Uri; doc: PlanDocument; base: string; folder: vscode.Uri }

/**
 * The configuration of a plan as the language server resolves it: the `planmark` settings,
 * with the `.planmark.json` above the file over them (problems are the server's to report).
 */
export function configOf(uri: vscode.Uri): ResolvedConfig {
  const settings = configFromSettings(vscode.workspace.getConfiguration(undefined, uri).get('planmark')).config;
  return uri.scheme === 'file' ? loadConfigForFile(uri.fsPath, settings).config : settings;
}

/** A format's name in VS Code's display language (the core declares both). */
function formatLabel(f: ExportFormatInfo): string {
  return /^zh/i.test(vscode.env.language) ? f.label.zh : f.label.en;
}

/** The plan to export: the explorer's file, else the active editor's document (unsaved text included). */
export async function sourceOf(arg: unknown): Promise<Source | undefined> {
  let uri = arg instanceof vscode.Uri ? arg : undefined;
  let text: string | undefined;
  const editor = vscode.window.activeTextEditor;
  if (!uri && editor && (editor.document.languageId === 'plan' || editor.document.uri.path.endsWith('.plan'))) uri = editor.document.uri;
  if (!uri) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a .plan document to export it.'));
    return undefined;
  }
  const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri!.toString());
  if (open) text = open.getText();
  else {
    try {
      text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Cannot read {0}: {1}', uri.fsPath, (e as Error).message));
      return undefined;
    }
  }
  const name = uri.path.split('/').pop() ?? 'plan';
  const base = name.replace(/\.[^.]+$/, '') || 'plan';
  const folder = uri.scheme === 'untitled'
    ? (vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(os.homedir()))
    : vscode.Uri.joinPath(uri, '..');
  return { uri, doc: parsePlan(text, { calendar: configOf(uri).calendar }), base, folder };
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try { await vscode.workspace.fs.stat(uri); return true; } catch { return false; }
}

function toBytes(data: Uint8Array | string): Uint8Array {
  return typeof data === 'string' ? new TextEncoder().encode(data) : data;
}

function errorCount(uri: vscode.Uri): number {
  return vscode.languages.getDiagnostics(uri).filter(d => d.severity === vscode.DiagnosticSeverity.Error).length;
}

export async function offerOpen(target: vscode.Uri, message: string, openInEditor: boolean): Promise<void> {
  const open = vscode.l10n.t('Open');
  const reveal = vscode.l10n.t('Reveal in Explorer');
  const choice = await vscode.window.showInformationMessage(message, open, reveal);
  if (choice === open) {
    if (openInEditor) await vscode.commands.executeCommand('vscode.open', target);
    else await vscode.env.openExternal(target);
  } else if (choice === reveal) {
    await vscode.commands.executeCommand('revealFileInOS', target);
  }
}

/** `planmark.export`; `arg` is the explorer's URI when run from its context menu. */
export async function runExportCommand(arg?: unknown, preset?: { format: ExportFormat; target: vscode.Uri }): Promise<vscode.Uri | undefined> {
  const source = await sourceOf(arg);
  if (!source) return undefined;
  let info: ExportFormatInfo | undefined = preset ? EXPORT_FORMATS.find(f => f.id === preset.format) : undefined;
  if (!info) {
    const picked = await vscode.window.showQuickPick(
      EXPORT_FORMATS.map(f => ({ label: formatLabel(f), description: `.${f.extension}`, info: f })),
      { placeHolder: vscode.l10n.t('Export the plan as…') });
    if (!picked) return undefined;
    info = picked.info;
  }
  let target = preset?.target;
  if (!target) {
    target = await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(source.folder, `${source.base}.${info.extension}`),
      filters: { [formatLabel(info)]: [info.extension] },
      saveLabel: vscode.l10n.t('Export'),
    });
    if (!target) return undefined;
    if (await exists(target)) {
      const replace = vscode.l10n.t('Replace');
      const answer = await vscode.window.showWarningMessage(
        vscode.l10n.t('{0} already exists. Replace it?', target.path.split('/').pop() ?? target.fsPath), { modal: true }, replace);
      if (answer !== replace) return undefined;
    }
  }
  const format = info;
  const dest = target;
  let unplaced: string[] = [];
  let removed = 0;
  try {
    const done = await vscode.window.withProgress({
      location: vscode.ProgressLocation.Notification,
      title: vscode.l10n.t('Exporting {0}…', `${source.base}.${format.extension}`),
      cancellable: true,
    }, async (_progress, token) => {
      // In the language server (off the extension host's thread) when it runs and the target is
      // a file; the server reads the document's configuration as `planmark export` does.
      const server = languageClient?.isRunning() === true && dest.scheme === 'file' && (source.uri.scheme === 'file' || source.uri.scheme === 'untitled');
      if (server) {
        try {
          const result = await languageClient!.sendRequest<ExportResult>(ExportRequest.method, { uri: source.uri.toString(), format: format.id, target: dest.toString(), overwrite: true }, token);
          unplaced = result.unplacedKeys;
          removed = result.removedCharacters;
          return true;
        } catch (e) {
          if (token.isCancellationRequested) return false;
          throw e;
        }
      }
      const report = emptyReport();
      const config = configOf(source.uri);
      const data = await exportDocument(source.doc, format.id, { source: source.uri.path.split('/').pop(), ...config.docx, units: config.units, groups: config.unitListGroups, report });
      if (token.isCancellationRequested) return false;
      unplaced = report.unplacedKeys;
      removed = report.removedCharacters;
      await vscode.workspace.fs.writeFile(dest, toBytes(data));
      return true;
    });
    if (!done) return undefined;
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Planmark could not export: {0}', (e as Error).message));
    return undefined;
  }
  if (unplaced.length) void vscode.window.showWarningMessage(vscode.l10n.t('Front matter not placed in the document: {0}', unplaced.join('、')));
  if (removed) void vscode.window.showWarningMessage(vscode.l10n.t('Removed {0} character(s) that XML cannot hold (control characters, U+FFFE/U+FFFF, lone surrogates).', removed));
  if (!preset) {
    const errors = errorCount(source.uri);
    const name = dest.path.split('/').pop() ?? dest.fsPath;
    const message = errors
      ? vscode.l10n.t('Exported {0}. The document has {1} error(s); the export holds what it has.', name, errors)
      : vscode.l10n.t('Exported {0}.', name);
    void offerOpen(dest, message, !format.binary);
  }
  return dest;
}

/** Asks before files that exist are replaced; true when none exists or the user agrees. */
export async function confirmReplace(targets: readonly vscode.Uri[]): Promise<boolean> {
  const existing: vscode.Uri[] = [];
  for (const t of targets) if (await exists(t)) existing.push(t);
  if (!existing.length) return true;
  const replace = vscode.l10n.t('Replace');
  const answer = await vscode.window.showWarningMessage(
    existing.length === 1
      ? vscode.l10n.t('{0} already exists. Replace it?', existing[0].path.split('/').pop() ?? '')
      : vscode.l10n.t('{0} of these files already exist in the folder. Replace them?', existing.length),
    { modal: true }, replace);
  return answer === replace;
}

/** The unit (undefined: all), the format and the folder, asked in turn; undefined when the user backs out. */
async function pickUnitLists(units: readonly string[], defaultFolder: vscode.Uri): Promise<{ unit?: string; format: UnitListFormat; folder: vscode.Uri } | undefined> {
  const all = vscode.l10n.t('All units ({0} files)', units.length);
  const unitPick = await vscode.window.showQuickPick(
    [{ label: all, unit: undefined as string | undefined }, { label: '', kind: vscode.QuickPickItemKind.Separator, unit: undefined }, ...units.map(u => ({ label: u, unit: u as string | undefined }))],
    { placeHolder: vscode.l10n.t('Which unit’s list?'), matchOnDescription: true });
  if (!unitPick || (unitPick.label !== all && unitPick.unit === undefined)) return undefined;
  const formatPick = await vscode.window.showQuickPick(
    UNIT_LIST_FORMATS.map(f => ({ label: formatLabel(formatInfo(f)!), description: `.${f}`, format: f })),
    { placeHolder: vscode.l10n.t('Export the lists as…') });
  if (!formatPick) return undefined;
  const folders = await vscode.window.showOpenDialog({
    canSelectFiles: false, canSelectFolders: true, canSelectMany: false, defaultUri: defaultFolder,
    openLabel: vscode.l10n.t('Export here'),
  });
  if (!folders?.length) return undefined;
  return { unit: unitPick.unit, format: formatPick.format, folder: folders[0] };
}

/**
 * `planmark.exportUnitLists`: a unit or all, a format (md/docx/xlsx), a folder. A second
 * argument {format, unit?, folder} skips the pickers (scripts, tests); files that exist are still asked about.
 */
export async function runExportUnitListsCommand(arg?: unknown, preset?: { format: UnitListFormat; unit?: string; folder: vscode.Uri }): Promise<vscode.Uri[] | undefined> {
  const source = await sourceOf(arg);
  if (!source) return undefined;
  // The plan's configuration as the server resolves it: units (aliases, groups) and unitListGroups decide the lists.
  const config = configOf(source.uri);
  const listOptions = { units: config.units, groups: config.unitListGroups };
  const units = unitsOf(source.doc, listOptions);
  if (!units.length) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The document names no units; there are no lists to export.'));
    return undefined;
  }
  const picked = preset ?? await pickUnitLists(units, source.folder);
  if (!picked) return undefined;
  const { unit, format, folder } = picked;

  // In the language server when it runs and the folder is on disk: it renders the lists with
  // the document's configuration and writes them all or none, as `planmark export --all-units`.
  const server = languageClient?.isRunning() === true && folder.scheme === 'file' && (source.uri.scheme === 'file' || source.uri.scheme === 'untitled');
  let fileNames: string[];
  let removed = 0;
  try {
    if (server) {
      const params = { uri: source.uri.toString(), format, unit, folder: folder.toString() };
      const planned = await languageClient!.sendRequest<ExportUnitListsResult>(ExportUnitListsRequest.method, { ...params, dryRun: true });
      fileNames = planned.files.map(f => f.fileName);
      if (!await confirmReplace(fileNames.map(n => vscode.Uri.joinPath(folder, n)))) return undefined;
      const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting unit lists…'), cancellable: true },
        async (_progress, token) => {
          try {
            return await languageClient!.sendRequest<ExportUnitListsResult>(ExportUnitListsRequest.method, { ...params, overwrite: true }, token);
          } catch (e) {
            if (token.isCancellationRequested) return undefined;
            throw e;
          }
        });
      if (!result) return undefined;
      fileNames = result.files.map(f => f.fileName);
      removed = result.removedCharacters;
    } else {
      const report = emptyReport();
      const files = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting unit lists…') },
        () => exportUnitLists(source.doc, format, { ...listOptions, ...config.docx, unit: unit, report }));
      fileNames = files.map(f => f.fileName);
      const targets = fileNames.map(n => vscode.Uri.joinPath(folder, n));
      if (!await confirmReplace(targets)) return undefined;
      for (let i = 0; i < files.length; i++) await vscode.workspace.fs.writeFile(targets[i], toBytes(files[i].data));
      removed = report.removedCharacters;
    }
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Planmark could not export: {0}', (e as Error).message));
    return undefined;
  }
  const targets = fileNames.map(n => vscode.Uri.joinPath(folder, n));
  if (removed) void vscode.window.showWarningMessage(vscode.l10n.t('Removed {0} character(s) that XML cannot hold (control characters, U+FFFE/U+FFFF, lone surrogates).', removed));
  const message = fileNames.length === 1
    ? vscode.l10n.t('Exported {0}.', fileNames[0])
    : vscode.l10n.t('Exported {0} unit lists.', fileNames.length);
  void offerOpen(fileNames.length === 1 ? targets[0] : folder, message, fileNames.length === 1 && format === 'md');
  return targets;
}

/** The language client the exports go through (undefined: export in the extension host). */
let languageClient: LanguageClient | undefined;

/** Exports go through the language server of `client` while it runs (off the extension host's thread). */
export function setExportClient(client: LanguageClient | undefined): void {
  languageClient = client;
}
