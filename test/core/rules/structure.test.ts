import { strict as assert } from 'assert';
import { covered, doc, findings, lint } from './helpers';

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

describe('PLAN006 empty-section', () => {
  it('reports a section without items', () => {
    const text = doc('一、甲', '1.a', '二、乙', '这一章只有一段文字。', '三、丙', '2.b');
    const d = lint(text, 'PLAN006');
    assert.equal(d.length, 1);
    assert.equal(d[0].range.start.line, 2);
    assert.equal(d[0].message, '章节“二、乙”下没有条目');
  });
  it('counts items under subsections', () => {
    assert.deepEqual(findings(doc('一、甲', '(一)子', '1.a', '二、乙', '2.b'), 'PLAN006'), []);
  });
  it('says nothing when the document has no items at all', () => {
    assert.deepEqual(findings(doc('一、甲', '正文。', '二、乙', '正文。'), 'PLAN006'), []);
  });
});

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
