// PLAN017-broken-number: one rule's findings, messages (both languages), ranges and data.
import { strict as assert } from 'assert';
import { covered, doc, findings, lint } from '../../support/lint';

describe('PLAN017 broken-number', () => {
  it('reports a digit and hyphen followed by a word (建设1-所)', () => {
    const text = doc('一、甲', '1.推进新高考改革试点工作,建设1-所选课走班试点学校。');
    const d = lint(text, 'PLAN017');
    assert.equal(d.length, 1);
    assert.equal(d[0].range.start.line, 1);
    assert.equal(covered(text, d[0]), '1-');
    assert.equal(d[0].message, '数字“1-”残缺：连字符后缺少数字（可能丢失了数字）');
  });
  it('accepts ranges and dates', () => {
    assert.deepEqual(findings(doc('一、甲', '1.建设1-2所学校,3-4月完成,2021-04-13发布,XM02104-0200号。'), 'PLAN017'), []);
  });
});
