// The outline: part → section → subsection → item → sub-item/block (and front matter).
import type { Block, Item, Part, PlanDocument, PlanNode, Range, Section, SubItem, Subsection } from '../model';
import { itemsOf, sectionsOf } from '../model';
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
  const children: PlanSymbol[] = [];
  for (const c of item.children) {
    if (c.kind === 'subitem') children.push(subItemSymbol(doc, c));
    else if (c.kind === 'block' && c.origin === 'label') children.push(blockSymbol(c));
  }
  return symbol(itemName(item), 'item', item.range, item.selectionRange, item.lead?.name, children);
}

/** The symbols of a container's headed children (paragraphs are not in the outline). */
function childSymbols(doc: PlanDocument, children: readonly PlanNode[], locale: Locale): PlanSymbol[] {
  const out: PlanSymbol[] = [];
  for (const c of children) {
    switch (c.kind) {
      case 'part': out.push(partSymbol(doc, c, locale)); break;
      case 'section': out.push(sectionSymbol(doc, c, locale)); break;
      case 'subsection': out.push(subsectionSymbol(doc, c, locale)); break;
      case 'item': out.push(itemSymbol(doc, c)); break;
      default: break;
    }
  }
  return out;
}

function subsectionSymbol(doc: PlanDocument, s: Subsection, locale: Locale): PlanSymbol {
  return symbol(headingName(doc, s, s.marker), 'subsection', s.range, s.selectionRange,
    countItems(locale, itemsOf(s).length), childSymbols(doc, s.children, locale));
}

function sectionSymbol(doc: PlanDocument, s: Section, locale: Locale): PlanSymbol {
  return symbol(headingName(doc, s, s.marker), 'section', s.range, s.selectionRange,
    countItems(locale, itemsOf(s).length), childSymbols(doc, s.children, locale));
}

function partSymbol(doc: PlanDocument, p: Part, locale: Locale): PlanSymbol {
  return symbol(headingName(doc, p, p.marker), 'part', p.range, p.selectionRange,
    msg(locale, M.sectionsItems, sectionsOf(p).length, itemsOf(p).length), childSymbols(doc, p.children, locale));
}

/** The document outline, top level in document order. */
export function documentSymbols(doc: PlanDocument, locale: Locale): PlanSymbol[] {
  const out: PlanSymbol[] = [];
  if (doc.frontMatter) {
    const fm = doc.frontMatter;
    const entries = fm.entries.map(e => {
      const r = { start: e.keyRange.start, end: e.valueRange.end.character >= e.keyRange.end.character ? e.valueRange.end : e.keyRange.end };
      return symbol(e.key, 'metaEntry', r, e.keyRange, truncate(e.value, 40));
    });
    out.push(symbol(msg(locale, M.frontMatter), 'frontMatter', fm.range, { start: fm.range.start, end: fm.range.start }, undefined, entries));
  }
  // A title in the text comes before the structure (front matter comes before both).
  if (doc.title && doc.titleSource === 'text') {
    out.push(symbol(truncate(doc.title.text), 'title', doc.title.range, doc.title.range, msg(locale, M.title)));
  }
  out.push(...childSymbols(doc, doc.children, locale));
  return out;
}

/** Every symbol, depth first (for tests and counts). */
export function flattenSymbols(symbols: PlanSymbol[]): PlanSymbol[] {
  return symbols.flatMap(s => [s, ...flattenSymbols(s.children)]);
}
