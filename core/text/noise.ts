// Web-page chrome that survives copying a plan from a government or document site.
// Shared by the title heuristic, the web-noise lint rule and import.

export interface NoisePattern {
  id: string;
  /** Matches a line (or the part of it) that is noise. */
  pattern: RegExp;
  /** True when the whole line is chrome (drop it on import). */
  wholeLine: boolean;
  description: string;
}

export const NOISE_PATTERNS: readonly NoisePattern[] = [
  { id: 'breadcrumb', pattern: /(当前位置|您当前的位置|你的位置|您的位置|所在位置)\s*[:\uFF1A]|首页\s*[>\uFF1E»›]|[>\uFF1E»]\s*正文\s*$/, wholeLine: true, description: 'breadcrumb' },
  { id: 'back-link', pattern: /^\s*返回.{0,30}(网站|首页|门户).{0,10}[>\uFF1E]?\s*$/, wholeLine: true, description: 'back link' },
  { id: 'qr', pattern: /扫一扫在手机上查看当前页面|扫一扫.{0,6}(手机|二维码)|手机扫码|微信扫一扫/, wholeLine: true, description: 'QR code line' },
  { id: 'view-counter', pattern: /(浏览次数|阅读次数|访问量|点击数|浏览量|阅读量)\s*[:\uFF1A]?\s*\d*/, wholeLine: true, description: 'view counter' },
  { id: 'font-widget', pattern: /字体\s*[\[【\uFF3B]\s*(大|中|小)?\s*[\]】\uFF3D]|【\s*字体\s*[:\uFF1A]|字号\s*[:\uFF1A]\s*(大|中|小)/, wholeLine: true, description: 'font widget' },
  { id: 'update-time', pattern: /^\s*(更新时间|发布时间|时间)\s*[:\uFF1A]\s*\d{4}-\d{1,2}-\d{1,2}/, wholeLine: true, description: 'page timestamp' },
  { id: 'more', pattern: /查看更多|点击查看全文|阅读全文|展开全文/, wholeLine: true, description: '"view more" link' },
  { id: 'paywall', pattern: /当前隐藏内容免费查看|隐藏内容|免费查看全文|付费阅读|下载文档查看全文|VIP\s*免费下载/, wholeLine: false, description: 'paywall text' },
  { id: 'seo-tail', pattern: /^\s*(推荐访问|猜你喜欢|相关推荐|热门文章|相关文章|延伸阅读)\s*[:\uFF1A]?/, wholeLine: true, description: 'SEO tail' },
  { id: 'editor-intro', pattern: /下面是小编为大家整理的|以下是小编|本文由.{0,10}整理|供大家参考/, wholeLine: true, description: 'document-site intro' },
  { id: 'doc-site', pattern: /申明敬告|本站不保证|文档介绍|^\s*-?\s*\d+(\.\d+)?\s*[KM]B\s*\|?\s*$|^\s*-?\s*\d+\s*页\s*$|^\s*-?\s*\d{4}-\d{2}-\d{2}\s*发布\s*\|?\s*$/, wholeLine: true, description: 'document-site wrapper' },
  { id: 'page-tools', pattern: /【\s*(打印|关闭|收藏|纠错|打印本页|关闭窗口)\s*】|^\s*(打印本页|关闭窗口|分享到)\s*[:\uFF1A]?|^\s*(上一篇|下一篇)\s*[:\uFF1A]/, wholeLine: true, description: 'page tools (print, close, share, previous/next)' },
  { id: 'byline', pattern: /^\s*(来源|信息来源|作者|编辑|责任编辑)\s*[:\uFF1A][^。;\uFF1B]{0,30}$/, wholeLine: true, description: 'page byline' },
  { id: 'field-code', pattern: /\bHYPERLINK\s+"|\bMERGEFORMAT\b|\bPAGEREF\b/, wholeLine: false, description: 'Word field code' },
];

export interface NoiseHit { pattern: NoisePattern; index: number; length: number }

/** The first noise pattern found in a line, with where it matched. */
export function findNoise(line: string): NoiseHit | undefined {
  for (const pattern of NOISE_PATTERNS) {
    const m = pattern.pattern.exec(line);
    if (m) return { pattern, index: m.index, length: Math.max(1, m[0].length) };
  }
  return undefined;
}

/** True when the whole line is web chrome. */
export function isNoiseLine(line: string): boolean {
  const hit = findNoise(line);
  return !!hit && hit.pattern.wholeLine;
}
