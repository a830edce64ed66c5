// Hover on a deadline: the dates it was read as, milestone by milestone, in both languages.
import { strict as assert } from 'assert';
import { hover } from '../../../core/features/hover';
import { parsePlan } from '../../../core/parse';
import { featureContext } from '../../support/context';

const TEXT = '某县教育局2024年工作要点\n一、总体\n1.完善制度。\n完成时限：6月底前完成方案，年底前完成验收\n状态：推进中\n2.加强宣传（责任单位：办公室；完成时限：第三季度）。\n3.长期工作\n完成时限：另行通知\n';

describe('hover on a deadline', () => {
  const doc = parsePlan(TEXT);
  it('shows the range and each milestone of a 完成时限 block', () => {
    const h = hover(doc, { line: 3, character: 7 }, featureContext({ locale: 'en' }));
    assert.ok(h);
    assert.deepEqual(h.range, { start: { line: 3, character: 5 }, end: { line: 3, character: 21 } });
    assert.match(h.contents, /- by 2024-12-31/);
    assert.match(h.contents, /6月底前完成方案: by 2024-06-30/);
    assert.match(h.contents, /年底前完成验收: by 2024-12-31/);
    assert.match(h.contents, /Status: 推进中/);
  });
  it('shows an inline 完成时限 as a range, in Chinese', () => {
    const line = TEXT.split('\n')[5];
    const h = hover(doc, { line: 5, character: line.indexOf('第三季度') + 1 }, featureContext({ locale: 'zh-cn' }));
    assert.ok(h);
    assert.match(h.contents, /2024-07-01 至 2024-09-30/);
  });
  it('says when a deadline is kept as written, and the item hover gives the range too', () => {
    assert.match(hover(doc, { line: 7, character: 6 }, featureContext({ locale: 'en' }))!.contents, /not read as a date/);
    assert.match(hover(doc, { line: 2, character: 0 }, featureContext({ locale: 'en' }))!.contents, /6月底前完成方案，年底前完成验收 \(by 2024-12-31\)/);
  });
});
