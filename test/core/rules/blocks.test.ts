import { strict as assert } from 'assert';
import { covered, doc, findings, lint } from './helpers';

const full = (n: number, unit = '人事股') => [
  `${n}.条目${n}`, '目标任务:完成任务。', '工作措施:落实措施。', `责任股室(单位):${unit}。`,
];

describe('PLAN008 missing-blocks', () => {
  it('reports the missing blocks by their canonical labels', () => {
    const text = doc('一、甲', ...full(1), '2.条目二', '目标任务:完成任务。');
    const d = lint(text, 'PLAN008');
    assert.equal(d.length, 1);
    assert.equal(d[0].range.start.line, 5);
    assert.equal(d[0].message, '条目“2”缺少“工作措施”、“责任股室”');
    assert.deepEqual(d[0].data, { missing: ['measures', 'responsible'] });
  });
  it('follows config requiredBlocks', () => {
    const text = doc('一、甲', ...full(1), '2.条目二', '目标任务:完成任务。', '责任单位:人事股。');
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

describe('PLAN010 duplicate-block', () => {
  it('reports the second block of a kind', () => {
    const text = doc('一、甲', '1.条目', '目标任务:x。', '工作措施:y。', '工作措施:z。', '责任股室:人事股。');
    const d = lint(text, 'PLAN010');
    assert.equal(d.length, 1);
    assert.equal(d[0].range.start.line, 4);
    assert.equal(d[0].message, '“工作措施”与第 4 行的“工作措施”重复');
  });
  it('knows aliases of one kind (责任股室 / 责任单位)', () => {
    assert.deepEqual(findings(doc('一、甲', '1.条目', '责任股室:人事股。', '责任单位:基教股。'), 'PLAN010', { locale: 'en' }),
      [[4, 'Block 责任单位 repeats 责任股室 (line 3) in this item']]);
  });
  it('accepts one block of each kind', () => {
    assert.deepEqual(findings(doc('一、甲', ...full(1), ...full(2)), 'PLAN010'), []);
  });
});

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
