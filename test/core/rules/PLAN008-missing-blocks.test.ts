// PLAN008-missing-blocks: one rule's findings, messages (both languages), ranges and data.
import { strict as assert } from 'assert';
import { doc, findings, lint, itemWithBlocks } from '../../support/lint';
import { readCorpus } from '../../support/paths';

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
  it('never requires 配合单位 because most items have one: an item may have no cooperating unit', () => {
    const item = (n: number, cooperate?: string) => [`${n}.任务${n}`, '牵头单位：县自然资源局', ...(cooperate ? [`配合单位：${cooperate}`] : []), '完成时限：年底前'];
    const text = doc('一、重点任务', ...item(1, '县财政局'), ...item(2, '县住建局'), ...item(3));
    assert.deepEqual(findings(text, 'PLAN008'), []);
    assert.deepEqual(findings(text, 'PLAN008', { config: { requiredBlocks: ['lead', 'cooperate'] }, locale: 'en' }), [[10, 'Item 3 lacks “配合单位”']]);
  });
  it('asks nothing of the numbered goals of a prose section, and still reports a task without its unit', () => {
    const text = doc('一、工作目标', '1.文明班级达标率达到90%以上。', '2.全年无重大安全责任事故。', '二、主要工作',
      '1.加强养成教育。（责任部门：德育处）', '2.上好开学第一课。（责任部门：德育处、大队部）', '3.加强教师队伍建设。落实师徒结对。');
    assert.deepEqual(findings(text, 'PLAN008', { locale: 'en' }), [[7, 'Item 3 lacks “责任股室”']]);
  });
  it('on the corpus: a school plan and a party plan report their one task without a unit (07, 06), task tables and 分工方案 nothing (08, 10, 25, 29, 30)', () => {
    assert.deepEqual(findings(readCorpus('07-school-term-plan.plan'), 'PLAN008', { locale: 'en' }), [[43, 'Item 5 lacks “责任股室”']]);
    assert.deepEqual(findings(readCorpus('06-university-party.plan'), 'PLAN008', { locale: 'en' }), [[56, 'Item 3 lacks “牵头单位”']]);
    for (const f of ['08-table-bordered-pipes.plan', '10-table-tabs.plan', '25-front-matter-malformed.plan', '29-agri-leader-blocks.plan', '30-notice-task-table.plan']) {
      assert.deepEqual(findings(readCorpus(f), 'PLAN008'), [], f);
    }
  });
});
