// The plan fixtures (test/fixtures/plans/, written in the forms of the raw seeds) parse into
// the structure each was written with.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { parsePlan } from '../../../core/parse';
import { itemsOf, sectionsOf, subitemsOf, subsectionsOf } from '../../../core/model';
import { assertBlocksForm, assertOneLineForm, assertTwoPartForm, assertUnitRanges, range } from '../../support/forms';
import { fixturePath, PLAN_FIXTURES, planDoc, readPlan } from '../../support/fixtures';

describe('plan fixtures parse into the expected structure', () => {
  it('are the files of test/fixtures/plans/, each described in test/fixtures/README.md', () => {
    const files = fs.readdirSync(fixturePath('plans')).filter(f => f.endsWith('.plan')).sort();
    assert.deepEqual(files, PLAN_FIXTURES.map(n => `${n}.plan`).sort());
    const readme = fs.readFileSync(fixturePath('README.md'), 'utf8');
    for (const f of files) assert.ok(readme.includes(`| \`${f}\` |`), `${f} is described in the README`);
  });

  it('one-line-items.plan: 3 sections, items 1–12 continuous, title and body on one line, indented lines included', () => {
    assertOneLineForm(planDoc('one-line-items'), {
      sections: 3, items: 12, title: '松林区教育局2019年工作要点',
      firstItemTitle: '加快城区学校建设', firstParagraph: '新开工建设小学2所',
      thirdSection: '深化教学改革,提高育人质量', lastItemTitle: '改进机关工作作风',
    });
  });

  it('two-parts.plan: 2 parts, 5 sections, 12 items restarting at 第二篇, one separator per part', () => {
    const doc = planDoc('two-parts');
    assertTwoPartForm(doc, { sections: [3, 2], items: [7, 5] });
    assert.equal(doc.title?.text, '江川市教育工作要点两篇');
  });

  it('county-bureau.plan: 4 sections, 11 items each with 目标任务, 工作措施, 责任股室 blocks', () => {
    const doc = planDoc('county-bureau');
    assert.equal(doc.title?.text, '青河县教育局2024年工作要点');
    assertBlocksForm(doc, { sections: 4, items: 11, lead: '秘书股', firstUnits: ['秘书股', '机关党委', '人事股', '督导室', '各乡镇中心校', '县直学校(园)'] });
    const items = itemsOf(doc);
    assert.equal(items[5].blocks[2].label, '责任股室', 'item 6 writes the label without (单位)');
    // 一是…三是 on the lines after an empty 工作措施: are that block's enumerations.
    assert.deepEqual(items[4].blocks[1].enumerations.map(e => e.value), [1, 2, 3]);
  });

  it('county-bureau.plan: every unit range points at the unit text in its line', () => {
    assert.equal(assertUnitRanges(planDoc('county-bureau')), 49);
  });

  it('subsections.plan: front matter, (一)(二) subsections, sub-items and deadlines', () => {
    const doc = planDoc('subsections');
    assert.equal(doc.titleSource, 'front-matter');
    assert.equal(doc.meta['文号'], '桐教〔2023〕8号');
    assert.deepEqual(sectionsOf(doc).map(s => subsectionsOf(s).map(x => x.title)), [['加强思想政治建设', '建设高素质干部队伍'], []]);
    const items = itemsOf(doc);
    assert.deepEqual(items.map(i => i.number), range(1, 5));
    assert.deepEqual(subitemsOf(items[2]).map(s => s.value), [1, 2]);
    assert.deepEqual(items.map(i => i.deadline), ['2023年6月底前', '全年', '2023年11月底前', '长期坚持', '全年']);
    assert.deepEqual(items[0].blocks[1].enumerations.map(e => e.value), [1, 2, 3]);
  });

  it('web-copy.plan: the title past the residue, sections 一、二、四 and items 1–3, 5–8 with their blocks (item 6 without 工作措施)', () => {
    const doc = planDoc('web-copy');
    assert.equal(doc.title?.text, '枫林县教育局2023年工作要点');
    assert.deepEqual(sectionsOf(doc).map(s => s.marker), ['一', '二', '四']);
    const items = itemsOf(doc);
    assert.deepEqual(items.map(i => i.number), [1, 2, 3, 5, 6, 7, 8]);
    assert.deepEqual(items.map(i => i.blocks.map(b => b.blockKind).join(' ')), [
      'target measures responsible', 'target measures responsible', 'target measures responsible', 'target measures responsible',
      'target responsible', 'target measures responsible', 'target measures responsible']);
    assert.deepEqual(items[6].units.map(u => u.name), ['安全股', '各中小学']);
  });

  it('re-parsing with a warm line cache gives the same model', () => {
    const text = readPlan('county-bureau');
    const a = parsePlan(text);
    const b = parsePlan(text);
    assert.deepEqual(JSON.parse(JSON.stringify(b)), JSON.parse(JSON.stringify(a)));
  });
});
