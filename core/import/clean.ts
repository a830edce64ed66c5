// Drops web-page chrome with the shared patterns of core/data/noise.json: whole chrome
// lines go, chrome stuck to the end of a content line is cut off, injected phrases
// (`当前隐藏内容免费查看`, gambling spam, HTML tag debris, Word field codes) are cut out of
// the text, and everything after an SEO tail (`推荐访问`, `猜你喜欢`) below the plan goes.
// A line holding HTML line breaks (`…。</p><p>…`) is split there; a legal-database header
// (`【发文字号】…`) hands the fields the front matter knows to it. Every change is
// reported; with keepNoise the removed text stays as `//` comments.
import { canonicalMetaKey } from '../domain/meta';
import { findAllNoise, type NoiseHit } from '../text/noise';
import { classifyLine } from '../parse/lineSyntax';
import type { ImportReportEntry, WorkLine } from './report';

export interface CleanOptions { keepNoise?: boolean }

/** Field codes run on to their quoted argument: `HYPERLINK "http://…"`, `PAGEREF _Toc123 \h`. */
const FIELD_CODE = /\s*(HYPERLINK\s+(\\l\s+)?"[^"]*"(\s*\\[a-z](\s+"[^"]*")?)*|PAGEREF\s+\S+(\s+\\[a-z])*|TOC\s+(\\[a-z]\s+"[^"]*"\s*)+|\\\*\s*MERGEFORMAT|MERGEFORMAT)\s*/g;
const CJK = /[\u3000-\u303F\u3400-\u9FFF\uFF00-\uFFEF]/;
const IDEOGRAPH = /[\u3400-\u9FFF]/;
/** HTML debris that stood for a line break: the text on either side is two paragraphs. */
const BLOCK_TAG = /<\/?(?:p|br|div|li|tr|table|h[1-6]|section|article|center)\b/i;
/** A field of a legal-database header: `【发文字号】某政办〔2024〕3号`. */
const LEGAL_FIELD = /【\s*([^】\s]{1,10})\s*】\s*([^【]*)/g;
/** Cutting again can uncover more (a phrase split by a tag); never more than this many passes. */
const MAX_PASSES = 3;

const STRUCTURE: ReadonlySet<string> = new Set(['part', 'section', 'subsection', 'item']);

/** Cuts a phrase out, closing the gap between Chinese characters. */
function cutInline(text: string, from: number, to: number): string {
  while (from > 0 && /\s/.test(text[from - 1])) from--;
  while (to < text.length && /\s/.test(text[to])) to++;
  const before = text[from - 1];
  const after = text[to];
  const glue = !before || !after || CJK.test(before) || CJK.test(after) ? '' : ' ';
  return text.slice(0, from) + glue + text.slice(to);
}

/** The injected phrases among a line's hits, not overlapping. */
function phrasesIn(hits: readonly NoiseHit[]): NoiseHit[] {
  const out: NoiseHit[] = [];
  let end = -1;
  for (const h of hits) {
    if (h.pattern.wholeLine || h.index < end) continue;
    out.push(h);
    end = h.index + h.length;
  }
  return out;
}

/**
 * A short paragraph without any punctuation of a sentence, left where spam was cut out
 * (`彩票开奖结果查询 注`): a line of the spam, not of the plan, which writes in sentences
 * or under markers.
 */
function spamRemnant(text: string, kind: string): boolean {
  const rest = text.replace(/\s+/g, '');
  return kind === 'paragraph' && rest.length <= SPAM_REMNANT && !/[。，；：、,;:]/.test(rest);
}
const SPAM_REMNANT = 20;

/** Cuts every injected phrase out of `text`, pushing what was cut to `cut`; with the hits of what is left. */
function cutPhrases(text: string, cut: string[]): { text: string; spam: boolean; hits: NoiseHit[] } {
  let spam = false;
  let hits = findAllNoise(text);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let phrases = phrasesIn(hits);
    if (!phrases.length) break;
    const before = text;
    if (phrases.some(h => h.pattern.id === 'field-code')) {
      text = text.replace(FIELD_CODE, (...args: unknown[]) => {
        const m = args[0] as string;
        const whole = args[args.length - 1] as string;
        const offset = args[args.length - 2] as number;
        cut.push(m.trim());
        const prev = whole[offset - 1];
        const next = whole[offset + m.length];
        return !prev || !next || CJK.test(prev) || CJK.test(next) ? '' : ' ';
      });
      phrases = phrasesIn(findAllNoise(text));
    }
    // From the right, so that the offsets of the phrases to the left stay valid.
    for (const h of phrases.filter(p => p.pattern.id !== 'field-code').reverse()) {
      cut.unshift(text.slice(h.index, h.index + h.length));
      spam ||= h.pattern.id === 'gambling-spam';
      text = cutInline(text, h.index, h.index + h.length);
    }
    if (text === before) break;
    hits = findAllNoise(text);
  }
  return { text, spam, hits };
}

/** Splits a line at HTML debris that stood for a line break, when there is text on both sides. */
function splitAtHtmlBreaks(l: WorkLine, report: ImportReportEntry[]): WorkLine[] {
  if (!l.text.includes('<')) return [l];
  const pieces: string[] = [];
  let from = 0;
  for (const h of findAllNoise(l.text)) {
    if (h.pattern.id !== 'html-debris' || !BLOCK_TAG.test(l.text.slice(h.index, h.index + h.length))) continue;
    const piece = l.text.slice(from, h.index);
    if (piece.trim() && l.text.slice(h.index + h.length).trim()) {
      pieces.push(piece);
      from = h.index + h.length;
    }
  }
  if (!pieces.length) return [l];
  pieces.push(l.text.slice(from));
  report.push({ line: l.line, action: 'split', text: l.text.trim(), reason: `HTML line breaks in the text: split into ${pieces.length} lines`, reasonZh: `正文中的 HTML 换行：拆分为 ${pieces.length} 行` });
  return pieces.map(text => ({ ...l, text }));
}

export function cleanNoise(lines: WorkLine[], options: CleanOptions, report: ImportReportEntry[]): WorkLine[] {
  const out: WorkLine[] = [];
  let structureSeen = false;
  let tail: string | undefined;
  const drop = (l: WorkLine, text: string, reason: string, reasonZh: string) => {
    if (options.keepNoise) {
      out.push({ text: `// ${text}`, line: l.line, comment: true });
      report.push({ line: l.line, action: 'kept-as-comment', text, reason, reasonZh });
    } else {
      report.push({ line: l.line, action: 'removed', text, reason, reasonZh });
    }
  };

  /** A legal-database header before the plan: the fields the front matter knows stay, as `key:value`. */
  const legalHeader = (l: WorkLine, text: string): boolean => {
    const kept: string[] = [];
    const dropped: string[] = [];
    LEGAL_FIELD.lastIndex = 0;
    for (let m = LEGAL_FIELD.exec(text); m; m = LEGAL_FIELD.exec(text)) {
      const value = m[2].trim();
      if (canonicalMetaKey(m[1]) && value) kept.push(`${m[1]}:${value}`);
      else dropped.push(m[0].trim());
    }
    if (!kept.length) return false;
    for (const d of dropped) drop(l, d, 'legal-database header', '法规数据库页眉');
    report.push({ line: l.line, action: 'edited', text: kept.join(' '), reason: 'legal-database header: fields handed to the front matter', reasonZh: '法规数据库页眉：可识别的字段移入前置元数据' });
    out.push({ ...l, text: kept.join(' ') });
    return true;
  };

  const cleanLine = (l: WorkLine) => {
    const kind = classifyLine(l.text).kind;

    // Injected phrases first: they never take the line with them.
    const cut: string[] = [];
    const { text, spam, hits } = cutPhrases(l.text, cut);
    for (const c of cut) {
      report.push({ line: l.line, action: options.keepNoise ? 'kept-as-comment' : 'removed', text: c, reason: 'injected phrase cut out of the line', reasonZh: '从行中删去植入的词句' });
    }
    const keepCut = () => { if (options.keepNoise && cut.length) out.push({ text: `// ${cut.join(' ')}`, line: l.line, comment: true }); };
    if (spam && text.trim() && (!IDEOGRAPH.test(text) || spamRemnant(text, kind))) {
      // What spam leaves behind is its web address and numbers, or a few words of its own.
      report.push({ line: l.line, action: 'removed', text: text.trim(), reason: 'what is left of injected spam', reasonZh: '植入广告的残留' });
      keepCut();
      return;
    }

    const whole = hits.filter(h => h.pattern.wholeLine);
    if (!whole.length) {
      if (text.trim()) out.push({ ...l, text });
      else if (cut.length) report.push({ line: l.line, action: 'removed', text: '', reason: 'line empty after cutting', reasonZh: '删去后该行为空' });
      keepCut();
      if (STRUCTURE.has(kind)) structureSeen = true;
      return;
    }
    const hit = whole[0];
    const trimmed = text.trim();
    if (hit.pattern.id === 'seo-tail' && structureSeen) {
      tail = trimmed.slice(0, 8).replace(/[:\uFF1A].*$/, '');
      drop(l, trimmed, 'SEO tail below the plan: it and every line after it go', '计划之后的网站推广尾部：该行及其后各行均删除');
      return;
    }
    if (hit.pattern.id === 'legal-header' && !structureSeen && legalHeader(l, trimmed)) return;
    // Chrome stuck to the end of a content line (`…工作。 查看更多`): cut it off.
    const lead = text.slice(0, hit.index).trim();
    const rest = text.slice(hit.index + hit.length).trim();
    if (lead.length >= 20 && rest.length <= 12 && hit.pattern.trails) {
      drop(l, text.slice(hit.index).trim(), `${hit.pattern.description} at the end of a line`, `行尾的${hit.pattern.descriptionZh}`);
      out.push({ ...l, text: text.slice(0, hit.index).trimEnd() });
      structureSeen ||= kind !== 'paragraph' && kind !== 'labeled';
      return;
    }
    if (trimmed.length > 150 && !hit.pattern.anywhere) {
      report.push({ line: l.line, action: 'kept', text: text.slice(hit.index, hit.index + hit.length), reason: `looks like ${hit.pattern.description} but sits inside a paragraph`, reasonZh: `像是${hit.pattern.descriptionZh}，但位于段落之中` });
      out.push({ ...l, text });
      return;
    }
    drop(l, trimmed, hit.pattern.description, hit.pattern.descriptionZh);
  };

  for (const l of lines) {
    if (l.comment || /^\s*\/\//.test(l.text)) { out.push(l); continue; }
    if (!l.text.trim()) { out.push(l); continue; }
    if (tail) { drop(l, l.text.trim(), `below the SEO tail (${tail})`, `位于网站推广尾部（${tail}）之后`); continue; }
    for (const piece of splitAtHtmlBreaks(l, report)) cleanLine(piece);
  }
  return out;
}
