// PLAN028-overdue: a fixed as-of date decides; only plans that record progress are checked.
import { strict as assert } from 'assert';
import { covered, findings, lint } from '../../support/lint';

const PLAN = [
  '某县教育局2024年工作要点', '一、总体',
  '1.完善制度', '完成时限：6月底前', '状态：推进中',
  '2.加强宣传', '完成时限：2024年9月30日', '状态：未启动',
  '3.推进项目', '完成时限：3月底前', '状态：已完成', '完成情况：已印发实施方案。',
  '4.持续推进', '完成时限：长期坚持', '状态：推进中',
  '5.无状态', '完成时限：5月底前',
].join('\n') + '\n';

describe('PLAN028 overdue', () => {
  it('reports unfinished tasks past their deadline as of the date given, with the days late', () => {
    assert.deepEqual(findings(PLAN, 'PLAN028', { config: { asOf: '2024-07-15' }, locale: 'en' }), [
      [4, 'Overdue by 15 days: due 2024-06-30 (as of 2024-07-15), status 推进中'],
      [17, 'Overdue by 45 days: due 2024-05-31 (as of 2024-07-15), status —'],
    ]);
    const [d] = lint(PLAN, 'PLAN028', { config: { asOf: '2024-07-15' } });
    assert.equal(d.message, '已逾期 15 天：截止日期 2024-06-30（核查日期 2024-07-15），状态“推进中”');
    assert.equal(covered(PLAN, d), '6月底前');
  });
  it('counts the deadline day itself as in time', () => {
    assert.deepEqual(findings(PLAN, 'PLAN028', { config: { asOf: '2024-05-31' } }), []);
    assert.equal(findings(PLAN, 'PLAN028', { config: { asOf: '2024-10-01' } }).length, 3);
  });
  it('leaves a plan that records no progress alone', () => {
    const draft = PLAN.split('\n').filter(l => !/^(状态|完成情况)/.test(l)).join('\n');
    assert.deepEqual(findings(draft, 'PLAN028', { config: { asOf: '2025-01-01' } }), []);
  });
  it('reads an alias of a finished status as finished', () => {
    const text = PLAN.replace('状态：推进中', '状态：已办结');
    assert.deepEqual(findings(text, 'PLAN028', { config: { asOf: '2024-07-15' } }).map(f => f[0]), [17]);
  });
});
