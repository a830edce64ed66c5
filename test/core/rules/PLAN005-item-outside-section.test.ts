// PLAN005-item-outside-section: one rule's findings, messages (both languages), ranges and data.
import { strict as assert } from 'assert';
import { doc, findings, lint } from '../../support/lint';

describe('PLAN005 item-outside-section', () => {
  it('reports an item before the first section', () => {
    const text = doc('标题2025年工作要点', '1.游离条目', '一、甲', '2.a');
    const d = lint(text, 'PLAN005');
    assert.equal(d.length, 1);
    assert.equal(d[0].range.start.line, 1);
    assert.equal(d[0].message, '条目“1”不在任何章节之内');
  });
  it('reports an item directly under a part that has sections', () => {
    assert.deepEqual(findings(doc('第一篇', '1.游离', '一、甲', '2.a'), 'PLAN005', { locale: 'en' }), [[2, 'Item 1 is outside any section']]);
  });
  it('accepts items that all sit in sections, and plain item lists without sections', () => {
    assert.deepEqual(findings(doc('一、甲', '1.a', '二、乙', '2.b'), 'PLAN005'), []);
    assert.deepEqual(findings(doc('工作要点', '1.a', '2.b'), 'PLAN005'), []);
    assert.deepEqual(findings(doc('第一篇', '1.a', '2.b'), 'PLAN005'), []);
  });
});
