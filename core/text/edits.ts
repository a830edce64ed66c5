// Applies text edits (LSP ranges: 0-based lines, UTF-16 characters) to a text, as an
// editor would: fix-all and the formatter in the CLI, and tests.
import type { Range } from '../model';

export interface Edit { range: Range; newText: string }

/** Offsets where each line starts; lines break at \r\n, \n or \r, as the parser splits them. */
function lineStarts(text: string): number[] {
  const starts = [0];
  const re = /\r\n|\n|\r/g;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

/** The line break the text uses most (for the line breaks edits insert). */
export function eolOf(text: string): string {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  return crlf * 2 > (text.match(/\n/g) ?? []).length ? '\r\n' : '\n';
}

/**
 * The text after `edits`, which must not overlap (an insertion may touch a neighbour).
 * Edits are applied by position, so their order in the list does not matter except for
 * insertions at one place, which keep theirs.
 */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  if (!edits.length) return text;
  const starts = lineStarts(text);
  const offset = (p: Range['start']) => {
    if (p.line >= starts.length) return text.length;
    const lineEnd = p.line + 1 < starts.length ? starts[p.line + 1] : text.length;
    return Math.min(starts[p.line] + p.character, lineEnd);
  };
  const eol = eolOf(text);
  const spans = edits.map((e, i) => ({ from: offset(e.range.start), to: offset(e.range.end), text: eol === '\n' ? e.newText : e.newText.replace(/\r?\n/g, eol), i }))
    .sort((a, b) => a.from - b.from || a.to - b.to || a.i - b.i);
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.from < at) throw new Error('overlapping edits');
    out += text.slice(at, s.from) + s.text;
    at = s.to;
  }
  return out + text.slice(at);
}

/** True when two edits overlap: their ranges share characters, an insertion falls inside the other, or both insert at one place. */
export function editsOverlap(a: Edit, b: Edit): boolean {
  const cmp = (x: Range['start'], y: Range['start']) => x.line - y.line || x.character - y.character;
  const empty = (e: Edit) => cmp(e.range.start, e.range.end) === 0;
  if (cmp(a.range.start, b.range.end) < 0 && cmp(b.range.start, a.range.end) < 0) return true;
  return empty(a) && empty(b) && cmp(a.range.start, b.range.start) === 0;
}
