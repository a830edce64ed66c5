// PLAN006-empty-section: one rule's findings, messages (both languages), ranges and data.
import { strict as assert } from 'assert';
import { doc, findings, lint } from '../../support/lint';

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
