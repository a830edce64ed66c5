// Numbering: which headings count 1, 2, 3 … together (a run), whether items restart per
// section or per subsection, what a run expects next, and where it goes wrong. The rules
// (PLAN001–PLAN004, PLAN033), completion's next numbers and the renumbering fix all ask here, so
// they always give the same answer.
import type { Item, Part, PlanDocument, PlanNode, Section, SubItem, Subsection } from '../model';
import { directItemsOf, itemsOf, subitemsOf, subsectionsOf } from '../model';
import { circledToNumber, numberToChinese, numberToCircled } from './numerals';

/** How a document's items count. A part (第二篇) always restarts everything. */
export interface NumberingStyle {
  /** Items restart at 1 in every section. */
  perSection: boolean;
  /** Items restart at 1 in every (一) subsection. */
  perSubsection: boolean;
}

/** The configured choice: `auto` detects the style from the document. */
export type NumberingSetting = 'auto' | 'continuous' | 'per-section';

/** Where numbering restarts: the document outside its parts, and each part. */
export type NumberingScope = PlanDocument | Part;

export function numberingScopes(doc: PlanDocument): NumberingScope[] {
  return [doc, ...doc.children.filter((c): c is Part => c.kind === 'part')];
}

/** The sections directly in a scope. */
function sectionsIn(scope: NumberingScope): Section[] {
  return (scope.children as readonly PlanNode[]).filter((c): c is Section => c.kind === 'section');
}

/** The items of a scope: outside its sections and inside them (a document's parts excluded). */
export function scopeItems(scope: NumberingScope): Item[] {
  return [...directItemsOf(scope), ...sectionsIn(scope).flatMap(s => itemsOf(s))];
}

/** The first item of the second item-holding section of a scope: 1 means per-section numbering. */
function detectPerSection(scopes: NumberingScope[]): boolean {
  for (const scope of scopes) {
    let seen = 0;
    for (const section of sectionsIn(scope)) {
      const items = itemsOf(section);
      if (!items.length) continue;
      if (++seen === 2) return items[0].number === 1;
    }
  }
  return false;
}

/** A subsection whose items follow other items of the same section and start again at 1. */
function detectPerSubsection(scopes: NumberingScope[]): boolean {
  for (const scope of scopes) {
    for (const section of sectionsIn(scope)) {
      // Items directly under the section before its first subsection count as a first run.
      const firstItem = section.children.findIndex(c => c.kind === 'item');
      const firstSubsection = section.children.findIndex(c => c.kind === 'subsection');
      let before = firstItem >= 0 && firstSubsection >= 0 && firstItem < firstSubsection;
      for (const sub of subsectionsOf(section)) {
        const items = directItemsOf(sub);
        if (!items.length) continue;
        if (before) return items[0].number === 1;
        before = true;
      }
    }
  }
  return false;
}

export function numberingStyle(doc: PlanDocument, setting: NumberingSetting): NumberingStyle {
  const scopes = numberingScopes(doc);
  const perSection = setting === 'per-section' ? true : setting === 'continuous' ? false : detectPerSection(scopes);
  return { perSection, perSubsection: detectPerSubsection(scopes) };
}

/**
 * A section numeral in the style of `marker`: 三 for 一、 sections, (三) for a document
 * whose top level is written (一) (it has no 一、 at all), in the parentheses it uses.
 */
export function sectionNumeral(marker: string, n: number): string {
  const paren = /^([(\uFF08]).*([)\uFF09])$/.exec(marker);
  return paren ? `${paren[1]}${numberToChinese(n)}${paren[2]}` : numberToChinese(n);
}

/** How a section heading reads: `三、加强管理`, or `(三)加强管理` at a (一) top level. */
export function sectionLabel(section: { marker: string; title: string }): string {
  return /^[(\uFF08]/.test(section.marker) ? `${section.marker}${section.title}` : `${section.marker}、${section.title}`;
}

/** Sections numbered together: those outside parts, then each part's. */
export function sectionRuns(doc: PlanDocument): Section[][] {
  return numberingScopes(doc).map(sectionsIn).filter(run => run.length > 0);
}

/** Subsections numbered together: each section's. */
export function subsectionRuns(doc: PlanDocument): Subsection[][] {
  return sectionRuns(doc).flat().map(subsectionsOf).filter(run => run.length > 0);
}

/** Where an item sits, as far as numbering cares. */
interface ItemPlace { scope: NumberingScope; section?: Section; subsection?: Subsection }

/**
 * The run an item at `place` counts in, as an object to group by: its subsection, its
 * section, or its scope, depending on the style. Items before a scope's first section
 * form a run of their own when items restart per section.
 */
function runOwner(place: ItemPlace, style: NumberingStyle, looseOwners: Map<NumberingScope, object>): object {
  if (place.section && place.subsection && style.perSubsection) return place.subsection;
  if (place.section && style.perSection) return place.section;
  if (!place.section && style.perSection) {
    let owner = looseOwners.get(place.scope);
    if (!owner) looseOwners.set(place.scope, owner = {});
    return owner;
  }
  return place.scope;
}

function* placedItems(doc: PlanDocument): Generator<{ item: Item; place: ItemPlace }> {
  for (const scope of numberingScopes(doc)) {
    for (const child of scope.children as readonly PlanNode[]) {
      if (child.kind === 'item') yield { item: child, place: { scope } };
      if (child.kind !== 'section') continue;
      for (const c of child.children) {
        if (c.kind === 'item') yield { item: c, place: { scope, section: child } };
        else if (c.kind === 'subsection') for (const it of directItemsOf(c)) yield { item: it, place: { scope, section: child, subsection: c } };
      }
    }
  }
}

/** Runs of items whose numbers count 1, 2, 3 … together, each in reading order. */
export function itemRuns(doc: PlanDocument, style: NumberingStyle): Item[][] {
  const runs = new Map<object, Item[]>();
  const loose = new Map<NumberingScope, object>();
  for (const { item, place } of placedItems(doc)) {
    const owner = runOwner(place, style, loose);
    let run = runs.get(owner);
    if (!run) runs.set(owner, run = []);
    run.push(item);
  }
  return [...runs.values()];
}

export type SequenceProblem = 'repeated' | 'skipped' | 'outOfOrder';

export interface SequenceFinding {
  /** Position in the run. */
  index: number;
  problem: SequenceProblem;
  /** The number expected there. */
  expected: number;
}

/**
 * Checks that `values` run 1, 2, 3 …. A repeat followed by the next number (二 二 三) is a
 * genuine repeat; otherwise (二 二 四) it is taken as the missing number, so one slip gives one
 * finding. A step back followed by its successor (1 2 | 1 2) is a restart: reported once, and
 * the numbers after it count from it. Values that are not numbers (NaN) are passed over.
 */
export function checkSequence(values: readonly number[]): { findings: SequenceFinding[]; next: number } {
  const findings: SequenceFinding[] = [];
  let prev = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    const expected = prev + 1;
    if (v === expected) { prev = v; continue; }
    if (v === prev) {
      findings.push({ index: i, problem: 'repeated', expected });
      prev = values[i + 1] === v + 1 ? v : expected;
    } else if (v > expected) {
      findings.push({ index: i, problem: 'skipped', expected });
      prev = v;
    } else {
      findings.push({ index: i, problem: 'outOfOrder', expected });
      prev = values[i + 1] === v + 1 ? v : Math.max(prev, v);
    }
  }
  return { findings, next: prev + 1 };
}

/** The last of `nodes` that starts before `line`. */
function lastBefore<T extends { range: { start: { line: number } } }>(nodes: readonly T[], line: number): T | undefined {
  let found: T | undefined;
  for (const n of nodes) {
    if (n.range.start.line >= line) break;
    found = n;
  }
  return found;
}

export interface NextNumbers {
  /** The next section numeral's value in the run the line is in. */
  section: number;
  /** The next subsection numeral's value, when the line is inside a section. */
  subsection?: number;
  /** The next item number for an item written on the line. */
  item: number;
  /** The item before the line, if any (its separator and zero padding are the ones to copy). */
  previousItem?: Item;
}

/**
 * What comes next for a heading written on `line`: the numbers PLAN001–PLAN003 will then
 * expect, counted in the run the new heading would join.
 */
export function nextNumbersAt(doc: PlanDocument, line: number, style: NumberingStyle): NextNumbers {
  const parts = numberingScopes(doc).slice(1) as Part[];
  const scope: NumberingScope = lastBefore(parts, line) ?? doc;
  const sections = sectionsIn(scope);
  const section = lastBefore(sections, line);
  const subsection = section ? lastBefore(subsectionsOf(section), line) : undefined;
  const next: NextNumbers = { section: checkSequence(sections.filter(s => s.range.start.line < line).map(s => s.value)).next, item: 1 };
  if (section) next.subsection = checkSequence(subsectionsOf(section).filter(s => s.range.start.line < line).map(s => s.value)).next;
  // The items of the run the new item joins, up to the line.
  const loose = new Map<NumberingScope, object>();
  const owner = runOwner({ scope, section, subsection }, style, loose);
  const before: Item[] = [];
  for (const { item, place } of placedItems(doc)) {
    if (item.range.start.line >= line) break;
    if (runOwner(place, style, loose) === owner) before.push(item);
  }
  next.item = checkSequence(before.map(i => i.number)).next;
  next.previousItem = lastBefore(itemsOf(doc), line);
  return next;
}

/**
 * How a run is renumbered: from its first wrong number to its end, the n-th numbered
 * heading takes n (values that are not numbers are passed over and not counted). Only the
 * positions whose number changes are listed, so a fix makes one edit per changed number.
 */
export function renumbering(values: readonly number[]): { index: number; value: number }[] {
  const out: { index: number; value: number }[] = [];
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) continue;
    n++;
    if (values[i] !== n) out.push({ index: i, value: n });
  }
  return out;
}

const FULL_WIDTH_DIGIT = /[\uFF10-\uFF19]/;

/** An item number written like `written`: `7` → `8`, `07` → `08`, `７` → `８`. */
export function itemNumberText(written: string, n: number): string {
  let text = String(n);
  if (/^[0０]/.test(written) && written.length > text.length) text = text.padStart(written.length, '0');
  if (FULL_WIDTH_DIGIT.test(written)) text = text.replace(/[0-9]/g, d => String.fromCharCode(d.charCodeAt(0) + 0xFEE0));
  return text;
}

/** A subsection marker written like `written` (its parentheses kept): `（二）` → `（三）`. */
export function subsectionMarker(written: string, n: number): string {
  const paren = /^([(\uFF08])(.*)([)\uFF09])$/.exec(written);
  return paren ? `${paren[1]}${numberToChinese(n)}${paren[3]}` : numberToChinese(n);
}

/** How a sub-item marker is written: `(1)`/`（1）`, `①`, or `1)`/`1）`. */
function subItemForm(marker: string): 'paren' | 'circled' | 'closed' {
  if (Number.isFinite(circledToNumber(marker))) return 'circled';
  return /^[(\uFF08]/.test(marker) ? 'paren' : 'closed';
}

/**
 * Sub-items numbered together, item by item. The form of an item's first sub-item is its
 * outer level: all its sub-items of that form count together; sub-items of another form
 * between two of them (`(1) ① ② (2) ① ②`) are a level below and restart at each outer one.
 */
export function subItemRuns(doc: PlanDocument): SubItem[][] {
  const runs: SubItem[][] = [];
  for (const item of itemsOf(doc)) {
    const subs = subitemsOf(item);
    if (!subs.length) continue;
    const outerForm = subItemForm(subs[0].marker);
    const outer: SubItem[] = [];
    let inner: SubItem[] = [];
    let innerForm: string | undefined;
    for (const s of subs) {
      const form = subItemForm(s.marker);
      if (form === outerForm) {
        outer.push(s);
        if (inner.length) runs.push(inner);
        inner = [];
        innerForm = undefined;
        continue;
      }
      if (innerForm !== undefined && form !== innerForm && inner.length) { runs.push(inner); inner = []; }
      innerForm = form;
      inner.push(s);
    }
    if (inner.length) runs.push(inner);
    runs.push(outer);
  }
  return runs.sort((a, b) => a[0].range.start.line - b[0].range.start.line);
}

/** A sub-item marker written like `written`: `(2)` → `(3)`, `２）` → `３）`, `②` → `③`; undefined past ⑳. */
export function subItemMarker(written: string, n: number): string | undefined {
  if (subItemForm(written) === 'circled') return n >= 1 && n <= 20 ? numberToCircled(n) : undefined;
  return written.replace(/[0-9\uFF10-\uFF19]+/, d => itemNumberText(d, n));
}
