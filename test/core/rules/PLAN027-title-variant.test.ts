// PLAN027-title-variant: the title written again with another year is residue; the variant the
// preamble agrees with is the title.
import { strict as assert } from 'assert';
import { parsePlan } from '../../../core/parse';
import { doc, findings, lint } from '../../support/lint';

describe('PLAN027 title-variant', () => {
  const text = doc('星湖区卫生健康局2023年卫生健康工作要点', '星湖区卫生健康局2024年卫生健康工作要点',
    '2024年全区卫生健康工作的总体要求是：以健康星湖建设为统领，推动卫生健康事业高质量发展。', '一、聚焦健康星湖建设', '1.实施健康星湖行动。');

  it('takes the variant whose year the preamble states for the title, and reports the other', () => {
    assert.equal(parsePlan(text).title?.text, '星湖区卫生健康局2024年卫生健康工作要点');
    const d = lint(text, 'PLAN027', { locale: 'en' });
    assert.equal(d.length, 1);
    assert.equal(d[0].range.start.line, 0);
    assert.equal(d[0].message, 'Title variant 星湖区卫生健康局2023年卫生健康工作要点: the title is 星湖区卫生健康局2024年卫生健康工作要点 (its year agrees with the text); delete this line');
    assert.deepEqual(d[0].data, { replacement: '' });
  });

  it('says nothing about a title written once, or written again the same', () => {
    assert.deepEqual(findings(doc('某县2024年工作要点', '2024年全县工作的总体要求是：稳中求进，推动高质量发展，办好民生实事。', '一、甲'), 'PLAN027'), []);
    assert.deepEqual(findings(doc('某县2024年工作要点', '某县2024年工作要点', '一、甲'), 'PLAN027'), []);
  });
  it('takes the variant whose year a short preamble sentence states, and reports the other', () => {
    const text = ['某县教育局2020年工作要点', '某县教育局2021年工作要点', '2021年是全面落实的关键之年。', '一、甲', '1.乙。'].join('\n');
    assert.equal(parsePlan(text).title?.text, '某县教育局2021年工作要点');
    assert.deepEqual(lint(text, 'PLAN027').map(d => d.range.start.line), [0]);
    assert.deepEqual(lint(text, 'PLAN022'), []);
  });
});
