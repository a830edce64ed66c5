// Joins PDF-style hard wraps: text copied from a PDF or a fixed-width page breaks
// every line at the same width, inside sentences. A line is a wrapped line when it
// is as long as the file's wrap width (the common length of most lines), does not
// end a sentence, and the next line is plain text (not a marker, a label or a blank).
import { classifyLine } from '../parse/lineSyntax';
import type { ImportReportEntry, WorkLine } from './report';

const SENTENCE_END = /[。!?\uFF01\uFF1F;\uFF1B:\uFF1A…”"’)」』》〕\]】]$/;
const CJK_END = /[\u3400-\u9FFF\uFF00-\uFFEF,、,]$/;
const ENUM_START = /^[一二三四五六七八九十]+是/;

/** The wrap width: the most common trimmed length among longer lines, when most lines share it. */
export function wrapWidth(lines: WorkLine[]): number | undefined {
  const lengths = lines.map(l => l.text.trim().length).filter(n => n >= 15);
  if (lengths.length < 4) return undefined;
  const counts = new Map<number, number>();
  for (const n of lengths) counts.set(n, (counts.get(n) ?? 0) + 1);
  let best: number | undefined;
  let bestCount = 0;
  for (const [n] of counts) {
    // A width band of ±1: justified lines with a half-width character differ by one.
    const c = (counts.get(n - 1) ?? 0) + (counts.get(n) ?? 0) + (counts.get(n + 1) ?? 0);
    if (c > bestCount || (c === bestCount && best !== undefined && n > best)) { best = n; bestCount = c; }
  }
  if (best === undefined || bestCount < 3 || bestCount * 5 < lengths.length * 2) return undefined;
  return best;
}

export function joinHardWraps(lines: WorkLine[], report: ImportReportEntry[]): WorkLine[] {
  const width = wrapWidth(lines.filter(l => !l.comment));
  if (width === undefined) return lines;
  const out: WorkLine[] = [];
  let current: WorkLine | undefined;
  let lastPieceLength = 0;
  for (const l of lines) {
    const text = l.text.trim();
    if (current) {
      const kind = classifyLine(text).kind;
      const continues = text && !l.comment && kind === 'paragraph' && !ENUM_START.test(text);
      if (continues) {
        const glue = CJK_END.test(current.text) || /^[\u3400-\u9FFF]/.test(text) ? '' : ' ';
        report.push({ line: l.line, action: 'joined', text: `${current.text.slice(-12)}⏎${text.slice(0, 12)}`, reason: `hard line break inside a sentence (wrap width ${width})` });
        current.text += glue + text;
        lastPieceLength = text.length;
        if (Math.abs(lastPieceLength - width) > 1 || SENTENCE_END.test(text)) { out.push(current); current = undefined; }
        continue;
      }
      out.push(current);
      current = undefined;
    }
    if (!l.comment && Math.abs(text.length - width) <= 1 && !SENTENCE_END.test(text)) {
      current = { ...l, text };
      lastPieceLength = text.length;
      continue;
    }
    out.push(l);
  }
  if (current) out.push(current);
  return out;
}
