// Completion: unit names in unit blocks, block labels, next numbers, an item snippet, front-matter keys.
import type { BlockKind, Item, Part, PlanDocument, Position, Range } from '../model';
import { itemAtLine, itemsOf, partsOf, pathAt, sectionsOf, subsectionsOf } from '../model';
import { allLabels, blockKindOf, documentLabel, isUnitKind, labelColon, requiredBlocks, USUAL_BLOCKS, writtenLabel } from '../domain/blocks';
import { META_KEYS } from '../domain/meta';
import { numberToChinese } from '../domain/numerals';
import { nextNumbersAt, numberingStyle, scopeItems, sectionNumeral } from '../domain/numbering';
import type { FeatureContext } from './context';
import { msg, mostCommon, range, type Locale } from './util';
import { unitUsageOfDocument, withoutDocument } from './workspaceUnits';

export type PlanCompletionKind = 'unit' | 'label' | 'number' | 'snippet' | 'key';

export interface PlanCompletionItem {
  label: string;
  kind: PlanCompletionKind;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  insertText?: string;
  /** True when insertText uses snippet syntax (`${1:…}`). */
  isSnippet?: boolean;
  sortText?: string;
  filterText?: string;
  /** The text the item replaces (one line, ends at the caret). */
  range?: Range;
}

const M = {
  usage: { en: 'leads {0} · joins {1}', zh: '牵头 {0} 项 · 参与 {1} 项' },
  usageWorkspace: { en: 'this file: leads {0} · joins {1}; workspace: leads {2} · joins {3}', zh: '本文件:牵头 {0} 项 · 参与 {1} 项;工作区:牵头 {2} 项 · 参与 {3} 项' },
  unknownUsage: { en: 'not used yet', zh: '尚未使用' },
  group: { en: 'Group: {0}', zh: '类别:{0}' },
  aliases: { en: 'Also written: {0}', zh: '别名:{0}' },
  source: { en: 'Source: {0}', zh: '来源:{0}' },
  builtin: { en: 'built-in unit list', zh: '内置单位名录' },
  config: { en: '.planmark.json / settings', zh: '.planmark.json 或设置' },
  document: { en: 'this document', zh: '本文件' },
  blockLabel: { en: 'Block label', zh: '块标签' },
  missingBlock: { en: 'Block label (this item has none yet)', zh: '块标签(本事项尚缺)' },
  nextSection: { en: 'Next section number', zh: '下一个一级标题序号' },
  nextSubsection: { en: 'Next subsection number', zh: '下一个二级标题序号' },
  nextItem: { en: 'Next item number', zh: '下一个事项序号' },
  itemSnippet: { en: 'Item with blocks', zh: '事项(含各块)' },
  itemSnippetDetail: { en: 'Item {0} with {1}', zh: '第 {0} 项,含 {1}' },
  title: { en: 'Item title', zh: '事项标题' },
  metaKey: { en: 'Front-matter key', zh: '文档信息字段' },
  configKey: { en: 'Front-matter key from .planmark.json', zh: '.planmark.json 中配置的文档信息字段' },
};

const SEPARATORS = /[、,\uFF0C;\uFF1B:\uFF1A]/;

function sortKey(n: number): string {
  return String(n).padStart(5, '0');
}



/** The item whose text the line belongs to: the last heading above is an item or sub-item. */
function enclosingItem(doc: PlanDocument, line: number): Item | undefined {
  for (let i = Math.min(line, doc.lines.length) - 1; i >= 0; i--) {
    const k = doc.syntax[i]?.kind;
    if (k === 'item') return itemAtLine(doc, i);
    if (k === 'section' || k === 'subsection' || k === 'part' || k === 'fence') return undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// (a) units

interface UnitContext { tokenStart: number; existing: Set<string> }

const UNIT_LABEL_IN_TEXT = new RegExp(
  `(?:${allLabels().filter(l => isUnitKind(l.kind)).map(l => l.label).sort((a, b) => b.length - a.length).join('|')})(?:[(\uFF08][^)\uFF09]*[)\uFF09])?\\s*[:\uFF1A]`, 'g');

function unitContext(doc: PlanDocument, pos: Position): UnitContext | undefined {
  const line = doc.lines[pos.line];
  const s = doc.syntax[pos.line];
  if (line === undefined || !s) return undefined;
  let textStart = -1;
  if (s.kind === 'labeled') {
    const kind = blockKindOf(s.marker);
    if (kind && isUnitKind(kind) && pos.character >= s.textStart) textStart = s.textStart;
  }
  if (textStart < 0) {
    // An inline `(责任单位:…` before the caret, not yet closed.
    const before = line.slice(0, pos.character);
    UNIT_LABEL_IN_TEXT.lastIndex = 0;
    let last: RegExpExecArray | null = null;
    for (let m = UNIT_LABEL_IN_TEXT.exec(before); m; m = UNIT_LABEL_IN_TEXT.exec(before)) last = m;
    if (last) {
      const after = before.slice(last.index + last[0].length);
      const precededByParen = /[(\uFF08][\s]*$/.test(before.slice(0, last.index));
      if (precededByParen && !/[)\uFF09;\uFF1B。]/.test(after)) textStart = last.index + last[0].length;
    }
  }
  if (textStart < 0) return undefined;
  let tokenStart = pos.character;
  while (tokenStart > textStart && !SEPARATORS.test(line[tokenStart - 1])) tokenStart--;
  while (tokenStart < pos.character && /[\s\u3000]/.test(line[tokenStart])) tokenStart++;
  const existing = new Set<string>();
  for (const b of pathAt(doc, pos).item?.blocks ?? []) {
    if (b.textRange.start.line !== pos.line) continue;
    for (const u of b.unitList?.units ?? []) {
      const inToken = u.range.start.line === pos.line && u.range.start.character <= pos.character && u.range.end.character >= tokenStart;
      if (!inToken) existing.add(u.name);
    }
  }
  return { tokenStart, existing };
}

function unitCompletions(doc: PlanDocument, pos: Position, uc: UnitContext, ctx: FeatureContext, locale: Locale): PlanCompletionItem[] {
  const local = unitUsageOfDocument(ctx.uri ?? '', doc);
  const workspace = ctx.workspace ? (ctx.uri ? withoutDocument(ctx.workspace, ctx.uri) : ctx.workspace) : new Map();
  const registered = new Map(ctx.units.all().map(u => [u.name, u]));
  const names = new Set<string>([...local.keys(), ...workspace.keys(), ...registered.keys()]);
  const rows = [...names].filter(n => n && !uc.existing.has(n)).map(name => {
    const l = local.get(name);
    const w = workspace.get(name);
    const leads = (l?.leads ?? 0) + (w?.leads ?? 0);
    const joins = (l?.joins ?? 0) + (w?.joins ?? 0);
    return { name, l, w, leads, joins, total: leads + joins, info: registered.get(name) ?? ctx.units.lookup(name) };
  });
  rows.sort((a, b) => b.total - a.total || b.leads - a.leads || a.name.localeCompare(b.name, 'zh-CN'));
  const replace = range(pos.line, uc.tokenStart, pos.line, pos.character);
  return rows.map((r, i) => {
    const detail = r.total === 0 ? msg(locale, M.unknownUsage)
      : r.w ? msg(locale, M.usageWorkspace, r.l?.leads ?? 0, r.l?.joins ?? 0, r.w.leads, r.w.joins)
        : msg(locale, M.usage, r.leads, r.joins);
    const doc: string[] = [];
    if (r.info?.group) doc.push(msg(locale, M.group, r.info.group));
    if (r.info?.aliases?.length) doc.push(msg(locale, M.aliases, r.info.aliases.join('、')));
    if (r.info) doc.push(msg(locale, M.source, msg(locale, M[r.info.source])));
    const item: PlanCompletionItem = { label: r.name, kind: 'unit', detail, insertText: r.name, sortText: sortKey(i), range: replace };
    if (doc.length) item.documentation = doc.join('\n\n');
    if (r.info?.aliases?.length) item.filterText = r.name;
    return item;
  });
}

// ---------------------------------------------------------------------------------------------
// (b)–(d) line starts

/** Text before the caret when the caret is at the start of a line's first word, else undefined. */
function lineStartPrefix(line: string, character: number): { start: number; prefix: string } | undefined {
  const before = line.slice(0, character);
  const start = before.length - before.replace(/^[\s\u00A0\u3000\uFEFF]+/, '').length;
  const prefix = before.slice(start);
  if (prefix.length > 12 || /[:\uFF1A。;\uFF1B,\uFF0C、.．.!?\uFF01\uFF1F]/.test(prefix)) return undefined;
  return { start, prefix };
}

const docLabelFor = documentLabel;

function labelCompletions(doc: PlanDocument, item: Item, replace: Range, ctx: FeatureContext, locale: Locale): PlanCompletionItem[] {
  const colon = labelColon(doc);
  const required = requiredBlocks(doc, ctx.config.requiredBlocks);
  const present = new Set(item.blocks.map(b => b.blockKind));
  const out: PlanCompletionItem[] = [];
  const seen = new Set<string>();
  const add = (label: string, kind: BlockKind, rank: number, missing: boolean) => {
    if (seen.has(label)) return;
    seen.add(label);
    out.push({
      label: label + colon, kind: 'label', detail: msg(locale, missing ? M.missingBlock : M.blockLabel),
      insertText: label + colon, filterText: label, sortText: 'b' + sortKey(rank), range: replace,
    });
  };
  let rank = 0;
  for (const kind of required) if (!present.has(kind)) add(docLabelFor(doc, kind), kind, rank++, true);
  const used = new Map<string, BlockKind>();
  for (const b of itemsOf(doc).flatMap(i => i.blocks)) if (b.origin === 'label' && !used.has(b.label)) used.set(b.label, b.blockKind);
  for (const [label, kind] of used) add(label, kind, 100 + rank++, !present.has(kind) && required.includes(kind));
  for (const { label, kind } of allLabels()) add(label, kind, 1000 + rank++, false);
  return out;
}

interface NextHeadings { section: string; subsection?: string; item: { text: string; number: number } }

/** The next numbers, as written: domain/numbering.ts counts them, the document's habits dress them. */
function nextHeadings(doc: PlanDocument, line: number, ctx: FeatureContext): NextHeadings {
  const next = nextNumbersAt(doc, line, numberingStyle(doc, ctx.config.numbering));
  // A document whose top level is (一) goes on with (二); the usual one with 二、.
  const firstSection = sectionsOf(doc)[0];
  const section = firstSection && /^[(\uFF08]/.test(firstSection.marker)
    ? sectionNumeral(firstSection.marker, next.section) : numberToChinese(next.section) + '、';
  const out: NextHeadings = { section, item: { text: '', number: next.item } };
  if (next.subsection !== undefined) {
    const parens = mostCommon(sectionsOf(doc).flatMap(subsectionsOf).map(s => {
      const syntax = doc.syntax[s.range.start.line];
      return syntax.kind === 'subsection' ? syntax.separator : '()';
    }), '()');
    const [lp, rp] = parens.length === 2 ? [parens[0], parens[1]] : ['(', ')'];
    out.subsection = `${lp}${numberToChinese(next.subsection)}${rp}`;
  }
  // The separator the current part (or the whole document) mostly uses.
  const scope: PlanDocument | Part = [...partsOf(doc)].reverse().find(p => p.range.start.line < line) ?? doc;
  const previous = next.previousItem;
  const separator = mostCommon(scopeItems(scope).map(i => i.separator), previous?.separator ?? mostCommon(itemsOf(doc).map(i => i.separator), '.'));
  const padded = previous && /^0\d$/.test(previous.numberText) && next.item < 10 ? '0' + next.item : String(next.item);
  out.item.text = padded + separator;
  return out;
}

function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, m => '\\' + m);
}

function lineStartCompletions(doc: PlanDocument, pos: Position, start: number, ctx: FeatureContext, locale: Locale): PlanCompletionItem[] {
  const replace = range(pos.line, start, pos.line, pos.character);
  const out: PlanCompletionItem[] = [];
  const item = enclosingItem(doc, pos.line);
  if (item) out.push(...labelCompletions(doc, item, replace, ctx, locale));

  const next = nextHeadings(doc, pos.line, ctx);
  {
    out.push({ label: next.item.text, kind: 'number', detail: msg(locale, M.nextItem), insertText: next.item.text, sortText: 'a0', range: replace });
    const colon = labelColon(doc);
    // The new item gets the blocks the document's items have, or the usual ones in a new document.
    const kinds = requiredBlocks(doc, ctx.config.requiredBlocks);
    const labels = (kinds.length || itemsOf(doc).length ? kinds : USUAL_BLOCKS).map(k => docLabelFor(doc, k));
    const body = labels.map((l, i) => `${escapeSnippet(l)}${colon}\${${i + 2}}`).join('\n');
    const title = escapeSnippet(msg(locale, M.title));
    const snippet = `${escapeSnippet(next.item.text)}\${1:${title}}。` + (body ? '\n' + body : '') + '\n$0';
    out.push({
      label: `${next.item.text} ${msg(locale, M.itemSnippet)}`, kind: 'snippet',
      detail: msg(locale, M.itemSnippetDetail, next.item.number, labels.join('、')),
      documentation: '```plan\n' + `${next.item.text}…。\n` + labels.map(l => l + colon + '…').join('\n') + '\n```',
      insertText: snippet, isSnippet: true, filterText: next.item.text, sortText: 'a1', range: replace,
    });
  }
  out.push({ label: next.section, kind: 'number', detail: msg(locale, M.nextSection), insertText: next.section, sortText: 'a2', range: replace });
  if (next.subsection) out.push({ label: next.subsection, kind: 'number', detail: msg(locale, M.nextSubsection), insertText: next.subsection, sortText: 'a3', range: replace });
  return out;
}

// ---------------------------------------------------------------------------------------------
// (e) front matter

function inFrontMatterBody(doc: PlanDocument, line: number): boolean {
  const fm = doc.frontMatter;
  if (!fm) return false;
  if (line <= fm.range.start.line) return false;
  if (fm.closed) return line < fm.range.end.line;
  return true;
}

function frontMatterCompletions(doc: PlanDocument, pos: Position, ctx: FeatureContext, locale: Locale): PlanCompletionItem[] {
  const line = doc.lines[pos.line] ?? '';
  const before = line.slice(0, pos.character);
  if (/[:\uFF1A]/.test(before)) return [];
  const start = before.length - before.replace(/^[\s\u3000]+/, '').length;
  const replace = range(pos.line, start, pos.line, pos.character);
  const present = new Set(doc.frontMatter!.entries.filter(e => e.keyRange.start.line !== pos.line).map(e => e.key));
  const colons = doc.frontMatter!.entries.map(e => {
    const syntax = doc.syntax[e.keyRange.start.line];
    return syntax.kind === 'labeled' ? syntax.separator : ':';
  });
  const colon = mostCommon(colons, ':');
  const keys: { key: string; doc: string; config: boolean }[] = [
    ...META_KEYS.map(k => ({ key: k.key, doc: locale === 'zh-cn' ? k.zh : k.en, config: false })),
    ...ctx.config.metaKeys.map(k => ({ key: k, doc: '', config: true })),
  ];
  const seen = new Set<string>();
  const out: PlanCompletionItem[] = [];
  keys.forEach((k, i) => {
    if (present.has(k.key) || seen.has(k.key)) return;
    seen.add(k.key);
    const item: PlanCompletionItem = {
      label: k.key, kind: 'key', detail: msg(locale, k.config ? M.configKey : M.metaKey),
      insertText: k.key + colon, sortText: sortKey(i), range: replace,
    };
    if (k.doc) item.documentation = k.doc;
    out.push(item);
  });
  return out;
}

// ---------------------------------------------------------------------------------------------

/** Completion items at `pos`. Never throws on positions outside the text. */
export function completions(doc: PlanDocument, pos: Position, ctx: FeatureContext): PlanCompletionItem[] {
  const locale = ctx.locale;
  const line = doc.lines[pos.line];
  if (line === undefined) return [];
  const p = { line: pos.line, character: Math.min(pos.character, line.length) };
  if (inFrontMatterBody(doc, p.line)) return frontMatterCompletions(doc, p, ctx, locale);
  if (doc.frontMatter && p.line === doc.frontMatter.range.start.line) return [];
  const uc = unitContext(doc, p);
  if (uc) return unitCompletions(doc, p, uc, ctx, locale);
  const ls = lineStartPrefix(line, p.character);
  if (ls) return lineStartCompletions(doc, p, ls.start, ctx, locale);
  return [];
}
