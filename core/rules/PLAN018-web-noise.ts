// Web-page chrome that came along with a copy: breadcrumbs, view counters, QR lines …
// (patterns in core/data/noise.json, shared with import). A chrome line is one finding;
// in a line that is text, each injected phrase is one.
import type { Message, Rule } from '../lint/types';
import type { NoiseHit } from '../text/noise';
import { checkLines, scanLines } from './shared';
import { deleteLineEdit, isRemovableLine } from './fixEdits';

/** One message per kind of residue (the ids of core/data/noise.json), so each translates whole. */
export const WEB_NOISE_MESSAGES: Record<string, Message> = {
  'breadcrumb': { en: 'Web page residue (breadcrumb)', zh: '网页残留内容（面包屑导航）' },
  'back-link': { en: 'Web page residue (back link)', zh: '网页残留内容（返回链接）' },
  'qr': { en: 'Web page residue (QR code line)', zh: '网页残留内容（二维码提示）' },
  'view-counter': { en: 'Web page residue (view counter)', zh: '网页残留内容（浏览次数）' },
  'font-widget': { en: 'Web page residue (font widget)', zh: '网页残留内容（字号按钮）' },
  'update-time': { en: 'Web page residue (page timestamp)', zh: '网页残留内容（网页发布时间）' },
  'more': { en: 'Web page residue ("view more" link)', zh: '网页残留内容（“查看更多”链接）' },
  'paywall': { en: 'Web page residue (paywall text)', zh: '网页残留内容（付费提示）' },
  'seo-tail': { en: 'Web page residue (SEO tail)', zh: '网页残留内容（推荐阅读）' },
  'editor-intro': { en: 'Web page residue (document-site intro)', zh: '网页残留内容（文档网站导语）' },
  'doc-site': { en: 'Web page residue (document-site wrapper)', zh: '网页残留内容（文档网站信息）' },
  'page-number': { en: 'Residue of a printed or PDF copy (page number)', zh: '网页残留内容（打印件或 PDF 的页码）' },
  'field-code': { en: 'Web page residue (Word field code)', zh: '网页残留内容（Word 域代码）' },
  'page-tools': { en: 'Web page residue (page tools: print, close, share, previous/next)', zh: '网页残留内容（页面工具：打印、关闭、分享、翻页）' },
  'byline': { en: 'Web page residue (page byline)', zh: '网页残留内容（网页署名：来源、作者）' },
  'doc-widget': { en: 'Web page residue (document-site widget)', zh: '网页残留内容（文档网站控件：页数、下载、收藏）' },
  'legal-header': { en: 'Web page residue (legal-database header)', zh: '网页残留内容（法律数据库题头）' },
  'gambling-spam': { en: 'Web page residue (injected gambling or lottery spam)', zh: '网页残留内容（镜像网站插入的博彩广告）' },
  'html-debris': { en: 'Web page residue (HTML tag debris)', zh: '网页残留内容（HTML 标签残留）' },
};
const OTHER: Message = { en: 'Web page residue', zh: '网页残留内容' };

export const webNoise: Rule = {
  id: 'PLAN018',
  name: 'web-noise',
  defaultSeverity: 'warning',
  description: {
    en: 'Web-page residue copied with the text: breadcrumbs, view counters, QR prompts, "view more" links, bylines, document-site widgets, legal-database headers, injected spam, HTML tag debris.',
    zh: '随复制带入的网页残留：面包屑导航、浏览次数、二维码提示、“查看更多”、来源作者、文档网站控件、法律数据库题头、插入的广告、HTML 标签残留等。',
  },
  check(ctx) { checkLines(webNoise)(ctx); },
  scanLine(s, report) {
    const found = (hit: NoiseHit) => report(hit.index, Math.min(s.text.length, hit.index + hit.length),
      WEB_NOISE_MESSAGES[hit.pattern.id] ?? OTHER, [], { noise: hit.pattern.id, wholeLine: hit.pattern.wholeLine });
    if (s.residue.line) found(s.residue.line);
    else for (const phrase of s.residue.phrases) found(phrase);
  },
  fix(ctx) {
    // As import does: a chrome line goes whole, an injected phrase is cut out.
    const line = ctx.diagnostic.range.start.line;
    const s = scanLines(ctx.doc).find(l => l.line === line);
    if (!s) return [];
    if (s.residue.line && isRemovableLine(ctx.doc, line)) {
      return [{ title: { en: 'Remove this web page line', zh: '删除此网页残留行' }, edits: [deleteLineEdit(ctx.doc, line)], preferred: true }];
    }
    if (s.residue.line) return [];
    return [{ title: { en: 'Remove the web page residue', zh: '删除网页残留内容' }, edits: [{ range: ctx.diagnostic.range, newText: '' }], preferred: true }];
  },
};
