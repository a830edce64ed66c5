// The outline: part → section → subsection → item → block (and front matter).
import type { Block, Item, Part, PlanDocument, Range, Section, SubItem, Subsection } from '../model';
import { containsRange, headingName, itemName, msg, truncate, type Locale } from './util';

/** Symbol kinds as plain names; the server maps them to LSP `SymbolKind` numbers. */
export type PlanSymbolKind = 'part' | 'section' | 'subsection' | 'item' | 'subitem' | 'block' | 'frontMatter' | 'metaEntry' | 'title';

export interface PlanSymbol {
  name: string;
  detail?: string;
  kind: PlanSymbolKind;
  range: Range;
  selectionRange: Range;
  children: PlanSymbol[];
}

const M = {
  frontMatter: { en: 'Front matter', zh: '文档信息' },
  title: { en: 'Title', zh: '标题' },
  items: { en: '{0} items', zh: '{0} 项' },
  item: { en: '1 item', zh: '1 项' },
  sectionsItems: { en: '{0} sections · {1} items', zh: '{0} 个部分 · {1} 项' },
};

/** Keeps selectionRange inside range, as editors require. */
function symbol(name: string, kind: PlanSymbolKind, range: Range, selectionRange: Range, detail?: string, children: PlanSymbol[] = []): PlanSymbol {
  const sel = containsRange(range, selectionRange) ? selectionRange : range;
  const s: PlanSymbol = { name: name || '?', kind, range, selectionRange: sel, children };
  if (detail) s.detail = detail;
  return s;
}

function countItems(locale: Locale, n: number): string {
  return n === 1 ? msg(locale, M.item) : msg(locale, M.items, n);
}

function blockSymbol(b: Block): PlanSymbol {
  const detail = b.unitList ? b.unitList.units.map(u => u.name).join('、') : b.text;
  return symbol(b.label, 'block', b.range, b.selectionRange, truncate(detail, 40));
}

function subItemSymbol(doc: PlanDocument, s: SubItem): PlanSymbol {
  return symbol(headingName(doc, s, s.marker), 'subitem', s.range, s.selectionRange);
}

function itemSymbol(doc: PlanDocument, item: Item): PlanSymbol {
  const children = [
    ...item.subitems.map(s => subItemSymbol(doc, s)),
    ...item.blocks.filter(b => !b.inline).map(blockSymbol),
  ].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const detail = item.lead ? item.lead.name : undefined;
  return symbol(itemName(item), 'item', item.range, item.selectionRange, detail, children);
}

function subsectionSymbol(doc: PlanDocument, s: Subsection, locale: Locale): PlanSymbol {
  return symbol(headingName(doc, s, s.marker), 'subsection', s.range, s.selectionRange,
    countItems(locale, s.items.length), s.items.map(i => itemSymbol(doc, i)));
}

function sectionSymbol(doc: PlanDocument, s: Section, locale: Locale): PlanSymbol {
  const children = [...s.items.map(i => itemSymbol(doc, i)), ...s.subsections.map(x => subsectionSymbol(doc, x, locale))]
    .sort((a, b) => a.range.start.line - b.range.start.line);
  const count = s.items.length + s.subsections.reduce((n, x) => n + x.items.length, 0);
  return symbol(headingName(doc, s, s.marker), 'section', s.range, s.selectionRange, countItems(locale, count), children);
}

function partSymbol(doc: PlanDocument, p: Part, locale: Locale): PlanSymbol {
  const children = [...p.items.map(i => itemSymbol(doc, i)), ...p.sections.map(s => sectionSymbol(doc, s, locale))]
    .sort((a, b) => a.range.start.line - b.range.start.line);
  const items = p.items.length + p.sections.reduce((n, s) => n + s.items.length + s.subsections.reduce((m, x) => m + x.items.length, 0), 0);
  return symbol(headingName(doc, p, p.marker), 'part', p.range, p.selectionRange, msg(locale, M.sectionsItems, p.sections.length, items), children);
}

/** The document outline, top level in document order. */
export function documentSymbols(doc: PlanDocument, locale: Locale = 'zh-cn'): PlanSymbol[] {
  const out: PlanSymbol[] = [];
  if (doc.frontMatter) {
    const fm = doc.frontMatter;
    const entries = fm.entries.map(e => {
      const r = { start: e.keyRange.start, end: e.valueRange.end.character >= e.keyRange.end.character ? e.valueRange.end : e.keyRange.end };
      return symbol(e.key, 'metaEntry', r, e.keyRange, truncate(e.value, 40));
    });
    out.push(symbol(msg(locale, M.frontMatter), 'frontMatter', fm.range, { start: fm.range.start, end: fm.range.start }, undefined, entries));
  }
  if (doc.title && doc.titleSource === 'text') {
    out.push(symbol(truncate(doc.title.text), 'title', doc.title.range, doc.title.range, msg(locale, M.title)));
  }
  out.push(...doc.looseItems.map(i => itemSymbol(doc, i)));
  out.push(...doc.sections.map(s => sectionSymbol(doc, s, locale)));
  out.push(...doc.parts.map(p => partSymbol(doc, p, locale)));
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** Every symbol of a kind, depth first (for tests and counts). */
export function flattenSymbols(symbols: PlanSymbol[]): PlanSymbol[] {
  return symbols.flatMap(s => [s, ...flattenSymbols(s.children)]);
}
