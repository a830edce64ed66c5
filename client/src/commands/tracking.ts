// `Planmark: Export Ledger…` (the 督办台账: the whole plan, one unit, or one per unit) and
// `Planmark: Merge Returned Ledgers…` (状态 and 完成情况 from filled ledgers into the plan,
// with the report opened as a Markdown document; the plan changes only when the user applies
// the merge, as one edit that Undo takes back). The work is the core's.
import * as vscode from 'vscode';
import type { StatusConfig } from '../../../core/config/types';
import { asOfDate } from '../../../core/domain/progress';
import { configOf, confirmReplace, offerOpen, sourceOf } from './export';

/** As of and statuses as the server has them (the settings, then the .planmark.json over them). */
function trackingSettings(uri: vscode.Uri): { asOf: string; statuses: StatusConfig[] } {
  const config = configOf(uri);
  return { asOf: asOfDate(config.asOf), statuses: config.statuses };
}

/** `planmark.exportLedger`; a second argument {unit?, allUnits?, target} skips the pickers (scripts, tests). */
export async function runExportLedgerCommand(arg?: unknown, preset?: { unit?: string; allUnits?: boolean; target: vscode.Uri }): Promise<vscode.Uri[] | undefined> {
  const source = await sourceOf(arg);
  if (!source) return undefined;
  const { exportLedger, exportUnitLedgers } = await import('../../../core/exports/ledger');
  const { itemsOf } = await import('../../../core/model');
  const settings = trackingSettings(source.uri);
  const units = [...new Set(itemsOf(source.doc).flatMap(i => i.units.map(u => u.name)))];
  let choice = preset ? { unit: preset.unit, allUnits: !!preset.allUnits } : undefined;
  if (!choice) {
    const whole = vscode.l10n.t('The whole plan (one ledger)');
    const perUnit = vscode.l10n.t('One ledger per unit ({0} files) to send out', units.length);
    const picked = await vscode.window.showQuickPick(
      [{ label: whole, unit: undefined as string | undefined, all: false }, ...(units.length ? [{ label: perUnit, unit: undefined, all: true }] : []), ...units.map(u => ({ label: u, unit: u as string | undefined, all: false }))],
      { placeHolder: vscode.l10n.t('Export the 督办台账 of…') });
    if (!picked) return undefined;
    choice = { unit: picked.unit, allUnits: picked.all };
  }
  let files: { fileName: string; data: Uint8Array }[];
  try {
    files = choice.unit !== undefined || choice.allUnits
      ? await exportUnitLedgers(source.doc, { ...settings, unit: choice.unit })
      : [{ fileName: `${source.base}.台账.xlsx`, data: await exportLedger(source.doc, settings) }];
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Planmark could not export: {0}', (e as Error).message));
    return undefined;
  }
  let targets: vscode.Uri[];
  if (preset) targets = files.length === 1 && !choice.allUnits ? [preset.target] : files.map(f => vscode.Uri.joinPath(preset.target, f.fileName));
  else if (files.length === 1 && !choice.allUnits) {
    const target = await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(source.folder, files[0].fileName.startsWith(source.base) ? files[0].fileName : `${source.base}.${files[0].fileName}`), filters: { Excel: ['xlsx'] }, saveLabel: vscode.l10n.t('Export') });
    if (!target) return undefined;
    targets = [target];
  } else {
    const folders = await vscode.window.showOpenDialog({ canSelectFiles: false, canSelectFolders: true, canSelectMany: false, defaultUri: source.folder, openLabel: vscode.l10n.t('Export here') });
    if (!folders?.length) return undefined;
    targets = files.map(f => vscode.Uri.joinPath(folders[0], f.fileName));
  }
  if (!preset && !await confirmReplace(targets)) return undefined;
  try {
    for (let i = 0; i < files.length; i++) await vscode.workspace.fs.writeFile(targets[i], files[i].data);
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Planmark could not export: {0}', (e as Error).message));
    return undefined;
  }
  if (!preset) void offerOpen(targets.length === 1 ? targets[0] : vscode.Uri.joinPath(targets[0], '..'), vscode.l10n.t('Exported the 督办台账 as of {0}.', settings.asOf), false);
  return targets;
}

/** `planmark.mergeLedgers`; a second argument {ledgers, apply} skips the dialogs (scripts, tests). */
export async function runMergeLedgersCommand(arg?: unknown, preset?: { ledgers: vscode.Uri[]; apply: boolean }): Promise<{ report: string; applied: boolean } | undefined> {
  const source = await sourceOf(arg);
  if (!source) return undefined;
  const picked = preset?.ledgers ?? await vscode.window.showOpenDialog({
    canSelectFiles: true, canSelectFolders: false, canSelectMany: true, defaultUri: source.folder,
    filters: { [vscode.l10n.t('Returned ledgers')]: ['xlsx', 'csv'] }, openLabel: vscode.l10n.t('Merge'),
  });
  if (!picked?.length) return undefined;
  const { readReturnedLedger } = await import('../../../core/progress/readLedger');
  const { mergeLedgers, mergeReport } = await import('../../../core/progress/merge');
  const ledgers = [];
  try {
    for (const uri of picked) ledgers.push(await readReturnedLedger(uri.path.split('/').pop() ?? uri.fsPath, await vscode.workspace.fs.readFile(uri)));
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Planmark could not read the ledgers: {0}', (e as Error).message));
    return undefined;
  }
  const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === source.uri.toString());
  const original = open ? open.getText() : new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(source.uri));
  const result = mergeLedgers(original, ledgers, trackingSettings(source.uri).statuses);
  const report = mergeReport(result, ledgers.length, /^zh/i.test(vscode.env.language) ? 'zh-cn' : 'en');
  const reportDoc = await vscode.workspace.openTextDocument({ language: 'markdown', content: report });
  await vscode.window.showTextDocument(reportDoc, { preview: false, viewColumn: vscode.ViewColumn.Beside });
  if (!result.changes.length) return { report, applied: false };
  let apply = preset?.apply;
  if (apply === undefined) {
    const yes = vscode.l10n.t('Apply to the plan');
    const answer = await vscode.window.showInformationMessage(
      vscode.l10n.t('{0} change(s), {1} conflict(s). Write the changes into the plan?', result.changes.length, result.conflicts.length), yes);
    apply = answer === yes;
  }
  if (!apply) return { report, applied: false };
  const doc = await vscode.workspace.openTextDocument(source.uri);
  if (doc.getText() !== original) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The plan changed while merging; run the merge again.'));
    return { report, applied: false };
  }
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(original.length)), result.text);
  const applied = await vscode.workspace.applyEdit(edit);
  return { report, applied };
}
