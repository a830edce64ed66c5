// PLAN003-item-numbering: one rule's findings, messages (both languages), ranges and data.
import { strict as assert } from 'assert';
import { parsePlan } from '../../../core/parse';
import { DEFAULT_CONFIG } from '../../../core/config/resolve';
import { numberingStyle } from '../../../core/domain/numbering';
import { covered, doc, findings, lint } from '../../support/lint';

describe('PLAN003 item-numbering', () => {
  it('accepts continuous numbering', () => {
    assert.deepEqual(findings(doc('一、甲', '1.a', '2.b', '二、乙', '3.c', '4.d'), 'PLAN003'), []);
  });
  it('accepts per-section numbering (auto-detected)', () => {
    const text = doc('一、甲', '1.a', '2.b', '二、乙', '1.c', '2.d');
    assert.deepEqual(findings(text, 'PLAN003'), []);
    assert.equal(numberingStyle(parsePlan(text), DEFAULT_CONFIG.numbering).perSection, true);
  });
  it('reports a repeated item number with the expected one', () => {
    const text = doc('一、甲', '1.a', '2.b', '二、乙', '3.c', '3.d', '5.e');
    const d = lint(text, 'PLAN003');
    assert.equal(d.length, 1);
    assert.equal(d[0].range.start.line, 5);
    assert.equal(d[0].message, '条目序号“3”重复，应为“4”');
    assert.equal(covered(text, d[0]), '3');
  });
  it('reports a skipped number, as a warning', () => {
    const d = lint(doc('一、甲', '1.a', '2.b', '4.d'), 'PLAN003', { locale: 'en' });
    assert.deepEqual(d.map(x => [x.range.start.line, x.message, x.severity]), [[3, 'Item number 4 skips a number; expected 3', 'warning']]);
  });
  it('reports a restart in a continuous document', () => {
    assert.deepEqual(findings(doc('一、甲', '1.a', '2.b', '二、乙', '3.c', '三、丙', '1.d'), 'PLAN003'),
      [[7, '条目序号“1”顺序错乱，应为“4”']]);
  });
  it('follows config numbering: continuous', () => {
    const text = doc('一、甲', '1.a', '2.b', '二、乙', '1.c', '2.d');
    assert.deepEqual(findings(text, 'PLAN003', { config: { numbering: 'continuous' } }), [[5, '条目序号“1”顺序错乱，应为“3”']]);
  });
  it('follows config numbering: per-section', () => {
    const text = doc('一、甲', '1.a', '2.b', '二、乙', '3.c', '4.d');
    assert.deepEqual(findings(text, 'PLAN003', { config: { numbering: 'per-section' } }), [[5, '条目序号“3”跳号，应为“1”']]);
  });
  it('restarts numbering in every part', () => {
    assert.deepEqual(findings(doc('第一篇', '一、甲', '1.a', '2.b', '二、乙', '3.c', '第二篇', '一、丙', '1.d', '2.e'), 'PLAN003'), []);
  });
  it('restarts numbering under (一) subsections when the document does', () => {
    const text = doc('一、甲', '(一)子一', '1.a', '2.b', '(二)子二', '1.c', '2.d', '二、乙', '(一)子一', '1.e');
    assert.deepEqual(findings(text, 'PLAN003'), []);
    assert.deepEqual(findings(doc('一、甲', '(一)子一', '1.a', '2.b', '(二)子二', '1.c', '3.d'), 'PLAN003'), [[7, '条目序号“3”跳号，应为“2”']]);
  });
  it('accepts zero-padded numbers', () => {
    assert.deepEqual(findings(doc('一、甲', '01.a', '02.b', '03.c'), 'PLAN003'), []);
  });
});
