// DOCX in the 公文 layout of GB/T 9704-2012, as far as a plan needs it:
// A4, margins top 37 mm / left 28 mm / bottom 35 mm / right 26 mm (text block 156 × 225 mm),
// 22 lines of 28 characters, title 2号 小标宋 centred, body 3号 仿宋, 一、 黑体, (一) 楷体,
// 1. and (1) 仿宋, page numbers `— 1 —` in 4号 宋体 at the foot (odd pages right, even left).
// Chinese fonts are given for every slot (ascii/hAnsi/eastAsia/cs): with docx, `font: name`
// alone would not reach the eastAsia slot. word/fontTable.xml lists fallbacks (w:altName).
import {
  AlignmentType, BorderStyle, Document, DocumentGridType, Footer, LineRuleType, OverlapType,
  RelativeHorizontalPosition, RelativeVerticalPosition, Table, TableAnchorType, TableCell, TableLayoutType, TableRow, WidthType, Packer, PageNumber, Paragraph, Tab,
  TabStopType, TextRun, type IRunOptions,
} from 'docx';
import type { PlanDocument } from '../model';
import { toFullWidthPunctuationParts } from '../text/punctuation';
import { bodyFlowOf, titleOf, type FlowNode } from './flow';
import { officialParts, type OfficialParts } from './official';
import type { ExportReport } from './report';
import { displayWidth, xmlSafe, type XmlCleanCount } from './xmlText';

/** Millimetres to twips (1/1440 inch). */
export const mm = (v: number): number => Math.round((v / 25.4) * 1440);

export const PAGE = {
  width: 11906, height: 16838, // A4 in twips
  top: mm(37), left: mm(28), bottom: mm(35), right: mm(26),
  /** Footer distance: the page number sits about 7 mm below the text block. */
  footer: mm(23), header: mm(15),
  /** 225 mm / 22 lines. */
  linePitch: 579,
  /**
   * 28 characters of 3号 (16 pt) in 156 mm (442.2 pt) need a pitch of at most 15.79 pt: runs of
   * body text get -0.25 pt character spacing (in twentieths of a point). A line grid with
   * character pitch (docGrid linesAndChars) does the same in Word but LibreOffice spreads it.
   */
  bodyCharSpacing: -5,
} as const;

/** Font sizes in half-points. */
export const SIZE = { 二号: 44, 三号: 32, 四号: 28 } as const;

export interface DocxFonts {
  title: string; body: string; hei: string; kai: string; song: string;
}

export const DEFAULT_FONTS: DocxFonts = {
  title: '方正小标宋简体',
  body: '仿宋',
  hei: '黑体',
  kai: '楷体',
  song: '宋体',
};

/** Fallback names written into word/fontTable.xml for machines without the font. */
const FONT_FALLBACKS: Record<string, { alt: string; family: string; panose: string }> = {
  '方正小标宋简体': { alt: '华文中宋', family: 'script', panose: '02000000000000000000' },
  '仿宋': { alt: '仿宋_GB2312', family: 'modern', panose: '02010609060101010101' },
  '仿宋_GB2312': { alt: '仿宋', family: 'modern', panose: '02010609030101010101' },
  '黑体': { alt: 'SimHei', family: 'modern', panose: '02010609060101010101' },
  '楷体': { alt: '楷体_GB2312', family: 'modern', panose: '02010609060101010101' },
  '楷体_GB2312': { alt: '楷体', family: 'modern', panose: '02010609030101010101' },
  '宋体': { alt: 'SimSun', family: 'auto', panose: '02010600030101010101' },
};

export interface DocxOptions {
  fonts?: Partial<DocxFonts>;
  /** Full-width Chinese punctuation (config `docx.punctuation`, default true); false: text as written. */
  punctuation?: boolean;
  /** The red 发文机关标志 and rule (config `docx.masthead`, default false). */
  masthead?: boolean;
  /** A 22 × 28 document grid (config `docx.documentGrid`, default false). */
  documentGrid?: boolean;
  /** Filled by the export: front-matter keys it could not place, characters XML cannot hold. */
  report?: ExportReport;
}

/** What one export run needs while it writes paragraphs. */
interface Ctx {
  f: DocxFonts;
  punctuation: boolean;
  grid: boolean;
  removed: XmlCleanCount;
}

function contextOf(options: DocxOptions): Ctx {
  return { f: { ...DEFAULT_FONTS, ...options.fonts }, punctuation: options.punctuation !== false, grid: !!options.documentGrid, removed: { removed: 0 } };
}

function font(name: string): IRunOptions['font'] {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: 'eastAsia' };
}

const LANG = { value: 'zh-CN', eastAsia: 'zh-CN' };
/** Latin words and numbers: a Western language tag, so that Word never breaks them across lines. */
const LANG_WESTERN = { value: 'en-US', eastAsia: 'zh-CN' };
const WESTERN = /[A-Za-z0-9](?:[A-Za-z0-9.,:%/+_-]*[A-Za-z0-9%])?/g;

/** `text` as runs: Latin and digit stretches apart, tagged en-US, the rest zh-CN. */
function runs(ctx: Ctx, text: string, fontName: string, size: number, extra: Partial<IRunOptions> = {}): TextRun[] {
  const clean = xmlSafe(text, ctx.removed);
  const spacing = size === SIZE.三号 && !ctx.grid ? { characterSpacing: PAGE.bodyCharSpacing } : {};
  const make = (t: string, language: typeof LANG) =>
    new TextRun({ text: t, font: font(fontName), size, sizeComplexScript: size, language, ...spacing, ...extra });
  const out: TextRun[] = [];
  let at = 0;
  for (const m of clean.matchAll(WESTERN)) {
    if (m.index! > at) out.push(make(clean.slice(at, m.index), LANG));
    out.push(make(m[0], LANG_WESTERN));
    at = m.index! + m[0].length;
  }
  if (at < clean.length || !out.length) out.push(make(clean.slice(at), LANG));
  return out;
}

/** Pieces of one line with Chinese punctuation full-width (unless the export keeps text as written). */
function punct(ctx: Ctx, ...parts: string[]): string[] {
  return ctx.punctuation ? toFullWidthPunctuationParts(parts) : parts;
}

const EXACT = { line: PAGE.linePitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
/** One character of 3号 (16 pt) in twips. */
const CHAR = 320;
const INDENT_2 = { firstLineChars: 200, firstLine: 2 * CHAR };

type ParagraphOptions = ConstructorParameters<typeof Paragraph>[0] & object;

/** Every paragraph: exact line pitch, no widow/orphan control (it would leave pages short of 22 lines). */
function para(options: Exclude<ParagraphOptions, string>): Paragraph {
  return new Paragraph({ spacing: EXACT, widowControl: false, ...options });
}

function bodyParagraph(children: TextRun[], extra: Partial<Exclude<ParagraphOptions, string>> = {}): Paragraph {
  return para({ children, alignment: AlignmentType.BOTH, indent: INDENT_2, ...extra });
}

function emptyLine(ctx: Ctx): Paragraph {
  return para({ children: runs(ctx, '', ctx.f.body, SIZE.三号) });
}

function paragraphsOf(nodes: FlowNode[], ctx: Ctx): Paragraph[] {
  const { f } = ctx;
  const out: Paragraph[] = [];
  let seenClosing = false;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    switch (n.kind) {
      case 'docNumber':
        // the 文号 keeps every character as written
        out.push(para({ children: runs(ctx, n.text, f.body, SIZE.三号), alignment: AlignmentType.CENTER }));
        out.push(emptyLine(ctx));
        break;
      case 'title':
        out.push(para({ children: runs(ctx, punct(ctx, n.text)[0], f.title, SIZE.二号), alignment: AlignmentType.CENTER }));
        out.push(emptyLine(ctx)); // 标题下空一行
        break;
      case 'paragraph':
        out.push(bodyParagraph(runs(ctx, punct(ctx, n.text)[0], f.body, SIZE.三号)));
        break;
      case 'heading': {
        const [prefix, title0, rest0] = punct(ctx, n.prefix, n.title, n.rest);
        // the mark that ends a run-on heading (`。` `：`) is the heading's
        const stop = /^[。．.：:！!？?；;]/.exec(rest0)?.[0] ?? '';
        const title = title0 + stop;
        const rest = rest0.slice(stop.length);
        if (n.level === 'part') {
          out.push(para({ children: runs(ctx, prefix + title + rest, f.hei, SIZE.三号), alignment: AlignmentType.CENTER, keepNext: true }));
          break;
        }
        // A heading that runs on (`(一)标题。正文……`): the heading in its font, the text in 仿宋,
        // one paragraph, not kept with the next.
        const headFont = n.level === 'section' ? f.hei : n.level === 'subsection' ? f.kai : f.body;
        const children = runs(ctx, prefix + title, headFont, SIZE.三号, n.level === 'item' ? { bold: true } : {});
        if (rest) children.push(...runs(ctx, rest, f.body, SIZE.三号));
        out.push(bodyParagraph(children, { keepNext: n.level !== 'subitem' && !rest }));
        break;
      }
      case 'block': {
        const [first, ...more] = n.paragraphs;
        const [label, colon, text] = punct(ctx, n.label, n.colon, first ?? '');
        // the label is the exporter's to write: its colon full-width
        const labelColon = ctx.punctuation ? '\uFF1A' : colon;
        out.push(bodyParagraph([...runs(ctx, label + labelColon, f.body, SIZE.三号, { bold: true }), ...runs(ctx, text, f.body, SIZE.三号)]));
        for (const p of more) out.push(bodyParagraph(runs(ctx, punct(ctx, p)[0], f.body, SIZE.三号)));
        break;
      }
      case 'closing':
        if (!seenClosing) { out.push(emptyLine(ctx)); seenClosing = true; }
        // flush right, four characters in from the margin
        out.push(para({ children: runs(ctx, punct(ctx, n.text)[0], f.body, SIZE.三号), alignment: AlignmentType.RIGHT, indent: { right: 4 * CHAR } }));
        break;
    }
  }
  return out;
}

/** Width of `text` in characters of its font (digits and Latin letters count half). */
function charWidth(text: string): number {
  return displayWidth(text) / 2;
}

/** 份号, 密级, 紧急程度, 发文机关标志 and 文号 (with the red rule under it when there is a masthead). */
function headParagraphs(parts: OfficialParts, ctx: Ctx): Paragraph[] {
  const { f } = ctx;
  const out: Paragraph[] = [];
  // §7.2.1–7.2.3: top left, 3号 黑体
  for (const text of [parts.copyNumber, parts.secrecy, parts.urgency]) {
    if (text) out.push(para({ children: runs(ctx, text, f.hei, SIZE.三号), alignment: AlignmentType.LEFT }));
  }
  if (parts.masthead) {
    // §7.2.4: red 小标宋, centred, at most 小初 (36 pt) and narrow enough for one line
    const textWidthPt = (PAGE.width - PAGE.left - PAGE.right) / 20;
    const size = Math.min(72, Math.floor((textWidthPt / Math.max(1, charWidth(parts.masthead))) * 2) - 2);
    out.push(para({
      children: runs(ctx, punct(ctx, parts.masthead)[0], f.title, size, { color: RED }),
      alignment: AlignmentType.CENTER,
      spacing: { ...EXACT, line: 2 * PAGE.linePitch },
    }));
    out.push(emptyLine(ctx), emptyLine(ctx)); // 发文机关标志下空二行
  }
  if (parts.docNumber) {
    // §7.2.5: the red rule 4 mm under the 文号, as wide as the text block
    const rule = parts.masthead ? { border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 11 } } } : {};
    out.push(para({ children: runs(ctx, parts.docNumber, f.body, SIZE.三号), alignment: AlignmentType.CENTER, ...rule }));
  } else if (parts.masthead) {
    out.push(para({ children: runs(ctx, '', f.body, SIZE.三号), border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 11 } } }));
  }
  if (parts.docNumber || parts.masthead) out.push(emptyLine(ctx));
  if (parts.masthead) out.push(emptyLine(ctx)); // 红色分隔线下空二行
  return out;
}

const RED = 'FF0000';

/** 主送 (§7.3.3): flush left, wrapped lines flush left too, a full-width colon after the last name. */
function addresseeParagraph(text: string, ctx: Ctx): Paragraph {
  const colon = ctx.punctuation ? '\uFF1A' : ':';
  return para({ children: runs(ctx, punct(ctx, text)[0] + colon, ctx.f.body, SIZE.三号), alignment: AlignmentType.BOTH, indent: { left: 0, firstLine: 0 } });
}

/** 附件说明 (§7.3.5): an empty line, then 附件： two characters in, entries numbered 1．2．. */
function attachmentParagraphs(entries: string[], ctx: Ctx): Paragraph[] {
  if (!entries.length) return [];
  const out = [emptyLine(ctx)];
  const label = ctx.punctuation ? '附件\uFF1A' : '附件:';
  entries.forEach((entry, i) => {
    const text = entries.length > 1 ? `${i + 1}\uFF0E${punct(ctx, entry)[0]}` : punct(ctx, entry)[0];
    // wrapped lines line up with the first character after 附件：
    out.push(para({
      children: runs(ctx, (i === 0 ? label : '') + text, ctx.f.body, SIZE.三号),
      alignment: AlignmentType.BOTH,
      indent: i === 0 ? { left: 5 * CHAR, hanging: 3 * CHAR } : { left: 5 * CHAR },
    }));
  });
  return out;
}

/**
 * 落款 (§7.3.5.1): room for the seal, the issuer centred over the date, the date four
 * characters in from the right; then the 附注 (§7.3.7) one line below, two characters in.
 */
function signatureParagraphs(parts: OfficialParts, ctx: Ctx): Paragraph[] {
  const out: Paragraph[] = [];
  if (!parts.issuer && !parts.date) return out;
  out.push(emptyLine(ctx), emptyLine(ctx)); // the seal presses on the issuer and the date
  const dateRight = 4 * CHAR;
  const dateWidth = parts.date ? charWidth(parts.date) * CHAR : 0;
  if (parts.issuer) {
    const issuerWidth = charWidth(parts.issuer) * CHAR;
    const right = parts.date ? Math.max(0, Math.round(dateRight + (dateWidth - issuerWidth) / 2)) : dateRight;
    out.push(para({ children: runs(ctx, parts.issuer, ctx.f.body, SIZE.三号), alignment: AlignmentType.RIGHT, indent: { right } }));
  }
  if (parts.date) out.push(para({ children: runs(ctx, parts.date, ctx.f.body, SIZE.三号), alignment: AlignmentType.RIGHT, indent: { right: dateRight } }));
  if (parts.note) {
    out.push(emptyLine(ctx));
    out.push(bodyParagraph(runs(ctx, punct(ctx, parts.note)[0], ctx.f.body, SIZE.三号)));
  }
  return out;
}

/** One rule of the 版记: 0.35 mm (first and last) or 0.25 mm. */
function rule(thick: boolean) {
  return { style: BorderStyle.SINGLE, size: thick ? 8 : 6, color: '000000' };
}
const NO_RULE = { style: BorderStyle.NONE, size: 0, color: 'auto' };

/**
 * 版记 (§7.4): 抄送 and 印发机关和印发日期 in 4号 仿宋, one character in from each side,
 * between a thick rule above, a thin rule between and a thick rule below. A table floating at
 * the foot of the text block, so that its last line is the last line of the last page.
 */
function imprintTable(parts: OfficialParts, ctx: Ctx): Table[] {
  if (!parts.copiesTo && !parts.printed) return [];
  const one = 280; // one character of 4号
  const textWidth = PAGE.width - PAGE.left - PAGE.right;
  const size = SIZE.四号;
  const cells: Paragraph[] = [];
  if (parts.copiesTo) {
    const label = ctx.punctuation ? '抄送\uFF1A' : '抄送:';
    const list = punct(ctx, parts.copiesTo)[0];
    cells.push(para({
      children: runs(ctx, `${label}${list}${ctx.punctuation ? '\u3002' : '.'}`, ctx.f.body, size),
      alignment: AlignmentType.BOTH,
      indent: { left: one, right: one },
    }));
  }
  if (parts.printed) {
    cells.push(para({
      children: [...runs(ctx, parts.printed.office, ctx.f.body, size), new TextRun({ children: [new Tab()] }), ...runs(ctx, `${parts.printed.date}印发`, ctx.f.body, size)],
      tabStops: [{ type: TabStopType.RIGHT, position: textWidth - one }],
      indent: { left: one, right: one },
    }));
  }
  // lines the 版记 takes: about 29 characters of 4号 a line between its indents
  const perLine = Math.floor((textWidth - 2 * one) / one);
  const copiesText = parts.copiesTo ? `抄送：${parts.copiesTo}。` : '';
  const lines = (copiesText ? Math.ceil(charWidth(copiesText) / perLine) : 0) + (parts.printed ? 1 : 0);
  return [new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [textWidth],
    layout: TableLayoutType.FIXED,
    float: {
      horizontalAnchor: TableAnchorType.MARGIN, verticalAnchor: TableAnchorType.MARGIN,
      relativeHorizontalPosition: RelativeHorizontalPosition.CENTER, relativeVerticalPosition: RelativeVerticalPosition.BOTTOM,
      // for readers that ignore the relative position (LibreOffice): the same place, absolute
      absoluteVerticalPosition: PAGE.height - PAGE.top - PAGE.bottom - lines * PAGE.linePitch - 40,
      overlap: OverlapType.NEVER,
    },
    borders: { top: rule(true), bottom: rule(true), insideHorizontal: rule(false), left: NO_RULE, right: NO_RULE, insideVertical: NO_RULE },
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: cells.map(p => new TableRow({ children: [new TableCell({ children: [p], width: { size: textWidth, type: WidthType.DXA } })] })),
  })];
}

/** The whole 公文: head, title, 主送, the notice or the plan, 附件说明, 落款, the attachment, 版记. */
function documentParagraphs(doc: PlanDocument, ctx: Ctx, options: DocxOptions): (Paragraph | Table)[] {
  const parts = officialParts(doc, { masthead: options.masthead });
  if (options.report) options.report.unplacedKeys.push(...parts.unplaced.filter(k => !options.report!.unplacedKeys.includes(k)));
  const out: (Paragraph | Table)[] = headParagraphs(parts, ctx);
  const body = bodyFlowOf(doc);
  const closing: FlowNode[] = parts.closingText.map(text => ({ kind: 'closing', text }));
  if (parts.title) out.push(...paragraphsOf([{ kind: 'title', text: parts.title }], ctx));
  if (parts.addressees) out.push(addresseeParagraph(parts.addressees, ctx));
  if (parts.attachedTitle !== undefined) {
    // The notice is the 公文; the plan is its attachment, on a page of its own (§7.3.9? §8).
    if (parts.noticeText) out.push(...paragraphsOf([{ kind: 'paragraph', text: parts.noticeText, line: 0, role: 'body' }], ctx));
    out.push(...attachmentParagraphs(parts.attachments, ctx));
    out.push(...signatureParagraphs(parts, ctx));
    out.push(para({ children: runs(ctx, '附件', ctx.f.hei, SIZE.三号), pageBreakBefore: true, alignment: AlignmentType.LEFT }));
    out.push(emptyLine(ctx));
    if (parts.attachedTitle) out.push(...paragraphsOf([{ kind: 'title', text: parts.attachedTitle }], ctx));
    out.push(...paragraphsOf([...body, ...closing], ctx));
  } else {
    out.push(...paragraphsOf(body, ctx));
    if (closing.length) out.push(...paragraphsOf(closing.map(c => c.kind === 'closing' ? { kind: 'paragraph', text: c.text, line: 0, role: 'body' } : c), ctx));
    out.push(...attachmentParagraphs(parts.attachments, ctx));
    out.push(...signatureParagraphs(parts, ctx));
  }
  const imprint = imprintTable(parts, ctx);
  // a document does not end with a table
  if (imprint.length) out.push(...imprint, para({ children: [] }));
  return out;
}

function pageNumberFooter(f: DocxFonts, side: 'odd' | 'even'): Footer {
  // 4号 宋体 `— 1 —`; odd pages flush right and even pages flush left, one character in
  return new Footer({
    children: [new Paragraph({
      alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
      spacing: { line: 280, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      indent: side === 'odd' ? { right: 280 } : { left: 280 },
      children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font(f.song), size: SIZE.四号, sizeComplexScript: SIZE.四号, language: LANG })],
    })],
  });
}

function fontTableXml(names: string[]): string {
  const fonts = names.map(name => {
    const fb = FONT_FALLBACKS[name];
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    return `<w:font w:name="${esc(name)}">` +
      (fb ? `<w:altName w:val="${esc(fb.alt)}"/>` : '') +
      `<w:panose1 w:val="${fb?.panose ?? '02010600030101010101'}"/><w:charset w:val="86"/>` +
      `<w:family w:val="${fb?.family ?? 'auto'}"/><w:pitch w:val="variable"/></w:font>`;
  }).join('');
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' + fonts +
    '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>' +
    '</w:fonts>';
}

/**
 * The document grid of 22 lines × 28 characters (文档网格): a line pitch of 579 twips and a
 * character pitch of 442.2 pt / 28 = 15.79 pt, i.e. 16 pt − 0.21 pt = −849/4096 pt.
 */
export const DOC_GRID = { linePitch: PAGE.linePitch, charSpace: -849 } as const;

/** The docx `Document` object (exposed for the per-unit lists, which add their own content). */
export function buildDocx(children: (Paragraph | Table)[], title: string, options: DocxOptions = {}): Document {
  const f = { ...DEFAULT_FONTS, ...options.fonts };
  return new Document({
    creator: 'Planmark',
    title,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: font(f.body), size: SIZE.三号, sizeComplexScript: SIZE.三号, language: LANG },
          paragraph: { spacing: EXACT },
        },
      },
    },
    sections: [{
      properties: {
        page: {
          size: { width: PAGE.width, height: PAGE.height },
          margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: PAGE.header, footer: PAGE.footer, gutter: 0 },
        },
        // Without the grid, exact 28.95 pt line spacing gives the 22 lines in every renderer
        // (LibreOffice snaps a 2号 title to two grid lines); with it (config docx.documentGrid),
        // paragraphs keep their exact spacing and the grid sets the 28 characters.
        ...(options.documentGrid ? { grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: DOC_GRID.linePitch, charSpace: DOC_GRID.charSpace } } : {}),
      },
      footers: { default: pageNumberFooter(f, 'odd'), even: pageNumberFooter(f, 'even') },
      children,
    }],
  });
}

export async function packDocx(document: Document, options: DocxOptions = {}): Promise<Uint8Array> {
  const f = { ...DEFAULT_FONTS, ...options.fonts };
  const names = [...new Set([f.title, f.body, f.hei, f.kai, f.song])];
  const buf = await Packer.toBuffer(document, false, [{ path: 'word/fontTable.xml', data: fontTableXml(names) }]);
  return new Uint8Array(buf);
}

/** Paragraphs for a run of flow nodes, in the document's styles (for reuse). */
export function docxParagraphs(nodes: FlowNode[], options: DocxOptions = {}): Paragraph[] {
  const ctx = contextOf(options);
  const out = paragraphsOf(nodes, ctx);
  if (options.report) options.report.removedCharacters += ctx.removed.removed;
  return out;
}

export async function exportDocx(doc: PlanDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  const ctx = contextOf(options);
  const paragraphs = documentParagraphs(doc, ctx, options);
  if (options.report) options.report.removedCharacters += ctx.removed.removed;
  return packDocx(buildDocx(paragraphs, titleOf(doc), options), options);
}
