// PLAN008-missing-blocks: one rule's findings, messages (both languages), ranges and data.
import { strict as assert } from 'assert';
import { doc, findings, lint, itemWithBlocks } from '../../support/lint';

describe('PLAN008 missing-blocks', () => {
  it('reports the missing blocks by their canonical labels', () => {
    const text = doc('一、甲', ...itemWithBlocks(1), '2.条目二', '目标任务:完成任务。');
    const d = lint(text, 'PLAN008');
    assert.equal(d.length, 1);
    assert.equal(d[0].range.start.line, 5);
    assert.equal(d[0].message, '条目“2”缺少“工作措施”、“责任股室”');
    assert.deepEqual(d[0].data, { missing: ['measures', 'responsible'] });
  });
  it('follows config requiredBlocks', () => {
    const text = doc('一、甲', ...itemWithBlocks(1), '2.条目二', '目标任务:完成任务。', '责任单位:人事股。');
    assert.deepEqual(findings(text, 'PLAN008', { config: { requiredBlocks: ['target', 'responsible'] } }), []);
    assert.deepEqual(findings(text, 'PLAN008', { config: { requiredBlocks: ['deadline'] }, locale: 'en' }),
      [[2, 'Item 1 lacks “完成时限”'], [6, 'Item 2 lacks “完成时限”']]);
  });
  it('takes a 牵头单位 as naming the responsible unit', () => {
    assert.deepEqual(findings(doc('一、甲', '1.条目', '目标任务:x。', '工作措施:y。', '牵头单位:人事股。'), 'PLAN008'), []);
  });
  it('says nothing when the document does not use blocks', () => {
    assert.deepEqual(findings(doc('一、甲', '1.条目一。正文。', '2.条目二。正文。'), 'PLAN008'), []);
  });
});
