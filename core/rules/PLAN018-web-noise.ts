// Web-page chrome that came along with a copy: breadcrumbs, view counters, QR lines …
// (patterns in core/text/noise.ts, shared with import).
import type { Rule } from '../lint/types';
import { findNoise } from '../text/noise';
import { lineRange, scanLines } from './shared';

const ZH: Record<string, string> = {
  'breadcrumb': '面包屑导航', 'back-link': '返回链接', 'qr': '二维码提示', 'view-counter': '浏览次数',
  'font-widget': '字号按钮', 'update-time': '网页发布时间', 'more': '“查看更多”链接', 'paywall': '付费提示',
  'seo-tail': '推荐阅读', 'editor-intro': '文档网站导语', 'doc-site': '文档网站信息', 'field-code': 'Word 域代码',
  'page-tools': '页面工具（打印、关闭、分享）', 'byline': '网页署名（来源、作者）',
};

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
        { en: 'Web page residue ({0})', zh: '网页残留内容（{1}）' },
        [hit.pattern.description, ZH[hit.pattern.id] ?? hit.pattern.description], { noise: hit.pattern.id, wholeLine: hit.pattern.wholeLine });
    }
  },
};
