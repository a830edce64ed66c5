import { strict as assert } from 'assert';
import { parsePlan } from '../../../core/parse';
import type { PlanDocument } from '../../../core/model';
import { readSeed } from '../../support/paths';
import { itemsOf, sectionsOf, partsOf, paragraphsOf } from '../../../core/model';

function sectionCount(doc: PlanDocument): number {
  return sectionsOf(doc).length;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

describe('raw seeds parse into the expected structure', () => {
  it('000 (攸县 2017): 4 sections, items 1–25 continuous, indented lines included', () => {
    const doc = parsePlan(readSeed(0));
    assert.equal(partsOf(doc).length, 0);
    assert.equal(sectionCount(doc), 4);
    assert.deepEqual(itemsOf(doc).map(i => i.number), range(1, 25));
    assert.equal(doc.title?.text, '攸县教育局2017年工作要点');
    const item1 = itemsOf(doc)[0];
    assert.equal(item1.title, '推进教育人事制度改革');
    assert.ok(paragraphsOf(item1)[0].text.startsWith('根据国家和省市部署'));
    // `    三、绿色共享…` is indented with spaces and is still a section.
    assert.equal(sectionsOf(doc)[2].title, '绿色共享,不断促进教育公平');
    // `25. 强化服务型机关建设`: the space after the number is not part of the title.
    assert.equal(itemsOf(doc)[24].title, '强化服务型机关建设');
  });

  it('001 (湖里 2020): 5 sections, items 1–30, the plan title inside the notice', () => {
    const doc = parsePlan(readSeed(1));
    assert.equal(sectionCount(doc), 5);
    assert.deepEqual(itemsOf(doc).map(i => i.number), range(1, 30));
    assert.equal(doc.title?.text, '湖里区教育局2020年工作要点');
  });

  it('002 (two 篇): 2 parts, 17 sections, 71 items restarting at 第二篇', () => {
    const doc = parsePlan(readSeed(2));
    assert.equal(partsOf(doc).length, 2);
    assert.deepEqual(partsOf(doc).map(p => p.marker), ['第一篇', '第二篇']);
    assert.deepEqual(partsOf(doc).map(p => sectionsOf(p).length), [9, 8]);
    assert.equal(sectionCount(doc), 17);
    const items = itemsOf(doc);
    assert.equal(items.length, 71);
    assert.deepEqual(items.map(i => i.number), [...range(1, 34), ...range(1, 37)]);
    assert.deepEqual([...new Set(items.slice(0, 34).map(i => i.separator))], ['、']);
    assert.deepEqual([...new Set(items.slice(34).map(i => i.separator))], ['.']);
  });

  it('003 (颍上 2021): 6 sections, 26 items each with 目标任务, 工作措施, 责任股室 blocks', () => {
    const doc = parsePlan(readSeed(3));
    assert.equal(sectionCount(doc), 6);
    const items = itemsOf(doc);
    assert.deepEqual(items.map(i => i.number), range(1, 26));
    for (const item of items) {
      assert.deepEqual(item.blocks.map(b => b.blockKind), ['target', 'measures', 'responsible'], `item ${item.number}`);
    }
    const first = items[0].blocks[2];
    assert.equal(first.label, '责任股室(单位)');
    assert.deepEqual(first.unitList!.units.map(u => u.name),
      ['秘书股', '机关党委', '人事股', '法宣股', '督导室', '进修学校', '各乡镇中心校', '县直学校(园)']);
    assert.deepEqual(first.unitList!.notes.map(n => n.text), ['(排名第一为牵头股室,下同)']);
    assert.equal(items[0].lead?.name, '秘书股');
    // Item 26's 责任股室 is empty: no units, no lead; the web tail after it is body text.
    const last = items[25];
    assert.equal(last.blocks[2].text, '');
    assert.equal(last.blocks[2].unitList!.units.length, 0);
    assert.equal(last.lead, undefined);
    // 一是…十是 inside a block are enumerations.
    const enumerated = items.flatMap(i => i.blocks).filter(b => b.enumerations.length >= 3);
    assert.ok(enumerated.length > 0, 'some block has 一是/二是/三是');
    assert.deepEqual(enumerated[0].enumerations.slice(0, 3).map(e => e.value), [1, 2, 3]);
  });

  it('every unit range points at the unit text in its line', () => {
    const doc = parsePlan(readSeed(3));
    for (const item of itemsOf(doc)) {
      for (const unit of item.units) {
        const line = doc.lines[unit.range.start.line];
        assert.equal(line.slice(unit.range.start.character, unit.range.end.character), unit.name);
      }
    }
  });

  it('004 (one-line document) parses without failing', () => {
    const doc = parsePlan(readSeed(4));
    assert.equal(doc.lines.length, 7);
    assert.ok(doc.title);
  });
});
