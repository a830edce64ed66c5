// Item numbers 1. 2. 3. run in order for the document's numbering style: continuous
// through the document or restarting per section (config `numbering`, 'auto' detects);
// a part (第二篇) always restarts them, and so do (一) subsections when the document does that.
import type { Item, PlanDocument } from '../model';
import type { ResolvedConfig } from '../config/types';
import type { Rule } from '../lint/types';
import { checkSequence, itemsOfSection, lineRange, numberingScopes, type NumberingScope } from './shared';

export interface ItemNumberingStyle {
  /** Numbers restart at 1 in every section. */
  perSection: boolean;
  /** Numbers restart at 1 in every (一) subsection. */
  perSubsection: boolean;
}

/** The first item of the second item-holding section of a part: 1 means per-section numbering. */
function detectPerSection(scopes: NumberingScope[]): boolean {
  for (const scope of scopes) {
    let seen = 0;
    for (const section of scope.sections) {
      const items = itemsOfSection(section);
      if (!items.length) continue;
      if (++seen === 2) return items[0].number === 1;
    }
  }
  return false;
}

/** A subsection whose items follow other items of the same section and start again at 1. */
function detectPerSubsection(scopes: NumberingScope[]): boolean {
  for (const scope of scopes) {
    for (const section of scope.sections) {
      let before = section.items.length > 0 && section.subsections.length > 0
        && section.items[0].range.start.line < section.subsections[0].range.start.line;
      for (const sub of section.subsections) {
        if (!sub.items.length) continue;
        if (before) return sub.items[0].number === 1;
        before = true;
      }
    }
  }
  return false;
}

export function itemNumberingStyle(doc: PlanDocument, config: ResolvedConfig): ItemNumberingStyle {
  const scopes = numberingScopes(doc);
  const perSection = config.numbering === 'per-section' ? true
    : config.numbering === 'continuous' ? false
    : detectPerSection(scopes);
  return { perSection, perSubsection: detectPerSubsection(scopes) };
}

/** Runs of items whose numbers count 1, 2, 3 … together. */
export function itemNumberingGroups(doc: PlanDocument, style: ItemNumberingStyle): Item[][] {
  const groups: Item[][] = [];
  for (const scope of numberingScopes(doc)) {
    let running: Item[] = [...scope.looseItems];
    const flush = () => { if (running.length) groups.push(running); running = []; };
    if (style.perSection) flush();
    for (const section of scope.sections) {
      if (style.perSubsection && section.subsections.some(s => s.items.length)) {
        if (style.perSection) {
          if (section.items.length) groups.push(section.items);
        } else {
          running.push(...section.items);
        }
        for (const sub of section.subsections) if (sub.items.length) groups.push(sub.items);
      } else if (style.perSection) {
        const items = itemsOfSection(section);
        if (items.length) groups.push(items);
      } else {
        running.push(...itemsOfSection(section));
      }
    }
    flush();
  }
  return groups;
}

export const itemNumbering: Rule = {
  id: 'PLAN003',
  name: 'item-numbering',
  defaultSeverity: 'warning',
  description: {
    en: 'Item numbers (1. 2. …) run in order without repeats or gaps, continuously or per section as the document (or config `numbering`) does; parts restart them.',
    zh: '条目序号（1. 2. ……）应按顺序排列，不重复、不跳号；按文档（或配置 numbering）的方式全文连续或每章重新编号；每一篇重新编号。',
  },
  check(ctx) {
    const style = itemNumberingStyle(ctx.doc, ctx.config);
    for (const items of itemNumberingGroups(ctx.doc, style)) {
      checkSequence(ctx, items.map(it => ({
        value: it.number, label: it.numberText,
        range: lineRange(it.numberRange.start.line, it.numberRange.start.character, it.numberRange.end.character),
      })), {
        repeated: { en: 'Item number {0} is repeated; expected {1}', zh: '条目序号“{0}”重复，应为“{1}”' },
        skipped: { en: 'Item number {0} skips a number; expected {1}', zh: '条目序号“{0}”跳号，应为“{1}”' },
        outOfOrder: { en: 'Item number {0} is out of order; expected {1}', zh: '条目序号“{0}”顺序错乱，应为“{1}”' },
      }, n => String(n));
    }
  },
};
