// Web-page chrome that came along with a copy: breadcrumbs, view counters, QR lines …
// (patterns in core/text/noise.ts, shared with import).
import type { Message, Rule } from '../lint/types';
import { findNoise } from '../text/noise';
import { lineRange, scanLines } from './shared';

/** One message per kind of residue (ids of core/text/noise.ts), so each translates whole. */
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
  'field-code': { en: 'Web page residue (Word field code)', zh: '网页残留内容（Word 域代码）' },
  'page-tools': { en: 'Web page residue (page tools: print, close, share, previous/next)', zh: '网页残留内容（页面工具：打印、关闭、分享、翻页）' },
  'byline': { en: 'Web page residue (page byline)', zh: '网页残留内容（网页署名：来源、作者）' },
};
const OTHER: Message = { en: 'Web page residue', zh: '网页残留内容' };

/** A whole-line pattern found far inside a long line is body text, not chrome. */
const LONG_LINE = 120;

export const webNoise: Rule = {
  id: 'PLAN018',
  name: 'web-noise',
  defaultSeverity: 'warning',
  description: {
    en: 'Web-page residue copied with the text: breadcrumbs, view counters, QR prompts, "view more" links, document-site wrappers.',
    zh: '随复制带入的网页残留：面包屑导航、浏览次数、二维码提示、“查看更多”、文档网站信息等。',
  },
  check(ctx) {
    for (const s of scanLines(ctx.doc)) {
      const text = s.from ? s.text.slice(s.from) : s.text;
      const hit = findNoise(text);
      if (!hit) continue;
      if (hit.pattern.wholeLine && text.length > LONG_LINE && hit.index > 0) continue;
      const start = s.from + hit.index;
      ctx.report(lineRange(s.line, start, Math.min(s.text.length, start + hit.length)),
        WEB_NOISE_MESSAGES[hit.pattern.id] ?? OTHER, [], { noise: hit.pattern.id, wholeLine: hit.pattern.wholeLine });
    }
  },
};
