// The raw seeds ($PLANMARK_SEEDS; skipped without them) parse into the structure each has.
import { strict as assert } from 'assert';
import { parsePlan } from '../../../core/parse';
import { itemsOf, sectionsOf } from '../../../core/model';
import { assertBlocksForm, assertOneLineForm, assertTwoPartForm, assertUnitRanges, range } from '../../support/forms';
import { describeSeeds, readSeed } from '../../support/seeds';

describeSeeds('raw seeds parse into the expected structure', () => {
  it('000 (攸县 2017): 4 sections, items 1–25 continuous, indented lines included', () => {
    assertOneLineForm(parsePlan(readSeed(0)), {
      sections: 4, items: 25, title: '攸县教育局2017年工作要点',
      firstItemTitle: '推进教育人事制度改革', firstParagraph: '根据国家和省市部署',
      thirdSection: '绿色共享,不断促进教育公平', lastItemTitle: '强化服务型机关建设',
    });
  });

  it('001 (湖里 2020): 5 sections, items 1–30, the plan title inside the notice', () => {
    const doc = parsePlan(readSeed(1));
    assert.equal(sectionsOf(doc).length, 5);
    assert.deepEqual(itemsOf(doc).map(i => i.number), range(1, 30));
    assert.equal(doc.title?.text, '湖里区教育局2020年工作要点');
  });

  it('002 (two 篇): 2 parts, 17 sections, 71 items restarting at 第二篇', () => {
    assertTwoPartForm(parsePlan(readSeed(2)), { sections: [9, 8], items: [34, 37] });
  });

  it('003 (颍上 2021): 6 sections, 26 items each with 目标任务, 工作措施, 责任股室 blocks', () => {
    assertBlocksForm(parsePlan(readSeed(3)), {
      sections: 6, items: 26, lead: '秘书股',
      firstUnits: ['秘书股', '机关党委', '人事股', '法宣股', '督导室', '进修学校', '各乡镇中心校', '县直学校(园)'],
    });
  });

  it('every unit range points at the unit text in its line (seed 003)', () => {
    assert.ok(assertUnitRanges(parsePlan(readSeed(3))) > 0);
  });

  it('004 (one-line document) parses without failing', () => {
    const doc = parsePlan(readSeed(4));
    assert.equal(doc.lines.length, 7);
    assert.ok(doc.title);
  });
});
