// PLAN009-empty-block: one rule's findings, messages (both languages), ranges and data.
import { strict as assert } from 'assert';
import { covered, doc, findings, lint } from '../../support/lint';

describe('PLAN009 empty-block', () => {
  it('reports an empty 责任股室 (seed 003 item 26)', () => {
    const text = doc('一、甲', '1.条目', '目标任务:x。', '工作措施:y。', '责任股室(单位):', '', '推荐访问:别的文章');
    const d = lint(text, 'PLAN009');
    assert.equal(d.length, 1);
    assert.equal(d[0].range.start.line, 4);
    assert.equal(d[0].message, '“责任股室(单位)”内容为空');
    assert.equal(covered(text, d[0]), '责任股室(单位)');
  });
  it('reports a unit block with only punctuation', () => {
    assert.deepEqual(findings(doc('一、甲', '1.条目', '责任单位:。'), 'PLAN009', { locale: 'en' }), [[3, 'Block 责任单位 is empty']]);
  });
  it('accepts a 工作措施 whose text starts on the next paragraph', () => {
    assert.deepEqual(findings(doc('一、甲', '1.条目', '目标任务:x。', '工作措施:', '', '一是做好甲。', '二是做好乙。', '责任股室:人事股。'), 'PLAN009'), []);
  });
});
