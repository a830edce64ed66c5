// Exporters: pure functions from a parsed document to bytes or text (no file writing), shared
// by the CLI (`planmark export`) and the VS Code extension.
import type { PlanDocument } from '../model';
import { exportCsv, type CsvOptions } from './csv';
import { exportDocx, type DocxOptions } from './docx';
import { exportHtml, type HtmlPageOptions } from './html';
import { exportJson, type JsonExportOptions } from './json';
import { exportMarkdown, type MarkdownOptions } from './markdown';
import { exportXlsx, type XlsxOptions } from './xlsx';

export { EXPORT_FORMATS, UNIT_LIST_FORMATS, formatInfo, type ExportFormat, type ExportFormatInfo, type UnitListFormat } from './formats';
import type { ExportFormat } from './formats';

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
export { taskTableOf, taskTableLayout, unitAssignments, TASK_TABLE_COLUMNS, type TaskRow, type TaskTable, type UnitAssignment } from './taskTable';
export { exportUnitLists, unitsOf, unitFileName, UnitNotFoundError, type UnitListFile } from './unitLists';
export { JSON_EXPORT_VERSION } from './json';
