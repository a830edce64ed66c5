// DOCX in the 公文 layout of GB/T 9704-2012, as far as a plan needs it:
// A4, margins top 37 mm / left 28 mm / bottom 35 mm / right 26 mm (text block 156 × 225 mm),
// 22 lines of 28 characters, title 2号 小标宋 centred, body 3号 仿宋, 一、 黑体, (一) 楷体,
// 1. and (1) 仿宋, page numbers `— 1 —` in 4号 宋体 at the foot (odd pages right, even left).
// Chinese fonts are given for every slot (ascii/hAnsi/eastAsia/cs): with docx, `font: name`
// alone would not reach the eastAsia slot. word/fontTable.xml lists fallbacks (w:altName).
import {
  AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun,
  type IRunOptions,
} from 'docx';
import type { PlanDocument } from '../model';
import { flowOf, titleOf, type FlowNode } from './flow';
import { xmlSafe } from './xmlText';

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
}

function font(name: string): IRunOptions['font'] {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: 'eastAsia' };
}

const LANG = { value: 'zh-CN', eastAsia: 'zh-CN' };

function run(text: string, fontName: string, size: number, extra: Partial<IRunOptions> = {}): TextRun {
  const spacing = size === SIZE.三号 ? { characterSpacing: PAGE.bodyCharSpacing } : {};
  return new TextRun({ text: xmlSafe(text), font: font(fontName), size, sizeComplexScript: size, language: LANG, ...spacing, ...extra });
}

const EXACT = { line: PAGE.linePitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
const INDENT_2 = { firstLineChars: 200, firstLine: 640 };

type ParagraphOptions = ConstructorParameters<typeof Paragraph>[0] & object;

/** Every paragraph: exact line pitch, no widow/orphan control (it would leave pages short of 22 lines). */
function para(options: Exclude<ParagraphOptions, string>): Paragraph {
  return new Paragraph({ spacing: EXACT, widowControl: false, ...options });
}

function bodyParagraph(children: TextRun[], extra: Partial<Exclude<ParagraphOptions, string>> = {}): Paragraph {
  return para({ children, alignment: AlignmentType.BOTH, indent: INDENT_2, ...extra });
}

function emptyLine(f: DocxFonts): Paragraph {
  return para({ children: [run('', f.body, SIZE.三号)] });
}

function paragraphsOf(nodes: FlowNode[], f: DocxFonts): Paragraph[] {
  const out: Paragraph[] = [];
  let seenClosing = false;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    switch (n.kind) {
      case 'docNumber':
        out.push(para({ children: [run(n.text, f.body, SIZE.三号)], alignment: AlignmentType.CENTER }));
        out.push(emptyLine(f));
        break;
      case 'title':
        out.push(para({ children: [run(n.text, f.title, SIZE.二号)], alignment: AlignmentType.CENTER }));
        out.push(emptyLine(f)); // 标题下空一行
        break;
      case 'paragraph':
        out.push(bodyParagraph([run(n.text, f.body, SIZE.三号)]));
        break;
      case 'heading': {
        if (n.level === 'part') {
          out.push(para({ children: [run(n.prefix + n.title + n.rest, f.hei, SIZE.三号)], alignment: AlignmentType.CENTER, keepNext: true }));
          break;
        }
        const headFont = n.level === 'section' ? f.hei : n.level === 'subsection' ? f.kai : f.body;
        const children = [run(n.prefix + n.title, headFont, SIZE.三号, n.level === 'item' ? { bold: true } : {})];
        if (n.rest) children.push(run(n.rest, f.body, SIZE.三号));
        out.push(bodyParagraph(children, { keepNext: n.level !== 'subitem' && !n.rest }));
        break;
      }
      case 'block': {
        const [first, ...more] = n.paragraphs;
        out.push(bodyParagraph([run(n.label + n.colon, f.body, SIZE.三号, { bold: true }), run(first ?? '', f.body, SIZE.三号)]));
        for (const p of more) out.push(bodyParagraph([run(p, f.body, SIZE.三号)]));
        break;
      }
      case 'closing':
        if (!seenClosing) { out.push(emptyLine(f)); seenClosing = true; }
        // 成文日期 and 署名 flush right, four characters in from the margin
        out.push(para({ children: [run(n.text, f.body, SIZE.三号)], alignment: AlignmentType.RIGHT, indent: { right: 1280 } }));
        break;
    }
  }
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

/** The docx `Document` object (exposed for the per-unit lists, which add their own content). */
export function buildDocx(children: Paragraph[], title: string, options: DocxOptions = {}): Document {
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
        // no document grid: exact 28.95 pt line spacing gives the 22 lines in every renderer
        // (LibreOffice snaps a 2号 title to two grid lines)
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
  return paragraphsOf(nodes, { ...DEFAULT_FONTS, ...options.fonts });
}

export async function exportDocx(doc: PlanDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  const paragraphs = docxParagraphs(flowOf(doc), options);
  return packDocx(buildDocx(paragraphs, titleOf(doc), options), options);
}
