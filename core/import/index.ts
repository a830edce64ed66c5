// Import: Word files, copies of government web pages, text pasted from chat → a clean
// `.plan`. One pipeline, each step in its own file and each change reported:
//   decode (bytes → text: UTF-8 / GB18030) | html (parse5) | docx (mammoth + numbering)
//   → wraps (join hard wraps) → split (one-line documents) → clean (web chrome)
//   → frontMatter (disclosure headers, notice wrapper) → title → render.
import { blockKindOf } from '../domain/blocks';
import { classifyLine } from '../parse/lineSyntax';
import { cleanNoise } from './clean';
import { decodeBytes, isZip, looksLikeHtml, type DetectedEncoding } from './decode';
import { extractFrontMatter, type MetaField } from './frontMatter';
import { htmlToLines } from './html';
import { looksLikeMarkdown, markdownToLines } from './markdown';
import { rebuildNumbering } from './numbering';
import type { ImportReportEntry, WorkLine } from './report';
import { splitOneLineDocuments } from './split';
import { fixTitle } from './title';
import { joinHardWraps } from './wraps';

export { formatReport, type ImportReportEntry, type ImportAction } from './report';
export { decodeBytes } from './decode';
export { ImportLimitError, MAX_INFLATED_BYTES, MAX_NESTING_DEPTH, MAX_ZIP_ENTRIES } from './limits';

export interface ImportInput {
  /** Raw file bytes (.txt in UTF-8 or GB18030, .html, .docx, .xlsx). */
  bytes?: Uint8Array;
  /** Text already decoded (plain text or HTML, sniffed). */
  text?: string;
  /** HTML source. */
  html?: string;
  /** Used to tell the format (`.docx`, `.html`, `.txt`). */
  fileName?: string;
}

export interface ImportOptions {
  /** Keep removed chrome as `//` comments instead of dropping it. */
  keepNoise?: boolean;
}

export type ImportFormat = 'text' | 'html' | 'docx' | 'xlsx' | 'markdown';

export interface ImportResult {
  /** The plan. */
  text: string;
  /** What was removed, moved, split or joined, in input line order. */
  report: ImportReportEntry[];
  format: ImportFormat;
  /** For byte input: the detected encoding. */
  encoding?: DetectedEncoding;
  /** The front matter written (key, value). */
  meta: { key: string; value: string }[];
}

/** A ZIP holding xl/workbook.xml: an Excel workbook, not a Word document. */
function isWorkbook(bytes: Uint8Array): boolean {
  // The central directory lists entry names in plain ASCII; a look at the bytes is enough.
  return Buffer.from(bytes.subarray(0, Math.min(bytes.length, 1 << 20))).includes('xl/workbook.xml');
}

function extension(name?: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(name ?? '');
  return m ? m[1].toLowerCase() : '';
}

/** The input as lines, with the format it was read as. */
async function readInput(input: ImportInput, report: ImportReportEntry[]): Promise<{ lines: WorkLine[]; format: ImportFormat; encoding?: DetectedEncoding }> {
  const ext = extension(input.fileName);
  if (input.html !== undefined) {
    const r = htmlToLines(input.html);
    report.push(...r.report);
    return { lines: rebuildNumbering(r.lines, report), format: 'html' };
  }
  if (input.bytes && (ext === 'xlsx' || (isZip(input.bytes) && isWorkbook(input.bytes)))) {
    // exceljs loads only for a workbook.
    const { xlsxToLines } = await import('./xlsx');
    return { lines: await xlsxToLines(input.bytes, report), format: 'xlsx' };
  }
  if (input.bytes && (ext === 'docx' || isZip(input.bytes))) {
    // mammoth loads only for a Word file.
    const { docxToLines } = await import('./docx');
    const r = await docxToLines(input.bytes);
    report.push(...r.report);
    return { lines: rebuildNumbering(r.lines, report), format: 'docx' };
  }
  let text = input.text ?? '';
  let encoding: DetectedEncoding | undefined;
  if (input.bytes) {
    const decoded = decodeBytes(input.bytes);
    text = decoded.text;
    encoding = decoded.encoding;
    if (decoded.lossy) report.push({ line: 1, action: 'edited', text: '', reason: 'input is neither UTF-8 nor GB18030: invalid bytes replaced with U+FFFD', reasonZh: '输入既不是 UTF-8 也不是 GB18030：无效字节已替换为 U+FFFD' });
  }
  text = text.replace(/^\uFEFF/, '');
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml' || (ext !== 'txt' && ext !== 'plan' && looksLikeHtml(text))) {
    const r = htmlToLines(text);
    report.push(...r.report);
    return { lines: rebuildNumbering(r.lines, report), format: 'html', encoding };
  }
  if (ext === 'md' || ext === 'markdown' || (ext !== 'txt' && ext !== 'plan' && looksLikeMarkdown(text))) {
    return { lines: markdownToLines(text).map((t, i) => ({ text: t, line: i + 1 })), format: 'markdown', encoding };
  }
  const lines = text.split(/\r\n|\n|\r/).map((t, i) => ({ text: t, line: i + 1 }));
  return { lines, format: 'text', encoding };
}

const STRUCTURE: ReadonlySet<string> = new Set(['part', 'section', 'subsection', 'item']);

/** Indentation and spacing: trimmed lines, no stray space after a marker, tabs and NBSP as spaces. */
function normaliseLine(text: string): string {
  let t = text.replace(/[\u00A0\u2002\u2003\u2009\t]/g, ' ').replace(/[\u200B\u200C\u200D\u2060\uFEFF]/g, '').trim();
  if (t.startsWith('//')) return t;
  t = t.replace(/^([一二三四五六七八九十百〇零]+)\s*、\s*/, '$1、')
    .replace(/^([(\uFF08])\s*([一二三四五六七八九十]+)\s*([)\uFF09])\s*/, '$1$2$3')
    .replace(/^(\d{1,3})\s*([.．.、])(?!\d)\s*/, '$1$2')
    .replace(/^(第[一二三四五六七八九十]+(?:篇|部分))\s+/, '$1 ');
  return t;
}

function render(fields: MetaField[], lines: WorkLine[]): string {
  const out: string[] = [];
  if (fields.length) {
    out.push('---');
    for (const f of fields) out.push(`${f.key}:${f.value}`);
    out.push('---');
  }
  const body = lines.filter(l => l.text.trim());
  const kinds = body.map(l => l.comment ? 'comment' : classifyLine(l.text).kind);
  const hasBlocks = body.some(l => { const s = classifyLine(l.text); return s.kind === 'labeled' && !!blockKindOf(s.marker); });
  let titleDone = false;
  let seenStructure = false;
  body.forEach((l, i) => {
    const kind = kinds[i];
    const blankBefore = out.length > 0 && out[out.length - 1] !== '---' && (
      (kind === 'part' || kind === 'section' || kind === 'subsection')
      || (kind === 'item' && (hasBlocks || !seenStructure))
      || (!titleDone && i > 0 && kind !== 'comment'));
    if (blankBefore && out[out.length - 1] !== '') out.push('');
    if (kind !== 'comment' && i > 0) titleDone = true;
    if (STRUCTURE.has(kind)) seenStructure = true;
    out.push(l.text);
  });
  return out.join('\n') + '\n';
}

/** Turns a Word file, a web-page copy or pasted text into a clean plan. Never throws on text input. */
export async function importPlan(input: ImportInput, options: ImportOptions = {}): Promise<ImportResult> {
  const report: ImportReportEntry[] = [];
  const read = await readInput(input, report);
  let lines: WorkLine[] = read.lines.map(l => ({ ...l, text: l.text.replace(/[\u00A0\u3000]/g, ' ').replace(/\s+$/, '') }));
  // Word, HTML and Markdown mark paragraphs themselves; only plain text has hard wraps.
  if (read.format === 'text') lines = joinHardWraps(lines, report);
  lines = splitOneLineDocuments(lines, report);
  const before = report.length;
  lines = cleanNoise(lines, { keepNoise: options.keepNoise }, report);
  const webCopy = report.slice(before).some(e => e.action === 'removed' || e.action === 'kept-as-comment')
    || report.some(e => e.cause === 'page-furniture');
  lines = lines.map(l => ({ ...l, text: normaliseLine(l.text) }));
  const fm = extractFrontMatter(lines, report);
  lines = fixTitle(fm.lines, report, options.keepNoise, webCopy);
  const text = render(fm.fields, lines);
  const order = new Map(report.map((e, i) => [e, i]));
  report.sort((a, b) => a.line - b.line || order.get(a)! - order.get(b)!);
  return { text, report, format: read.format, encoding: read.encoding, meta: fm.fields.map(f => ({ key: f.key, value: f.value })) };
}
