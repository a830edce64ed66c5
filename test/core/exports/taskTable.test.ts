import { strict as assert } from 'assert';
import { parsePlan } from '../../../core/parse';
import { TASK_TABLE_COLUMNS, taskTableOf, unitAssignments } from '../../../core/exports/taskTable';
import { fixtureDoc, seed003ResponsibleLists } from './helpers';

describe('exports: task table (任务分解表)', () => {
  const rows = taskTableOf(fixtureDoc('seed-003.plan'));
  const lists = seed003ResponsibleLists();

  it('seed 003: 26 rows, numbered 1–26, each in its 一、…六、 section', () => {
    assert.equal(lists.length, 26);
    assert.equal(rows.length, 26);
    assert.deepEqual(rows.map(r => r.number), Array.from({ length: 26 }, (_, i) => i + 1));
    assert.equal(rows[0].part, '一、聚焦党的全面领导,提升党的建设质量');
    assert.ok(rows[25].part.startsWith('六、'));
    assert.deepEqual([...TASK_TABLE_COLUMNS], ['序号', '所属部分', '工作任务', '目标任务', '工作措施', '牵头单位', '责任单位', '完成时限']);
  });

  it('seed 003: 牵头单位 is the first unit of each 责任股室 list; 责任单位 is the list', () => {
    rows.forEach((r, i) => {
      assert.equal(r.lead, lists[i][0] ?? '', `item ${i + 1}`);
      assert.equal(r.responsible, lists[i].join('、'), `item ${i + 1}`);
    });
  });

  it('seed 003: item 26 has an empty 责任单位 and no lead', () => {
    assert.equal(rows[25].task, '常态化开展疫情防控工作');
    assert.equal(rows[25].responsible, '');
    assert.equal(rows[25].lead, '');
    assert.ok(rows[25].target.startsWith('深入贯彻'));
  });

  it('blocks fill 目标任务 / 工作措施 (paragraphs kept); a plan without them leaves the cells empty', () => {
    assert.ok(rows[0].target.startsWith('坚持把学习宣传贯彻'));
    assert.ok(rows[14].measures.includes('\n二是'), 'item 15 keeps its 一是…二是 paragraphs');
    const bare = taskTableOf(parsePlan('一、总体\n1.推进改革。根据要求开展工作。\n'));
    assert.equal(bare.length, 1);
    assert.equal(bare[0].task, '推进改革');
    assert.equal(bare[0].target, '');
    assert.equal(bare[0].measures, '');
    assert.equal(bare[0].responsible, '');
  });

  it('parts prefix the section; lead/cooperate/deadline blocks and inline notes', () => {
    const doc = parsePlan([
      '第一篇 总体', '一、大标题', '1.条目标题', '牵头单位:人事股', '配合单位:基教股、财务股', '完成时限:6月底前',
      '2.另一条(责任单位:办公室、人事股;完成时限:全年)',
    ].join('\n'));
    const [a, b] = taskTableOf(doc);
    assert.equal(a.part, '第一篇 总体 / 一、大标题');
    assert.equal(a.lead, '人事股');
    assert.equal(a.responsible, '基教股、财务股');
    assert.equal(a.deadline, '6月底前');
    assert.equal(b.task, '另一条');
    assert.equal(b.lead, '办公室');
    assert.equal(b.responsible, '办公室、人事股');
    assert.equal(b.deadline, '全年');
  });

  it('unit assignments: leads and joins per unit', () => {
    const byUnit = new Map(unitAssignments(rows).map(a => [a.unit, a]));
    assert.deepEqual(byUnit.get('秘书股')!.leads.map(r => r.number), [1, 2, 3, 4, 14, 22]);
    assert.ok(byUnit.get('各乡镇中心校')!.joins.length >= 18);
    for (const a of byUnit.values()) for (const r of a.leads) assert.equal(r.lead, a.unit);
  });
});
