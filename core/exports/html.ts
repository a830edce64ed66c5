// HTML: a body fragment (reused by the live preview; headings and items carry `data-line`
// for scroll sync) and a standalone page styled like the printed document, usable offline.
// Every piece of document text goes through escapeHtml.
import type { PlanDocument } from '../model';
import { flowOf, titleOf, type FlowNode } from './flow';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, ch => ESCAPES[ch]);
}

export interface HtmlBodyOptions {
  /** Add `data-line` (0-based source line) to headings, items, blocks and paragraphs. Default true. */
  dataLines?: boolean;
}

function lineAttr(line: number | undefined, options: HtmlBodyOptions): string {
  return options.dataLines === false || line === undefined ? '' : ` data-line="${line}"`;
}

const HEADING_TAG: Record<string, string> = { part: 'h2', section: 'h3', subsection: 'h4', item: 'h5', subitem: 'p' };

function renderNode(n: FlowNode, options: HtmlBodyOptions): string {
  switch (n.kind) {
    case 'docNumber': return `<p class="pm-docnumber">${escapeHtml(n.text)}</p>`;
    case 'title': return `<h1 class="pm-title"${lineAttr(n.line, options)}>${escapeHtml(n.text)}</h1>`;
    case 'paragraph': return `<p class="pm-p pm-${n.role}"${lineAttr(n.line, options)}>${escapeHtml(n.text)}</p>`;
    case 'heading': {
      const tag = HEADING_TAG[n.level];
      const rest = n.rest ? `<span class="pm-rest">${escapeHtml(n.rest)}</span>` : '';
      return `<${tag} class="pm-heading pm-${n.level}"${lineAttr(n.line, options)}>` +
        `<span class="pm-marker">${escapeHtml(n.prefix)}</span><span class="pm-heading-title">${escapeHtml(n.title)}</span>${rest}</${tag}>`;
    }
    case 'block': {
      const [first, ...more] = n.paragraphs;
      const parts = [`<p class="pm-block-first"><span class="pm-label">${escapeHtml(n.label + n.colon)}</span>${escapeHtml(first ?? '')}</p>`];
      for (const p of more) parts.push(`<p class="pm-p">${escapeHtml(p)}</p>`);
      return `<div class="pm-block pm-block-${escapeHtml(n.blockKind ?? 'field')}"${lineAttr(n.line, options)}>${parts.join('')}</div>`;
    }
    case 'closing': return `<p class="pm-closing"${lineAttr(n.line, options)}>${escapeHtml(n.text)}</p>`;
  }
}

/** The document body as an HTML fragment (`<article class="pm-doc">…</article>`). */
export function renderHtmlBody(doc: PlanDocument, options: HtmlBodyOptions = {}): string {
  const nodes = flowOf(doc);
  const lines = nodes.map(n => renderNode(n, options));
  return `<article class="pm-doc">\n${lines.join('\n')}\n</article>`;
}

/** Styles of the printed document (GB/T 9704-2012 look), shared with the preview. */
export const HTML_STYLES = `
:root { --pm-fangsong: "FangSong_GB2312", "仿宋_GB2312", "FangSong", "仿宋", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", serif;
  --pm-hei: "SimHei", "黑体", "STHeiti", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif;
  --pm-kai: "KaiTi_GB2312", "楷体_GB2312", "KaiTi", "楷体", "STKaiti", "Noto Serif CJK SC", serif;
  --pm-xbs: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "方正小标宋_GBK", "STZhongsong", "华文中宋", "SimSun", "宋体", "Noto Serif CJK SC", serif; }
.pm-doc { font-family: var(--pm-fangsong); font-size: 16pt; line-height: 28.95pt; color: #000; text-align: justify; }
.pm-doc p, .pm-doc h1, .pm-doc h2, .pm-doc h3, .pm-doc h4, .pm-doc h5 { margin: 0; font-size: 16pt; font-weight: normal; }
.pm-doc .pm-title { font-family: var(--pm-xbs); font-size: 22pt; text-align: center; line-height: 1.45; margin: 0 0 28.95pt; }
.pm-doc .pm-docnumber { text-align: center; margin-bottom: 28.95pt; }
.pm-doc .pm-p, .pm-doc .pm-heading, .pm-doc .pm-block-first { text-indent: 2em; }
.pm-doc .pm-part { font-family: var(--pm-hei); text-align: center; text-indent: 0; }
.pm-doc .pm-section { font-family: var(--pm-hei); }
.pm-doc .pm-subsection { font-family: var(--pm-kai); }
.pm-doc .pm-item, .pm-doc .pm-subitem { font-family: var(--pm-fangsong); }
.pm-doc .pm-label { font-weight: bold; }
.pm-doc .pm-closing { text-align: right; padding-right: 4em; }
.pm-doc .pm-closing:first-of-type { margin-top: 28.95pt; }
`;

const PAGE_STYLES = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
html { background: #e8e8e8; }
body { margin: 0; padding: 24px 0; }
.pm-page { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 0 auto; padding: 37mm 26mm 35mm 28mm; background: #fff; box-shadow: 0 1px 6px rgba(0,0,0,.25); }
@media print { html { background: none; } body { padding: 0; } .pm-page { width: auto; min-height: 0; padding: 0; box-shadow: none; } }
`;

export interface HtmlPageOptions extends HtmlBodyOptions {
  /** The page language (default zh-CN). */
  lang?: string;
}

/** A standalone HTML page: inline styles, no scripts, no external resources. */
export function exportHtml(doc: PlanDocument, options: HtmlPageOptions = {}): string {
  const title = titleOf(doc) || 'Planmark';
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(options.lang ?? 'zh-CN')}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Planmark">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${HTML_STYLES}${PAGE_STYLES}</style>`,
    '</head>',
    '<body>',
    '<div class="pm-page">',
    renderHtmlBody(doc, { dataLines: options.dataLines ?? false }),
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
