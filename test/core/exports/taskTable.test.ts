import { strict as assert } from 'assert';
import { parsePlan } from '../../../core/parse';
import { taskTableLayout, taskTableOf, unitAssignments } from '../../../core/exports/taskTable';
import { planDoc, readPlan } from '../../support/fixtures';
import { responsibleLists } from '../../support/readers';

describe('exports: task table (任务分解表)', () => {
  const rows = taskTableOf(planDoc('county-bureau'));
  const lists = responsibleLists(readPlan('county-bureau'));

  it('county plan: 11 rows, numbered 1–11, each in its 一、…四、 section', () => {
    assert.equal(lists.length, 11);
    assert.equal(rows.length, 11);
    assert.deepEqual(rows.map(r => r.number), Array.from({ length: 11 }, (_, i) => i + 1));
    assert.equal(rows[0].part, '一、加强党的建设,筑牢教育发展根基');
    assert.ok(rows[10].part.startsWith('四、'));
    assert.deepEqual(taskTableLayout(planDoc('county-bureau')).columns.map(c => c.header), ['序号', '工作任务', '目标任务', '工作措施', '牵头单位', '配合单位', '完成时限', '备注']);
  });

  it('county plan: 牵头单位 is the first unit of each 责任股室 list; 配合单位 the rest, never the lead again', () => {
    rows.forEach((r, i) => {
      assert.equal(r.lead, lists[i][0] ?? '', `item ${i + 1}`);
      assert.equal(r.responsible, lists[i].join('、'), `item ${i + 1}`);
      assert.equal(r.cooperate, lists[i].slice(1).join('、'), `item ${i + 1}`);
      if (r.lead) assert.ok(!r.cooperate.split('、').includes(r.lead));
    });
  });

  it('county plan: item 11 has an empty 责任单位 and no lead', () => {
    assert.equal(rows[10].task, '做好极端天气应对工作');
    assert.equal(rows[10].responsible, '');
    assert.equal(rows[10].lead, '');
    assert.ok(rows[10].target.startsWith('完善极端天气应急预案'));
  });

  it('blocks fill 目标任务 / 工作措施 (paragraphs kept); a plan without them puts the item text in 具体内容', () => {
    assert.ok(rows[0].target.startsWith('把学习会议精神列为'));
    assert.ok(rows[4].measures.includes('\n二是'), 'item 5 keeps its 一是…二是 paragraphs');
    const bare = taskTableOf(parsePlan('一、总体\n1.推进改革。根据要求开展工作。\n'));
    assert.equal(bare.length, 1);
    assert.equal(bare[0].task, '推进改革');
    assert.equal(bare[0].target, '');
    assert.equal(bare[0].measures, '根据要求开展工作。');
    assert.equal(bare[0].responsible, '');
    const layout = taskTableLayout(parsePlan('一、总体\n1.推进改革。根据要求开展工作。\n'));
    assert.deepEqual(layout.columns.map(c => c.header), ['序号', '工作任务', '具体内容', '牵头单位', '配合单位', '完成时限', '备注']);
  });

  it('parts prefix the section; lead/cooperate/deadline blocks and inline notes', () => {
    const doc = parsePlan([
      '第一篇 总体', '一、大标题', '1.条目标题', '牵头单位:人事股', '配合单位:基教股、财务股', '完成时限:6月底前',
      '2.另一条(责任单位:办公室、人事股;完成时限:全年)',
    ].join('\n'));
    const [a, b] = taskTableOf(doc);
    assert.equal(a.part, '第一篇 总体 / 一、大标题');
    assert.equal(a.lead, '人事股');
    assert.equal(a.responsible, '');
    assert.equal(a.cooperate, '基教股、财务股');
    assert.equal(b.cooperate, '人事股', 'the units after the lead');
    assert.equal(a.deadline, '6月底前');
    assert.equal(b.task, '另一条');
    assert.equal(b.lead, '办公室');
    assert.equal(b.responsible, '办公室、人事股');
    assert.equal(b.deadline, '全年');
  });

  it('unit assignments: leads and joins per unit', () => {
    const byUnit = new Map(unitAssignments(rows).map(a => [a.unit, a]));
    assert.deepEqual(byUnit.get('秘书股')!.leads.map(r => r.number), [1, 2]);
    assert.deepEqual(byUnit.get('秘书股')!.joins.map(r => r.number), [9]);
    assert.equal(byUnit.get('各乡镇中心校')!.joins.length, 9);
    for (const a of byUnit.values()) for (const r of a.leads) assert.equal(r.lead, a.unit);
  });
});
