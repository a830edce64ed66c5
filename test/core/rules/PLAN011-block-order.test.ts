// PLAN011-block-order: one rule's findings, messages (both languages), ranges and data.
import { strict as assert } from 'assert';
import { doc, findings, lint } from '../../support/lint';

describe('PLAN011 block-order', () => {
  it('reports a block before one that should precede it', () => {
    const text = doc('一、甲', '1.条目', '工作措施:y。', '目标任务:x。', '责任股室:人事股。');
    const d = lint(text, 'PLAN011');
    assert.equal(d.length, 1);
    assert.equal(d[0].severity, 'information');
    assert.equal(d[0].range.start.line, 3);
    assert.equal(d[0].message, '“目标任务”应位于“工作措施”之前');
  });
  it('accepts the usual order including deadline and leader', () => {
    assert.deepEqual(findings(doc('一、甲', '1.条目', '目标任务:x。', '工作措施:y。', '牵头单位:人事股。', '配合单位:基教股。',
      '完成时限:2025年6月底前', '责任领导:张三'), 'PLAN011'), []);
  });
});
