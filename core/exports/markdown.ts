// Markdown: headings for parts/sections/subsections/items, blocks as labelled paragraphs.
// Document text is escaped so that `******`, `<script>` or a leading `1.` stay text.
import type { PlanDocument } from '../model';
import { partsOf } from '../model';
import { flowOf, type FlowNode, type HeadingLevel } from './flow';

/** Escapes text for CommonMark inline content (ASCII punctuation that could start markup). */
export function escapeMarkdown(text: string): string {
  let s = text.replace(/[\\`*_[\]<>&|~{}!]/g, ch => `\\${ch}`);
  // at the start of a line: headings, lists, block quotes, thematic breaks, ordered lists
  s = s.replace(/^(\s*)([#+\-=>])/gm, '$1\\$2');
  s = s.replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
  return s;
}

export interface MarkdownOptions {
  /** Whether to write the front-matter 文号 line (default true). */
  docNumber?: boolean;
}

function headingDepth(level: HeadingLevel, hasParts: boolean): number {
  const base = hasParts ? 1 : 0;
  switch (level) {
    case 'part': return 2;
    case 'section': return 2 + base;
    case 'subsection': return 3 + base;
    case 'item': return 4 + base;
    case 'subitem': return 5 + base;
  }
}

export function markdownOfFlow(nodes: FlowNode[], hasParts: boolean, options: MarkdownOptions = {}): string {
  const out: string[] = [];
  for (const n of nodes) {
    switch (n.kind) {
      case 'docNumber': if (options.docNumber !== false) out.push(escapeMarkdown(n.text)); break;
      case 'title': out.push(`# ${escapeMarkdown(n.text)}`); break;
      case 'paragraph': out.push(escapeMarkdown(n.text)); break;
      case 'heading': {
        if (n.level === 'subitem') { out.push(escapeMarkdown(n.prefix + n.title + n.rest)); break; }
        const depth = Math.min(6, headingDepth(n.level, hasParts));
        out.push(`${'#'.repeat(depth)} ${escapeMarkdown(n.prefix + n.title)}`);
        const rest = n.rest.replace(/^[。.]/, '').trim();
        if (rest) out.push(escapeMarkdown(rest));
        break;
      }
      case 'block': {
        const [first, ...more] = n.paragraphs;
        out.push(`**${escapeMarkdown(n.label)}**${n.colon}${first ? escapeMarkdown(first) : ''}`); // colon outside: `**…:**把` would not close in CommonMark
        for (const p of more) out.push(escapeMarkdown(p));
        break;
      }
      case 'closing': out.push(escapeMarkdown(n.text)); break; // no raw HTML: it would bypass escaping
    }
  }
  return out.join('\n\n') + '\n';
}

export function exportMarkdown(doc: PlanDocument, options: MarkdownOptions = {}): string {
  return markdownOfFlow(flowOf(doc), partsOf(doc).length > 0, options);
}
