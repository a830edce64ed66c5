// PLAN022-title-year-mismatch: one rule's findings, messages (both languages), ranges and data.
import { strict as assert } from 'assert';
import { covered, doc, findings, lint } from '../../support/lint';

describe('PLAN022 title-year-mismatch', () => {
  it('reports a title year that disagrees with the preamble (seed 003)', () => {
    const text = doc('2022县委教育工委2022年工作要点', '', '2021年是全面开启建设社会主义现代化国家之年。', '一、甲', '1.a');
    const d = lint(text, 'PLAN022');
    assert.equal(d.length, 1);
    assert.equal(d[0].range.start.line, 0);
    assert.equal(covered(text, d[0]), '2022');
    assert.equal(d[0].message, '标题中的年份“2022年”与正文中的“2021年”（第 3 行）不一致');
  });
  it('compares with front-matter 年度 and 日期', () => {
    assert.deepEqual(findings(doc('---', '标题: 某县教育局2024年工作要点', '年度: 2025', '---'), 'PLAN022', { locale: 'en' }),
      [[2, 'The title says 2024年 but the front matter 年度 says 2025年']]);
    assert.deepEqual(findings(doc('---', '标题: 某县教育局2024年工作要点', '日期: 2022年3月1日', '---'), 'PLAN022'),
      [[2, '标题中的年份“2024年”与前置元数据“日期”的年份“2022年”不一致']]);
  });
  it('accepts a plan issued late in the year before, and agreeing years', () => {
    assert.deepEqual(findings(doc('---', '标题: 某县教育局2025年工作要点', '日期: 2024年12月28日', '---'), 'PLAN022'), []);
    assert.deepEqual(findings(doc('攸县教育局2017年工作要点', '2017年是全县教育事业强基固本的攻坚期。', '一、甲'), 'PLAN022'), []);
  });
  it('does not take a review of last year for the plan year', () => {
    assert.deepEqual(findings(doc('某县教育局2021年工作要点', '2020年,全县教育系统取得新成绩。2021年是“十四五”开局之年。', '一、甲'), 'PLAN022'), []);
  });
});
