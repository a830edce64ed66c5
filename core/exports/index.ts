// Exporters: pure functions from a parsed document to bytes or text (no file writing), shared
// by the CLI (`planmark export`) and the VS Code extension.
import type { PlanDocument } from '../model';
import { exportCsv, type CsvOptions } from './csv';
import { exportDocx, type DocxOptions } from './docx';
import { exportHtml, type HtmlPageOptions } from './html';
import { exportJson, type JsonExportOptions } from './json';
import { exportMarkdown, type MarkdownOptions } from './markdown';
import { exportXlsx, type XlsxOptions } from './xlsx';

export type ExportFormat = 'docx' | 'xlsx' | 'csv' | 'html' | 'md' | 'json';

export interface ExportFormatInfo {
  id: ExportFormat;
  /** File extension without the dot. */
  extension: string;
  /** True when the export is bytes (Uint8Array), false when it is text (write as UTF-8). */
  binary: boolean;
  label: { en: string; zh: string };
  mime: string;
}

export const EXPORT_FORMATS: readonly ExportFormatInfo[] = [
  { id: 'docx', extension: 'docx', binary: true, label: { en: 'Word document (公文 layout)', zh: 'Word 文档(公文格式)' }, mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  { id: 'xlsx', extension: 'xlsx', binary: true, label: { en: 'Excel task table', zh: 'Excel 任务分解表' }, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  { id: 'csv', extension: 'csv', binary: false, label: { en: 'CSV task table', zh: 'CSV 任务分解表' }, mime: 'text/csv' },
  { id: 'html', extension: 'html', binary: false, label: { en: 'HTML page', zh: 'HTML 网页' }, mime: 'text/html' },
  { id: 'md', extension: 'md', binary: false, label: { en: 'Markdown', zh: 'Markdown' }, mime: 'text/markdown' },
  { id: 'json', extension: 'json', binary: false, label: { en: 'JSON document model', zh: 'JSON 文档模型' }, mime: 'application/json' },
];

export function formatInfo(format: string): ExportFormatInfo | undefined {
  return EXPORT_FORMATS.find(f => f.id === format || f.extension === format || (format === 'markdown' && f.id === 'md'));
}

export type ExportOptions = DocxOptions & XlsxOptions & CsvOptions & HtmlPageOptions & MarkdownOptions & JsonExportOptions;

/** Renders a document in a format: bytes for docx/xlsx, text for the others. */
export async function exportDocument(doc: PlanDocument, format: ExportFormat, options: ExportOptions = {}): Promise<Uint8Array | string> {
  switch (format) {
    case 'docx': return exportDocx(doc, options);
    case 'xlsx': return exportXlsx(doc, options);
    case 'csv': return exportCsv(doc, options);
    case 'html': return exportHtml(doc, options);
    case 'md': return exportMarkdown(doc, options);
    case 'json': return exportJson(doc, options);
  }
}

export { exportCsv, exportDocx, exportHtml, exportJson, exportMarkdown, exportXlsx };
export { renderHtmlBody, escapeHtml, HTML_STYLES } from './html';
export { taskTableOf, unitAssignments, TASK_TABLE_COLUMNS, type TaskRow, type UnitAssignment } from './taskTable';
export { exportUnitLists, unitsOf, unitFileName, UnitNotFoundError, UNIT_LIST_FORMATS, type UnitListFormat, type UnitListFile } from './unitLists';
export { JSON_EXPORT_VERSION } from './json';
