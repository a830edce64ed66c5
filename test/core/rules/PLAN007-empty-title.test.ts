// PLAN007-empty-title: one rule's findings, messages (both languages), ranges and data.
import { strict as assert } from 'assert';
import { covered, doc, findings, lint } from '../../support/lint';

describe('PLAN007 empty-title', () => {
  it('reports an item number with nothing after it', () => {
    const text = doc('一、甲', '1.a', '2.', '3.c');
    const d = lint(text, 'PLAN007');
    assert.equal(d.length, 1);
    assert.equal(d[0].range.start.line, 2);
    assert.equal(d[0].message, '条目“2.”没有标题');
    assert.equal(covered(text, d[0]), '2.');
  });
  it('reports an empty section and subsection title', () => {
    assert.deepEqual(findings(doc('一、', '(一)', '1.a'), 'PLAN007', { locale: 'en' }),
      [[1, 'Section 一、 has no title'], [2, 'Subsection (一) has no title']]);
  });
  it('accepts headings with titles', () => {
    assert.deepEqual(findings(doc('一、甲', '(一)子', '1.推进改革。正文。'), 'PLAN007'), []);
  });
});
