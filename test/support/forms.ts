// The forms real plans are written in, as assertions on a parsed document: shared by the
// tests of the raw seeds and of the plan fixtures written in the same forms.
import { strict as assert } from 'assert';
import { itemsOf, paragraphsOf, partsOf, sectionsOf, type PlanDocument } from '../../core/model';

export const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Seed 000's form: items numbered continuously, title and body on one line, some lines indented. */
export function assertOneLineForm(doc: PlanDocument, f: { sections: number; items: number; title: string; firstItemTitle: string; firstParagraph: string; thirdSection: string; lastItemTitle: string }): void {
  assert.equal(partsOf(doc).length, 0);
  assert.equal(sectionsOf(doc).length, f.sections);
  assert.deepEqual(itemsOf(doc).map(i => i.number), range(1, f.items));
  assert.equal(doc.title?.text, f.title);
  const item1 = itemsOf(doc)[0];
  assert.equal(item1.title, f.firstItemTitle);
  assert.ok(paragraphsOf(item1)[0].text.startsWith(f.firstParagraph));
  // `    三、…` is indented with spaces and is still a section.
  assert.equal(sectionsOf(doc)[2].title, f.thirdSection);
  // `N. title`: the space after the number is not part of the title.
  assert.equal(itemsOf(doc)[f.items - 1].title, f.lastItemTitle);
}

/** Seed 002's form: 第一篇 numbering its items `N、`, 第二篇 restarting at 1 with `N.`. */
export function assertTwoPartForm(doc: PlanDocument, f: { sections: [number, number]; items: [number, number] }): void {
  assert.equal(partsOf(doc).length, 2);
  assert.deepEqual(partsOf(doc).map(p => p.marker), ['第一篇', '第二篇']);
  assert.deepEqual(partsOf(doc).map(p => sectionsOf(p).length), f.sections);
  assert.equal(sectionsOf(doc).length, f.sections[0] + f.sections[1]);
  const items = itemsOf(doc);
  assert.equal(items.length, f.items[0] + f.items[1]);
  assert.deepEqual(items.map(i => i.number), [...range(1, f.items[0]), ...range(1, f.items[1])]);
  assert.deepEqual([...new Set(items.slice(0, f.items[0]).map(i => i.separator))], ['、']);
  assert.deepEqual([...new Set(items.slice(f.items[0]).map(i => i.separator))], ['.']);
}

/**
 * Seed 003's form: every item with 目标任务, 工作措施, 责任股室(单位) blocks, the first unit
 * leading, a note after the first list, 一是… enumerations in a block, and the last item's
 * 责任股室 empty (the web tail after it is body text).
 */
export function assertBlocksForm(doc: PlanDocument, f: { sections: number; items: number; firstUnits: string[]; lead: string }): void {
  assert.equal(sectionsOf(doc).length, f.sections);
  const items = itemsOf(doc);
  assert.deepEqual(items.map(i => i.number), range(1, f.items));
  for (const item of items) {
    assert.deepEqual(item.blocks.map(b => b.blockKind), ['target', 'measures', 'responsible'], `item ${item.number}`);
  }
  const first = items[0].blocks[2];
  assert.equal(first.label, '责任股室(单位)');
  assert.deepEqual(first.unitList!.units.map(u => u.name), f.firstUnits);
  assert.deepEqual(first.unitList!.notes.map(n => n.text), ['(排名第一为牵头股室,下同)']);
  assert.equal(items[0].lead?.name, f.lead);
  const last = items[f.items - 1];
  assert.equal(last.blocks[2].text, '');
  assert.equal(last.blocks[2].unitList!.units.length, 0);
  assert.equal(last.lead, undefined);
  // 一是…三是 inside a block are enumerations.
  const enumerated = items.flatMap(i => i.blocks).filter(b => b.enumerations.length >= 3);
  assert.ok(enumerated.length > 0, 'some block has 一是/二是/三是');
  assert.deepEqual(enumerated[0].enumerations.slice(0, 3).map(e => e.value), [1, 2, 3]);
}

/** Every unit's range covers the unit's name in its line; returns how many units there are. */
export function assertUnitRanges(doc: PlanDocument): number {
  const units = itemsOf(doc).flatMap(i => i.units);
  for (const unit of units) {
    const line = doc.lines[unit.range.start.line];
    assert.equal(line.slice(unit.range.start.character, unit.range.end.character), unit.name);
  }
  return units.length;
}
