// The export formats: one declaration, read by the exporters, the CLI (flags, help) and
// the VS Code commands (pickers, save dialogs). Light on purpose: it loads no renderer.

export type ExportFormat = 'docx' | 'xlsx' | 'csv' | 'html' | 'md' | 'json';

export interface ExportFormatInfo {
  id: ExportFormat;
  /** File extension without the dot. */
  extension: string;
  /** Other names accepted for the format (`--to markdown`). */
  aliases: readonly string[];
  /** True when the export is bytes (Uint8Array), false when it is text (write as UTF-8). */
  binary: boolean;
  /** Per-unit task lists can be written in this format. */
  unitLists: boolean;
  label: { en: string; zh: string };
  /** One line on what the file holds (CLI help). */
  description: { en: string; zh: string };
  mime: string;
}

export const EXPORT_FORMATS: readonly ExportFormatInfo[] = [
  { id: 'docx', extension: 'docx', aliases: ['word'], binary: true, unitLists: true, label: { en: 'Word document (公文 layout)', zh: 'Word 文档（公文格式）' }, description: { en: 'Word, in the 公文 layout of GB/T 9704-2012 (A4, 仿宋 3号, page numbers — 1 —)', zh: 'Word 文档，GB/T 9704-2012 公文格式（A4、仿宋三号、页码 — 1 —）' }, mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  { id: 'xlsx', extension: 'xlsx', aliases: ['excel'], binary: true, unitLists: true, label: { en: 'Excel workbook (任务分解表, 按单位)', zh: 'Excel 工作簿（任务分解表、按单位）' }, description: { en: 'Excel: sheets 任务分解表 (one row per item) and 按单位 (one row per unit and item)', zh: 'Excel：任务分解表（每项一行）和按单位（每个单位每项一行）两张工作表' }, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  { id: 'csv', extension: 'csv', aliases: [], binary: false, unitLists: false, label: { en: 'CSV task table', zh: 'CSV 任务分解表' }, description: { en: 'the 任务分解表 as CSV (UTF-8 with BOM)', zh: 'CSV 格式的任务分解表（UTF-8，带 BOM）' }, mime: 'text/csv' },
  { id: 'html', extension: 'html', aliases: ['htm'], binary: false, unitLists: false, label: { en: 'HTML page (standalone)', zh: 'HTML 网页（独立文件）' }, description: { en: 'one standalone page, styled like the printed document', zh: '独立的网页文件，版式同打印稿' }, mime: 'text/html' },
  { id: 'md', extension: 'md', aliases: ['markdown'], binary: false, unitLists: true, label: { en: 'Markdown', zh: 'Markdown 文档' }, description: { en: 'Markdown', zh: 'Markdown 文档' }, mime: 'text/markdown' },
  { id: 'json', extension: 'json', aliases: [], binary: false, unitLists: false, label: { en: 'JSON document model', zh: 'JSON 文档模型' }, description: { en: 'the document model (schema: schemas/plan-export.schema.json)', zh: '文档模型（结构见 schemas/plan-export.schema.json）' }, mime: 'application/json' },
];

/** A format by id, extension or alias. */
export function formatInfo(name: string): ExportFormatInfo | undefined {
  const n = name.toLowerCase();
  return EXPORT_FORMATS.find(f => f.id === n || f.extension === n || f.aliases.includes(n));
}

export type UnitListFormat = 'md' | 'docx' | 'xlsx';

/** The formats per-unit lists are written in. */
export const UNIT_LIST_FORMATS: readonly UnitListFormat[] = EXPORT_FORMATS.filter(f => f.unitLists).map(f => f.id as UnitListFormat);
