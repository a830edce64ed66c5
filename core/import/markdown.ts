// Markdown → text lines: headings, emphasis, escapes, links, lists and block quotes
// come off; what is left is the plan text the Markdown export wrote (`#### 1\.任务`
// → `1.任务`, `**目标任务**:…` → `目标任务:…`). A YAML-style front matter is kept.

/** Sniffs Markdown: ATX headings, or bold labels, on several lines. */
export function looksLikeMarkdown(text: string): boolean {
  const sample = text.slice(0, 20000);
  const headings = sample.match(/^#{1,6}[ \t]+\S/gm)?.length ?? 0;
  const bold = sample.match(/^\*\*[^*\n]+\*\*\s*[:\uFF1A]/gm)?.length ?? 0;
  const escapes = sample.match(/^#{1,6}[ \t]+\d+\\[.、]/gm)?.length ?? 0;
  return headings >= 2 || headings >= 1 && (bold + escapes) >= 1;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Inline Markdown → text. */
export function markdownInline(text: string): string {
  const parts: string[] = [];
  // Protect escapes first so that `\*` never reads as emphasis.
  let s = text.replace(/\\([!-/:-@[-`{-~])/g, (_, ch: string) => { parts.push(ch); return `\u0000${parts.length - 1}\u0000`; });
  s = s.replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(\*|_)(?=\S)([^*_]*?\S)\1/g, '$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, e: string) => ENTITIES[e])
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)));
  return s.replace(/\u0000(\d+)\u0000/g, (_, i: string) => parts[Number(i)]).replace(/ {2,}$/, '').replace(/\\$/, '');
}

/** Lines of a Markdown document as plain lines (same line numbers). */
export function markdownToLines(text: string): string[] {
  const src = text.split(/\r\n|\n|\r/);
  const out: string[] = [];
  let inFence = false;
  let inFrontMatter = false;
  src.forEach((line, i) => {
    if (i === 0 && /^-{3,}\s*$/.test(line)) { inFrontMatter = true; out.push(line); return; }
    if (inFrontMatter) { if (/^-{3,}\s*$/.test(line)) inFrontMatter = false; out.push(line); return; }
    if (/^\s*(```|~~~)/.test(line)) { inFence = !inFence; out.push(''); return; }
    if (inFence) { out.push(line); return; }
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) { out.push(''); return; }
    if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) { out.push(''); return; }
    let t = line;
    const heading = /^\s{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(t);
    if (heading) t = heading[1];
    else {
      t = t.replace(/^\s{0,3}(>\s?)+/, '');
      t = t.replace(/^\s*[-*+][ \t]+/, '');
      if (/^\s*\|.*\|\s*$/.test(t)) t = t.trim().replace(/^\||\|$/g, '').split('|').map(c => c.trim()).join(' | ');
    }
    out.push(markdownInline(t));
  });
  return out;
}
