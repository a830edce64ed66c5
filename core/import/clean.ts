// Drops web-page chrome with the shared patterns of core/text/noise.ts: whole chrome
// lines go, chrome stuck to the end of a content line is cut off, injected phrases
// (`当前隐藏内容免费查看`, Word field codes) are cut out of the text, and everything
// after an SEO tail (`推荐访问`, `猜你喜欢`) below the plan goes. Every change is
// reported; with keepNoise the removed text stays as `//` comments.
import { NOISE_PATTERNS, type NoisePattern } from '../text/noise';
import { classifyLine } from '../parse/lineSyntax';
import type { ImportReportEntry, WorkLine } from './report';

export interface CleanOptions { keepNoise?: boolean }

interface Hit { pattern: NoisePattern; index: number; end: number }

function hitsIn(text: string): Hit[] {
  const out: Hit[] = [];
  for (const pattern of NOISE_PATTERNS) {
    const flags = pattern.pattern.flags.includes('g') ? pattern.pattern.flags : pattern.pattern.flags + 'g';
    const re = new RegExp(pattern.pattern.source, flags);
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      out.push({ pattern, index: m.index, end: m.index + Math.max(1, m[0].length) });
      if (!m[0].length) re.lastIndex++;
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Field codes run on to their quoted argument: `HYPERLINK "http://…"`, `PAGEREF _Toc123 \h`. */
const FIELD_CODE = /\s*(HYPERLINK\s+(\\l\s+)?"[^"]*"(\s*\\[a-z](\s+"[^"]*")?)*|PAGEREF\s+\S+(\s+\\[a-z])*|TOC\s+(\\[a-z]\s+"[^"]*"\s*)+|\\\*\s*MERGEFORMAT|MERGEFORMAT)\s*/g;
const CJK = /[\u3000-\u303F\u3400-\u9FFF\uFF00-\uFFEF]/;

/** Cuts an injected phrase out, closing the gap between Chinese characters. */
function cutInline(text: string, hit: Hit): string {
  let from = hit.index;
  let to = hit.end;
  while (from > 0 && /\s/.test(text[from - 1])) from--;
  while (to < text.length && /\s/.test(text[to])) to++;
  const before = text[from - 1];
  const after = text[to];
  const glue = !before || !after || CJK.test(before) || CJK.test(after) ? '' : ' ';
  return text.slice(0, from) + glue + text.slice(to);
}

/** Chrome that is chrome wherever it stands on a line. */
const ALWAYS_LINE: ReadonlySet<string> = new Set(['breadcrumb', 'back-link', 'seo-tail', 'editor-intro', 'doc-site', 'qr', 'font-widget', 'update-time']);

export function cleanNoise(lines: WorkLine[], options: CleanOptions, report: ImportReportEntry[]): WorkLine[] {
  const out: WorkLine[] = [];
  let structureSeen = false;
  let tail: string | undefined;
  const drop = (l: WorkLine, text: string, reason: string) => {
    if (options.keepNoise) {
      out.push({ text: `// ${text}`, line: l.line, comment: true });
      report.push({ line: l.line, action: 'kept-as-comment', text, reason });
    } else {
      report.push({ line: l.line, action: 'removed', text, reason });
    }
  };

  for (const l of lines) {
    let text = l.text;
    if (l.comment || /^\s*\/\//.test(text)) { out.push(l); continue; }
    if (!text.trim()) { out.push(l); continue; }
    if (tail) { drop(l, text.trim(), `below the SEO tail (${tail})`); continue; }
    const kind = classifyLine(text).kind;

    // Inline phrases first: they never take the line with them.
    const cut: string[] = [];
    let changed = true;
    while (changed) {
      changed = false;
      for (const hit of hitsIn(text)) {
        if (hit.pattern.wholeLine) continue;
        if (hit.pattern.id === 'field-code') {
          const before = text;
          text = text.replace(FIELD_CODE, (...args: unknown[]) => {
            const m = args[0] as string;
            const whole = args[args.length - 1] as string;
            const offset = args[args.length - 2] as number;
            cut.push(m.trim());
            const prev = whole[offset - 1];
            const next = whole[offset + m.length];
            return !prev || !next || CJK.test(prev) || CJK.test(next) ? '' : ' ';
          });
          if (text === before) continue;
        } else {
          cut.push(text.slice(hit.index, hit.end));
          text = cutInline(text, hit);
        }
        changed = true;
        break;
      }
    }
    for (const c of cut) {
      if (options.keepNoise) report.push({ line: l.line, action: 'kept-as-comment', text: c, reason: 'injected phrase cut out of the line' });
      else report.push({ line: l.line, action: 'removed', text: c, reason: 'injected phrase cut out of the line' });
    }

    const whole = hitsIn(text).filter(h => h.pattern.wholeLine);
    if (!whole.length) {
      if (text.trim()) out.push({ ...l, text });
      else if (cut.length) report.push({ line: l.line, action: 'removed', text: '', reason: 'line empty after cutting' });
      if (options.keepNoise && cut.length) out.push({ text: `// ${cut.join(' ')}`, line: l.line, comment: true });
      if (kind === 'part' || kind === 'section' || kind === 'subsection' || kind === 'item') structureSeen = true;
      continue;
    }
    const hit = whole[0];
    const trimmed = text.trim();
    if (hit.pattern.id === 'seo-tail' && structureSeen) {
      tail = trimmed.slice(0, 8).replace(/[:\uFF1A].*$/, '');
      drop(l, trimmed, 'SEO tail below the plan: it and every line after it go');
      continue;
    }
    // Chrome stuck to the end of a content line (`…工作。 查看更多`): cut it off.
    const lead = text.slice(0, hit.index).trim();
    const rest = text.slice(hit.end).trim();
    if (lead.length >= 20 && rest.length <= 12 && !ALWAYS_LINE.has(hit.pattern.id) || lead.length >= 20 && rest.length <= 12 && hit.pattern.id === 'qr') {
      const removed = text.slice(hit.index).trim();
      drop(l, removed, `${hit.pattern.description} at the end of a line`);
      out.push({ ...l, text: text.slice(0, hit.index).trimEnd() });
      structureSeen ||= kind !== 'paragraph' && kind !== 'labeled';
      continue;
    }
    if (trimmed.length > 150 && !ALWAYS_LINE.has(hit.pattern.id)) {
      report.push({ line: l.line, action: 'kept', text: text.slice(hit.index, hit.end), reason: `looks like ${hit.pattern.description} but sits inside a paragraph` });
      out.push({ ...l, text });
      continue;
    }
    drop(l, trimmed, hit.pattern.description);
  }
  return out;
}
