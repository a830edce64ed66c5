// PLAN008-missing-blocks: one rule's findings, messages (both languages), ranges and data.
import { strict as assert } from 'assert';
import { doc, findings, lint, itemWithBlocks } from '../../support/lint';

describe('PLAN008 missing-blocks', () => {
  it('reports, by their canonical labels, the blocks most of the document\'s items have', () => {
    const text = doc('一、甲', ...itemWithBlocks(1), ...itemWithBlocks(2), '3.条目三', '目标任务:完成任务。');
    const d = lint(text, 'PLAN008');
    assert.equal(d.length, 1);
    assert.equal(d[0].range.start.line, 9);
    assert.equal(d[0].message, '条目“3”缺少“工作措施”、“责任股室”');
    assert.deepEqual(d[0].data, { missing: ['measures', 'responsible'] });
  });
  it('requires only what the document uses: a 分工方案 with 牵头单位 and 完成时限 blocks', () => {
    const item = (n: number, lead: string) => [`${n}.任务${n}`, `牵头单位：${lead}`, '完成时限：2024年6月底前'];
    const text = doc('一、重点任务', ...item(1, '县发改局'), ...item(2, '县财政局'), ...item(3, '县教育局'), '4.任务4', '完成时限：年底前');
    assert.deepEqual(findings(text, 'PLAN008', { locale: 'en' }), [[11, 'Item 4 lacks “牵头单位”']]);
  });
  it('reports the one item that names no unit in a plan that names them in prose', () => {
    const text = doc('一、重点任务', '1.推进学前教育。县教育局负责，县财政局配合。', '2.完善医保制度（县医保局负责）。',
      '3.改造老旧小区。由县住建局负责。', '4.开展文明创建。广泛动员群众参与。');
    assert.deepEqual(findings(text, 'PLAN008', { locale: 'en' }), [[5, 'Item 4 lacks “责任股室”']]);
  });
  it('follows config requiredBlocks', () => {
    const text = doc('一、甲', ...itemWithBlocks(1), '2.条目二', '目标任务:完成任务。', '责任单位:人事股。');
    assert.deepEqual(findings(text, 'PLAN008', { config: { requiredBlocks: ['target', 'responsible'] } }), []);
    assert.deepEqual(findings(text, 'PLAN008', { config: { requiredBlocks: ['target', 'measures', 'responsible'] }, locale: 'en' }),
      [[6, 'Item 2 lacks “工作措施”']]);
    assert.deepEqual(findings(text, 'PLAN008', { config: { requiredBlocks: ['deadline'] }, locale: 'en' }),
      [[2, 'Item 1 lacks “完成时限”'], [6, 'Item 2 lacks “完成时限”']]);
  });
  it('takes a 牵头单位 as naming the responsible unit', () => {
    assert.deepEqual(findings(doc('一、甲', '1.条目', '目标任务:x。', '工作措施:y。', '牵头单位:人事股。'), 'PLAN008', { config: { requiredBlocks: ['target', 'measures', 'responsible'] } }), []);
  });
  it('says nothing when the document does not use blocks', () => {
    assert.deepEqual(findings(doc('一、甲', '1.条目一。正文。', '2.条目二。正文。'), 'PLAN008'), []);
  });
});
