// PLAN033-subitem-numbering: one rule's findings, messages (both languages), ranges and data.
import { strict as assert } from 'assert';
import { covered, doc, findings, lint } from '../../support/lint';

describe('PLAN033 subitem-numbering', () => {
  it('accepts (1)(2) and ①② in each item, restarting per item', () => {
    assert.deepEqual(findings(doc('一、甲', '1.条目', '(1)子一', '(2)子二', '2.条目', '（1）子一', '（2）子二', '3.条目', '①甲', '②乙'), 'PLAN033'), []);
  });
  it('accepts a level below the outer one that restarts under each outer sub-item', () => {
    assert.deepEqual(findings(doc('一、甲', '1.条目', '(1)子一', '①甲', '②乙', '(2)子二', '①丙', '②丁'), 'PLAN033'), []);
  });
  it('reports a skipped sub-item number in the form written', () => {
    const text = doc('一、甲', '1.条目', '(1)子一', '(3)子三');
    const d = lint(text, 'PLAN033');
    assert.equal(d.length, 1);
    assert.equal(d[0].range.start.line, 3);
    assert.equal(d[0].message, '子项序号“(3)”跳号，应为“(2)”');
    assert.equal(covered(text, d[0]), '(3)');
  });
  it('reports a repeated circled number', () => {
    assert.deepEqual(findings(doc('一、甲', '1.条目', '①甲', '①乙', '③丙'), 'PLAN033', { locale: 'en' }),
      [[4, 'Sub-item number ① is repeated; expected ②']]);
  });
});
