// PLAN032-unreadable-deadline: a deadline with no date in it, or a relative one with no plan year.
import { strict as assert } from 'assert';
import { findings } from '../../support/lint';

describe('PLAN032 unreadable-deadline', () => {
  it('reports a deadline that names no date, at information level', () => {
    const text = '某县2024年工作要点\n一、甲\n1.条目\n完成时限：按上级要求\n2.条目\n完成时限：6月底前\n';
    assert.deepEqual(findings(text, 'PLAN032', { locale: 'en' }), [[4, 'Deadline 按上级要求 names no date: it is kept as text, out of the overdue checks and the calendar']]);
  });
  it('asks for the plan year when a relative deadline cannot be dated', () => {
    const text = '某县工作要点\n一、甲\n1.条目\n完成时限：6月底前\n2.条目\n完成时限：2025年6月30日\n';
    assert.deepEqual(findings(text, 'PLAN032'), [[4, '完成时限“6月底前”需要计划年度：请在前置元数据中写明“年度”或在标题中写明年份']]);
  });
});
