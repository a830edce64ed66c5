// PLAN004-mixed-item-separators: one rule's findings, messages (both languages), ranges and data.
import { strict as assert } from 'assert';
import { covered, doc, findings, lint } from '../../support/lint';

describe('PLAN004 mixed-item-separators', () => {
  it('accepts one separator per part, even when parts differ (seed 002)', () => {
    assert.deepEqual(findings(doc('第一篇', '一、甲', '1、a', '2、b', '第二篇', '一、乙', '1.c', '2.d'), 'PLAN004'), []);
  });
  it('reports the odd separator in a part', () => {
    const text = doc('一、甲', '1.a', '2.b', '3、c', '4.d');
    const d = lint(text, 'PLAN004');
    assert.equal(d.length, 1);
    assert.equal(d[0].range.start.line, 3);
    assert.equal(d[0].message, '条目序号后的分隔符“、”与本篇其他条目所用的“.”不一致');
    assert.equal(covered(text, d[0]), '、');
    assert.deepEqual(d[0].data, { expected: '.' });
  });
  it('treats full-width and half-width dots as different', () => {
    assert.deepEqual(findings(doc('一、甲', '1.a', '2.b', '3．c'), 'PLAN004', { locale: 'en' }),
      [[4, 'Item separator "．" differs from "." used by the other items in this part']]);
  });
});
