// PLAN029-due-soon: within dueSoonDays of a fixed as-of date, unfinished.
import { strict as assert } from 'assert';
import { findings } from '../../support/lint';

const PLAN = [
  '某县教育局2024年工作要点', '一、总体',
  '1.完善制度', '完成时限：6月底前', '状态：推进中',
  '2.加强宣传', '完成时限：7月10日前', '状态：已完成', '完成情况：已开展宣传周。',
  '3.推进项目', '完成时限：9月底前', '状态：未启动',
].join('\n') + '\n';

describe('PLAN029 due-soon', () => {
  it('points out an unfinished task due within 7 days (the default)', () => {
    assert.deepEqual(findings(PLAN, 'PLAN029', { config: { asOf: '2024-06-25' }, locale: 'en' }), [[4, 'Due in 5 days: 2024-06-30 (as of 2024-06-25)']]);
    assert.deepEqual(findings(PLAN, 'PLAN029', { config: { asOf: '2024-06-25' } }), [[4, '5 天后到期：2024-06-30（核查日期 2024-06-25）']]);
  });
  it('uses the configured number of days, and never a finished task or an overdue one', () => {
    assert.deepEqual(findings(PLAN, 'PLAN029', { config: { asOf: '2024-06-25', dueSoonDays: 3 } }), []);
    assert.deepEqual(findings(PLAN, 'PLAN029', { config: { asOf: '2024-07-05', dueSoonDays: 90 } }).map(f => f[0]), [11]);
  });
});
