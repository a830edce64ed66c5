// Hovers: unit names (items led and joined), item numbers (units, deadline), 文号 (issuer, year, serial).
import type { Item, PlanDocument, Position, Range, UnitRef } from '../model';
import { itemAtLine, pathAt } from '../model';
import { findDocNumbers, parseDocNumber, type DocNumber } from '../domain/docNumber';
import type { FeatureContext } from './context';
import { contains, msg, range, truncate, type Locale } from './util';
import { unitUsageOfDocument, withoutDocument } from './workspaceUnits';
import { deadlineHover, describeDue } from './deadlineHover';

export interface PlanHover {
  /** Markdown. */
  contents: string;
  range: Range;
}

const M = {
  usage: { en: 'Leads {0} · joins {1} items in this document', zh: '本文件牵头 {0} 项 · 参与 {1} 项' },
  leads: { en: 'Leads', zh: '牵头' },
  joins: { en: 'Joins', zh: '参与' },
  more: { en: '… and {0} more', zh: '……等 {0} 项' },
  workspace: { en: 'Other workspace files: leads {0} · joins {1} in {2} files', zh: '工作区其他文件:牵头 {0} 项 · 参与 {1} 项(共 {2} 个文件)' },
  group: { en: 'Group: {0}', zh: '类别:{0}' },
  aliases: { en: 'Also written: {0}', zh: '别名:{0}' },
  unknown: { en: 'Not in the unit registry', zh: '不在单位名录中' },
  item: { en: 'Item {0}', zh: '第 {0} 项' },
  units: { en: 'Units', zh: '责任单位' },
  leadMark: { en: '(lead)', zh: '（牵头）' },
  noUnits: { en: 'No responsible unit named', zh: '未写明责任单位' },
  deadline: { en: 'Deadline', zh: '完成时限' },
  noDeadline: { en: 'No deadline given', zh: '未写明完成时限' },
  docNumber: { en: 'Document number', zh: '文号' },
  issuer: { en: 'Issuer code', zh: '机关代字' },
  year: { en: 'Year', zh: '年份' },
  serial: { en: 'Serial', zh: '发文顺序号' },
};

const MAX_LISTED = 30;

/** `label: value` with the colon of the locale. */
function field(locale: Locale, label: string, value: string | number): string {
  return locale === 'zh-cn' ? `${label}：${value}` : `${label}: ${value}`;
}

function escapeMd(text: string): string {
  return text.replace(/([\\`*_{}\[\]<>#|])/g, '\\$1');
}

function itemList(items: { number: number; title: string }[], locale: Locale): string {
  const shown = items.slice(0, MAX_LISTED).map(i => `${i.number}. ${escapeMd(truncate(i.title, 40))}`);
  if (items.length > MAX_LISTED) shown.push(msg(locale, M.more, items.length - MAX_LISTED));
  return shown.join(locale === 'zh-cn' ? ';' : '; ');
}

function unitAt(doc: PlanDocument, pos: Position): UnitRef | undefined {
  for (const b of pathAt(doc, pos).item?.blocks ?? []) for (const u of b.unitList?.units ?? []) if (contains(u.range, pos)) return u;
  return undefined;
}

function unitHover(doc: PlanDocument, unit: UnitRef, ctx: FeatureContext, locale: Locale): PlanHover {
  const usage = unitUsageOfDocument(ctx.uri ?? '', doc).get(unit.name) ?? { leads: 0, joins: 0, items: [] };
  const lines: string[] = [`**${escapeMd(unit.name)}**`, '', msg(locale, M.usage, usage.leads, usage.joins)];
  const led = usage.items.filter(i => i.lead);
  const joined = usage.items.filter(i => !i.lead);
  if (led.length || joined.length) lines.push('');
  if (led.length) lines.push(`- ${field(locale, msg(locale, M.leads), itemList(led, locale))}`);
  if (joined.length) lines.push(`- ${field(locale, msg(locale, M.joins), itemList(joined, locale))}`);
  if (ctx.workspace) {
    const others = ctx.uri ? withoutDocument(ctx.workspace, ctx.uri) : ctx.workspace;
    const w = others.get(unit.name);
    if (w && w.items.length) lines.push('', msg(locale, M.workspace, w.leads, w.joins, new Set(w.items.map(i => i.uri)).size));
  }
  const info = ctx.units.lookup(unit.name);
  if (info) {
    const extra: string[] = [];
    if (info.name !== unit.name) extra.push(`→ ${escapeMd(info.name)}`);
    if (info.group) extra.push(msg(locale, M.group, escapeMd(info.group)));
    if (info.aliases.length) extra.push(msg(locale, M.aliases, escapeMd(info.aliases.join('、'))));
    if (extra.length) lines.push('', extra.join(' · '));
  } else {
    lines.push('', `_${msg(locale, M.unknown)}_`);
  }
  return { contents: lines.join('\n'), range: unit.range };
}

function itemHover(item: Item, locale: Locale): PlanHover {
  const lines = [`**${msg(locale, M.item, item.number)}** ${escapeMd(truncate(item.title, 60))}`, ''];
  if (item.units.length) {
    const names = item.units.map(u => escapeMd(u.name) + (u.lead ? msg(locale, M.leadMark) : ''));
    lines.push(`- ${field(locale, msg(locale, M.units), names.join('、'))}`);
  } else {
    lines.push(`- ${msg(locale, M.noUnits)}`);
  }
  lines.push(item.deadline ? `- ${field(locale, msg(locale, M.deadline), escapeMd(item.deadline))}${item.due ? ` (${describeDue(item.due, locale)})` : ''}` : `- ${msg(locale, M.noDeadline)}`);
  const end = item.numberRange.end.character + (item.separator?.length ?? 0);
  return { contents: lines.join('\n'), range: range(item.numberRange.start.line, item.numberRange.start.character, item.numberRange.end.line, end) };
}

function docNumberHover(n: DocNumber, r: Range, locale: Locale): PlanHover {
  const lines = [
    `**${msg(locale, M.docNumber)}** ${escapeMd(n.text)}`, '',
    `- ${field(locale, msg(locale, M.issuer), escapeMd(n.issuer))}`,
    `- ${field(locale, msg(locale, M.year), n.year)}`,
    `- ${field(locale, msg(locale, M.serial), n.serial)}`,
  ];
  return { contents: lines.join('\n'), range: r };
}

/** The hover at `pos`, if any. */
export function hover(doc: PlanDocument, pos: Position, ctx: FeatureContext): PlanHover | undefined {
  const locale = ctx.locale;
  const line = doc.lines[pos.line];
  if (line === undefined) return undefined;

  const unit = unitAt(doc, pos);
  if (unit) return unitHover(doc, unit, ctx, locale);

  const item = itemAtLine(doc, pos.line);
  if (item) {
    const start = item.numberRange.start.character;
    const end = item.numberRange.end.character + (item.separator?.length ?? 0);
    if (pos.character >= start && pos.character <= end) return itemHover(item, locale);
  }

  const deadline = deadlineHover(doc, pos, locale);
  if (deadline) return deadline;

  const entry = doc.frontMatter?.entries.find(e => e.key === '文号' && contains(e.valueRange, pos));
  if (entry) {
    const n = parseDocNumber(entry.value);
    if (n) return docNumberHover(n, entry.valueRange, locale);
  }
  for (const n of findDocNumbers(line)) {
    if (pos.character >= n.start && pos.character <= n.end) return docNumberHover(n, range(pos.line, n.start, pos.line, n.end), locale);
  }
  return undefined;
}
