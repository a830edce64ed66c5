// planmark/export: the exporters run in the language server, not in the extension host, so that
// an XLSX export of a large plan does not block VS Code. The request renders the plan with the
// document's configuration exactly as `planmark export` does, reports window/workDoneProgress,
// honours cancellation (nothing is written once cancelled) and writes atomically.
import * as fs from 'fs';
import * as path from 'path';
import { LSPErrorCodes, ResponseError, type CancellationToken, type WorkDoneProgressReporter } from 'vscode-languageserver/node';
import { formatInfo, type ExportFormat } from '../../../core/exports/formats';
import { emptyReport } from '../../../core/exports/report';
import { writeAtomic } from '../../../core/io/atomicWrite';
import { parsePlan } from '../../../core/parse';
import type { PlanDocument } from '../../../core/model';
import { ExportRequest, type ExportParams, type ExportResult } from '../protocol';
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
} as const;

/** One turn of the event loop: a $/cancelRequest that arrived meanwhile is seen. */
const nextTurn = () => new Promise<void>(resolve => setImmediate(resolve));

export function registerExport({ connection, documents, configuration }: Services): void {
  connection.onRequest(ExportRequest.type, async (params: ExportParams, token: CancellationToken): Promise<ExportResult | ResponseError<void>> => {
    const workDone: WorkDoneProgressReporter = connection.window.attachWorkDoneProgress(params.workDoneToken);
    const config = await configuration.forDocument(params.uri);
    const t = (key: keyof typeof MESSAGES, ...args: string[]) =>
      (config.locale === 'zh-cn' ? MESSAGES[key].zh : MESSAGES[key].en).replace(/\{(\d)\}/g, (_, n) => args[Number(n)]);
    const fail = (key: keyof typeof MESSAGES, ...args: string[]) => new ResponseError<void>(-32602, t(key, ...args));
    const cancelled = () => new ResponseError<void>(LSPErrorCodes.RequestCancelled, 'The export was cancelled; nothing was written.');

    const info = formatInfo(params.format);
    if (!info) return fail('format', params.format);
    const target = uriToPath(params.target);
    if (!target) return fail('target', params.target);
    const source = uriToPath(params.uri);
    if (source && path.resolve(source) === path.resolve(target)) return fail('sameFile');
    if (!fs.existsSync(path.dirname(target))) return fail('folder', path.dirname(target));
    if (!params.overwrite && fs.existsSync(target)) return fail('exists', target);

    workDone.begin(t('progress', path.basename(target)), undefined, undefined, true);
    try {
      let doc: PlanDocument;
      const open = documents.parsed(params.uri);
      if (open) doc = open.doc;
      else {
        if (!source) return fail('target', params.uri);
        try { doc = parsePlan(fs.readFileSync(source, 'utf8')); } catch (e) { return fail('source', source, (e as NodeJS.ErrnoException).code ?? (e as Error).message); }
      }
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
}
