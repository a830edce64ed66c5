// PLAN010-duplicate-block: one rule's findings, messages (both languages), ranges and data.
import { strict as assert } from 'assert';
import { doc, findings, lint, itemWithBlocks } from '../../support/lint';
import { readCorpus } from '../../support/paths';

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
    assert.deepEqual(findings(doc('一、甲', ...itemWithBlocks(1), ...itemWithBlocks(2)), 'PLAN010'), []);
  });
  it('takes responsibility in prose, one unit per sentence, for no block written twice (16)', () => {
    const text = doc('一、甲', '1.扩大学前教育资源。新建幼儿园12所（市发展改革委负责）；落实生均补助（市财政局负责）。');
    assert.deepEqual(findings(text, 'PLAN010'), []);
    assert.deepEqual(findings(readCorpus('16-prose-trailing-notes.plan'), 'PLAN010'), []);
  });
});
