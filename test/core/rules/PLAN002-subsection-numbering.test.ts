// PLAN002-subsection-numbering: one rule's findings, messages (both languages), ranges and data.
import { strict as assert } from 'assert';
import { covered, doc, findings, lint } from '../../support/lint';

describe('PLAN002 subsection-numbering', () => {
  it('accepts (一)(二) in each section', () => {
    assert.deepEqual(findings(doc('一、甲', '(一)子一', '(二)子二', '二、乙', '(一)子一'), 'PLAN002'), []);
  });
  it('reports a skipped subsection numeral', () => {
    const text = doc('一、甲', '(一)子一', '(三)子三');
    const d = lint(text, 'PLAN002');
    assert.equal(d.length, 1);
    assert.equal(d[0].range.start.line, 2);
    assert.equal(d[0].message, '小节序号“(三)”跳号，应为“(二)”');
    assert.equal(covered(text, d[0]), '(三)');
  });
  it('reports a repeated subsection numeral', () => {
    assert.deepEqual(findings(doc('一、甲', '(一)子一', '(一)子二'), 'PLAN002', { locale: 'en' }),
      [[3, 'Subsection numeral (一) is repeated; expected (二)']]);
  });
});
