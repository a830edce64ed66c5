// HTML → text lines with parse5: block elements become lines, script/style/nav and
// other page furniture are dropped (nav/aside/footer text is reported), ordered
// lists keep their nesting level so that numbering.ts can rebuild 一、/(一)/1.
import { parse } from 'parse5';
import type { ImportReportEntry } from './report';
import { boundDepth, MAX_NESTING_DEPTH } from './limits';

/** A line taken from HTML, with list information for numbering. */
export interface HtmlLine {
  text: string;
  line: number;
  /** Depth of `<ol>` nesting for an `<li>` of an ordered list (0 = outermost). */
  listLevel?: number;
  ordered?: boolean;
  /** The `start` of the list, for the first `<li>` of an `<ol start=…>`. */
  listStart?: number;
  /** The element was a heading (h1–h6). */
  heading?: number;
}

interface Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
  sourceCodeLocation?: { startLine: number } | null;
}

const SKIP: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'select', 'option',
  'button', 'input', 'textarea', 'head', 'object', 'embed', 'audio', 'video', 'map', 'img']);
/** Page furniture: dropped, but its text is reported. */
const FURNITURE: ReadonlySet<string> = new Set(['nav', 'aside']);
const BLOCK: ReadonlySet<string> = new Set(['address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'caption', 'html']);

const CJK = /[\u3000-\u303F\u3400-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF“”‘’]/;

/** Collapses HTML white space; a line break between two CJK characters is a source wrap, not a space. */
export function collapseWhitespace(raw: string): string {
  const s = raw.replace(/\u00A0/g, ' ');
  let out = '';
  const re = /[ \t\r\n\f]+/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    out += s.slice(last, m.index);
    const before = s[m.index - 1];
    const after = s[m.index + m[0].length];
    const hasBreak = /[\r\n]/.test(m[0]);
    if (before && after && hasBreak && (CJK.test(before) || CJK.test(after)) && !(/[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after))) {
      // source formatting inside Chinese text
    } else {
      out += ' ';
    }
    last = m.index + m[0].length;
  }
  out += s.slice(last);
  return out.trim();
}

function attr(node: Node, name: string): string | undefined {
  return node.attrs?.find(a => a.name === name)?.value;
}

/**
 * A table row as plan text: `| a | b | c |`, every cell kept (an empty one too: columns must
 * not shift), a cell merged across columns once, a cell merged down rows repeated in them.
 */
function tableRow(children: Node[], spans: { text: string; rows: number }[]): string {
  const cells: string[] = [];
  let column = 0;
  const takeSpanned = () => {
    while (spans[column]?.rows > 0) {
      cells.push(spans[column].text);
      spans[column].rows--;
      column++;
    }
  };
  for (const c of children) {
    if (c.tagName !== 'td' && c.tagName !== 'th') continue;
    takeSpanned();
    const text = collapseWhitespace(cellText(c)).replace(/[|\uFF5C]/g, '\u00A6'); // a bar in a cell is not a separator
    const rows = Math.min(Number(attr(c, 'rowspan')) || 1, 1000);
    const cols = Math.min(Number(attr(c, 'colspan')) || 1, 100);
    for (let k = 0; k < cols; k++) {
      if (rows > 1) spans[column] = { text: k === 0 ? text : '', rows: rows - 1 };
      if (k === 0) cells.push(text);
      column++;
    }
  }
  takeSpanned();
  return cells.length ? `| ${cells.join(' | ')} |` : '';
}

/** A cell's text, its paragraphs and line breaks as spaces. */
function cellText(node: Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  if (node.tagName && SKIP.has(node.tagName)) return '';
  if (node.tagName === 'br') return ' ';
  return (node.childNodes ?? []).map(cellText).join(node.tagName && BLOCK.has(node.tagName) ? ' ' : '');
}

export interface HtmlOptions {
  /** How line numbers are given: source lines (HTML files) or block numbers (DOCX via mammoth). */
  lineNumbers?: 'source' | 'block';
}

export function htmlToLines(html: string, options: HtmlOptions = {}): { lines: HtmlLine[]; report: ImportReportEntry[] } {
  const doc = parse(html, { sourceCodeLocationInfo: true }) as unknown as Node;
  const lines: HtmlLine[] = [];
  const report: ImportReportEntry[] = [];
  // The walks below recurse per level: a deeper tree is cut first (its text kept).
  if (boundDepth(doc as never)) {
    report.push({ line: 1, action: 'edited', text: '', reason: `elements nested deeper than ${MAX_NESTING_DEPTH} levels read as their text`, reasonZh: `嵌套超过 ${MAX_NESTING_DEPTH} 层的元素只读取其文字` });
  }
  const byBlock = options.lineNumbers === 'block';
  let blockCount = 0;

  let buffer = '';
  let bufferLine = 1;
  let current: Omit<HtmlLine, 'text' | 'line'> = {};

  const flush = () => {
    const text = collapseWhitespace(buffer);
    if (text) {
      lines.push({ text, line: byBlock ? ++blockCount : bufferLine, ...current });
      current = {};
    }
    buffer = '';
  };
  const lineOf = (node: Node, fallback: number) => node.sourceCodeLocation?.startLine ?? fallback;

  const textOf = (node: Node): string => {
    if (node.nodeName === '#text') return node.value ?? '';
    if (node.tagName && SKIP.has(node.tagName)) return '';
    return (node.childNodes ?? []).map(textOf).join(node.tagName && BLOCK.has(node.tagName) ? ' ' : '');
  };

  let rowSpans: { text: string; rows: number }[] = [];
  const walk = (node: Node, olDepth: number, inOl: boolean[]) => {
    const tag = node.tagName;
    if (node.nodeName === '#text') {
      if (!buffer.trim()) bufferLine = lineOf(node, bufferLine);
      buffer += node.value ?? '';
      return;
    }
    if (node.nodeName === '#comment' || node.nodeName === '#documentType') return;
    if (tag && SKIP.has(tag)) return;
    if (tag && FURNITURE.has(tag)) {
      const text = collapseWhitespace(textOf(node));
      if (text) report.push({ line: lineOf(node, bufferLine), action: 'removed', text, reason: `page furniture (<${tag}>)`, reasonZh: `网页框架（<${tag}>）`, cause: 'page-furniture' });
      return;
    }
    if (tag === 'br') {
      flush();
      bufferLine = lineOf(node, bufferLine);
      return;
    }
    const children = tag === 'template' ? node.content?.childNodes ?? [] : node.childNodes ?? [];
    if (tag === 'tr') {
      flush();
      bufferLine = lineOf(node, bufferLine);
      buffer = tableRow(children, rowSpans);
      flush();
      return;
    }
    if (tag === 'table') {
      // Cells merged down several rows (rowspan) are given again in each row they cover.
      const outer = rowSpans;
      rowSpans = [];
      for (const child of children) walk(child, olDepth, inOl);
      rowSpans = outer;
      return;
    }
    const block = !!tag && BLOCK.has(tag);
    if (block) {
      flush();
      bufferLine = lineOf(node, bufferLine);
    }
    if (tag === 'ol' || tag === 'ul') {
      const ordered = tag === 'ol';
      const start = ordered ? Number(attr(node, 'start')) : NaN;
      let first = true;
      for (const child of children) {
        if (child.tagName === 'li') {
          flush();
          bufferLine = lineOf(child, bufferLine);
          current = { listLevel: ordered ? olDepth : undefined, ordered };
          if (ordered && first && Number.isFinite(start)) current.listStart = start;
          first = false;
          for (const c of child.childNodes ?? []) {
            if (c.tagName === 'ol' || c.tagName === 'ul') {
              flush();
              current = {};
              walk(c, olDepth + 1, inOl);
            } else {
              walk(c, olDepth, inOl);
            }
          }
          flush();
          current = {};
        } else {
          walk(child, olDepth, inOl);
        }
      }
      flush();
      current = {};
      return;
    }
    if (tag && /^h[1-6]$/.test(tag)) current = { ...current, heading: Number(tag[1]) };
    for (const child of children) walk(child, olDepth, inOl);
    if (block) flush();
  };

  walk(doc, 0, []);
  flush();
  return { lines, report };
}
