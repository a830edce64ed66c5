// PLAN030-done-without-progress: 已完成 (or an alias) says what was done.
import { strict as assert } from 'assert';
import { doc, findings } from '../../support/lint';

describe('PLAN030 done-without-progress', () => {
  it('reports 已完成 and its aliases without 完成情况', () => {
    const text = doc('一、甲', '1.条目', '状态：已完成', '2.条目', '状态：完成', '完成情况：', '3.条目', '状态：已完成', '完成情况：已印发方案。');
    assert.deepEqual(findings(text, 'PLAN030', { locale: 'en' }), [[3, 'Item 1 is 已完成 but has no 完成情况'], [5, 'Item 2 is 完成 but has no 完成情况']]);
  });
  it('leaves unfinished tasks alone, and follows the configured statuses', () => {
    assert.deepEqual(findings(doc('一、甲', '1.条目', '状态：推进中'), 'PLAN030'), []);
    const statuses = [{ name: '办结', done: true }, { name: '在办' }];
    assert.deepEqual(findings(doc('一、甲', '1.条目', '状态：已完成'), 'PLAN030', { config: { statuses } }), []);
    assert.deepEqual(findings(doc('一、甲', '1.条目', '状态：办结'), 'PLAN030', { config: { statuses } }).length, 1);
  });
});
