// planmark/export and planmark/exportUnitLists: the exporters run in the language server, not in the extension host, so that
// an XLSX export of a large plan does not block VS Code. The request renders the plan with the
// document's configuration exactly as `planmark export` does, reports window/workDoneProgress,
// honours cancellation (nothing is written once cancelled) and writes atomically.
import * as fs from 'fs';
import * as path from 'path';
import { LSPErrorCodes, ResponseError, type CancellationToken, type WorkDoneProgressReporter } from 'vscode-languageserver/node';
import { formatInfo, UNIT_LIST_FORMATS, type ExportFormat } from '../../../core/exports/formats';
import { emptyReport } from '../../../core/exports/report';
import { writeAtomic, writeFolderAtomically } from '../../../core/io/atomicWrite';
import { parsePlan } from '../../../core/parse';
import type { PlanDocument } from '../../../core/model';
import { ExportRequest, ExportUnitListsRequest, type ExportParams, type ExportResult, type ExportUnitListsParams, type ExportUnitListsResult } from '../protocol';
import type { Services } from '../services';
import { uriToPath } from '../uris';

const MESSAGES = {
  format: { en: 'unknown export format "{0}"', zh: '未知的导出格式“{0}”' },
  target: { en: 'the export target must be a file: {0}', zh: '导出目标应为文件：{0}' },
  exists: { en: '{0} already exists', zh: '{0} 已存在' },
  folder: { en: 'folder {0} does not exist', zh: '文件夹 {0} 不存在' },
  source: { en: 'cannot read {0}: {1}', zh: '无法读取 {0}：{1}' },
  sameFile: { en: 'refusing to overwrite the plan itself', zh: '不能覆盖计划文件本身' },
  progress: { en: 'Exporting {0}', zh: '正在导出 {0}' },
  unitFormat: { en: 'unit lists are written as md, docx or xlsx, not "{0}"', zh: '单位清单只能导出为 md、docx 或 xlsx，不能是“{0}”' },
  folderTarget: { en: 'the export folder must be a file: URI: {0}', zh: '导出文件夹应为 file: URI：{0}' },
  notFolder: { en: '{0} is not a folder', zh: '{0} 不是文件夹' },
  unit: { en: 'unit "{0}" is not named in the plan', zh: '计划中没有单位“{0}”' },
  noUnits: { en: 'the plan names no units; there are no lists to export', zh: '计划未列出任何单位，没有可导出的清单' },
  existAll: { en: '{0} file(s) already exist in the folder: {1}', zh: '文件夹中已有 {0} 个同名文件：{1}' },
  unitsProgress: { en: 'Exporting {0} unit list(s)', zh: '正在导出 {0} 份单位清单' },
  writeFailed: { en: 'cannot write {0}: {1}; no file was written', zh: '无法写入 {0}：{1}；未写入任何文件' },
} as const;

type MessageKey = keyof typeof MESSAGES;

/** One turn of the event loop: a $/cancelRequest that arrived meanwhile is seen. */
const nextTurn = () => new Promise<void>(resolve => setImmediate(resolve));

/** What both export requests need: the messages in the client's language and the plan. */
async function exportContext({ documents, configuration }: Services, uri: string) {
  const config = await configuration.forDocument(uri);
  const t = (key: MessageKey, ...args: (string | number)[]) =>
    (config.locale === 'zh-cn' ? MESSAGES[key].zh : MESSAGES[key].en).replace(/\{(\d)\}/g, (_, n) => String(args[Number(n)]));
  const fail = (key: MessageKey, ...args: (string | number)[]) => new ResponseError<void>(-32602, t(key, ...args));
  const source = uriToPath(uri);
  /** The open document's current text, else the file on disk (a ResponseError when unreadable). */
  const load = (): PlanDocument | ResponseError<void> => {
    const open = documents.parsed(uri);
    if (open) return open.doc;
    if (!source) return fail('target', uri);
    try { return parsePlan(fs.readFileSync(source, 'utf8'), { calendar: config.config.calendar }); } catch (e) { return fail('source', source, (e as NodeJS.ErrnoException).code ?? (e as Error).message); }
  };
  return { config, t, fail, source, load };
}

const cancelled = () => new ResponseError<void>(LSPErrorCodes.RequestCancelled, 'The export was cancelled; nothing was written.');

export function registerExport(services: Services): void {
  const { connection } = services;
  connection.onRequest(ExportRequest.type, async (params: ExportParams, token: CancellationToken): Promise<ExportResult | ResponseError<void>> => {
    const workDone: WorkDoneProgressReporter = connection.window.attachWorkDoneProgress(params.workDoneToken);
    const { config, t, fail, source, load } = await exportContext(services, params.uri);

    const info = formatInfo(params.format);
    if (!info) return fail('format', params.format);
    const target = uriToPath(params.target);
    if (!target) return fail('target', params.target);
    if (source && path.resolve(source) === path.resolve(target)) return fail('sameFile');
    if (!fs.existsSync(path.dirname(target))) return fail('folder', path.dirname(target));
    if (!params.overwrite && fs.existsSync(target)) return fail('exists', target);

    workDone.begin(t('progress', path.basename(target)), undefined, undefined, true);
    try {
      const doc = load();
      if (doc instanceof ResponseError) return doc;
      await nextTurn();
      if (token.isCancellationRequested) return cancelled();
      // The same options as `planmark export`: the source's name, the checker's problems (JSON), the docx settings.
      const problems = info.id === 'json'
        ? config.service.lint(doc, config.locale).map(d => ({ code: d.code, severity: d.severity, message: d.message, range: d.range }))
        : undefined;
      const report = emptyReport();
      // The exporters (docx, exceljs …) load on the first export, not with the server.
      const { exportDocument } = await import('../../../core/exports');
      const data = await exportDocument(doc, info.id as ExportFormat, { source: source ? path.basename(source) : undefined, problems, ...config.config.docx, units: config.config.units, groups: config.config.unitListGroups, report });
      await nextTurn();
      if (token.isCancellationRequested) return cancelled();
      writeAtomic(target, data);
      const result: ExportResult = {
        target: params.target,
        bytes: typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : data.byteLength,
        unplacedKeys: report.unplacedKeys,
        removedCharacters: report.removedCharacters,
      };
      return result;
    } finally {
      workDone.done();
    }
  });

  connection.onRequest(ExportUnitListsRequest.type, async (params: ExportUnitListsParams, token: CancellationToken): Promise<ExportUnitListsResult | ResponseError<void>> => {
    const workDone: WorkDoneProgressReporter = connection.window.attachWorkDoneProgress(params.workDoneToken);
    const { config, t, fail, load } = await exportContext(services, params.uri);
    const format = UNIT_LIST_FORMATS.find(f => f === params.format);
    if (!format) return fail('unitFormat', params.format);
    const folder = uriToPath(params.folder);
    if (!folder) return fail('folderTarget', params.folder);
    if (fs.existsSync(folder) && !fs.statSync(folder).isDirectory()) return fail('notFolder', folder);
    if (!fs.existsSync(path.dirname(folder))) return fail('folder', path.dirname(folder));
    const doc = load();
    if (doc instanceof ResponseError) return doc;

    // The options of `planmark export --all-units`: the configured units, unitListGroups, the docx settings.
    const options = { units: config.config.units, groups: config.config.unitListGroups, ...config.config.docx };
    const { planUnitLists, renderUnitList, UnitNotFoundError } = await import('../../../core/exports/unitLists');
    let planned;
    try { planned = planUnitLists(doc, format, { ...options, unit: params.unit }); } catch (e) {
      if (e instanceof UnitNotFoundError) return fail('unit', e.unit);
      throw e;
    }
    if (!planned.length) return fail('noUnits');
    const result: ExportUnitListsResult = { folder: params.folder, files: planned.map(p => ({ unit: p.unit, fileName: p.fileName })), written: false, removedCharacters: 0 };
    if (params.dryRun) return result;
    const existing = planned.filter(p => fs.existsSync(path.join(folder, p.fileName))).map(p => p.fileName);
    if (!params.overwrite && existing.length) return fail('existAll', existing.length, existing.join(', '));

    workDone.begin(t('unitsProgress', planned.length), 0, undefined, true);
    try {
      const report = emptyReport();
      const files: { fileName: string; data: Uint8Array | string }[] = [];
      for (const [i, list] of planned.entries()) {
        await nextTurn();
        if (token.isCancellationRequested) return cancelled();
        files.push({ fileName: list.fileName, data: await renderUnitList(doc, list, format, { ...options, report }) });
        workDone.report(Math.round(((i + 1) / planned.length) * 100), list.fileName);
      }
      await nextTurn();
      if (token.isCancellationRequested) return cancelled();
      // All the files or none, as the CLI's --all-units writes them.
      try { writeFolderAtomically(folder, files); } catch (e) {
        return new ResponseError<void>(-32603, t('writeFailed', folder, (e as NodeJS.ErrnoException).code ?? (e as Error).message));
      }
      return { ...result, written: true, removedCharacters: report.removedCharacters };
    } finally {
      workDone.done();
    }
  });
}
