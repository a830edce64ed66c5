// The Tasks view grouped by status and by deadline (core/features/tasksView.ts taskGroups):
// the worked example of docs/progress.md (examples/progress, as of its 2025-08-25) and a
// 卫健委-style plan with every status, an alias, an unknown value and no value, read each with
// its own as-of date and statuses.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_CONFIG } from '../../../core/config/resolve';
import type { StatusConfig } from '../../../core/config/types';
import { indexPlan } from '../../../core/features/planIndex';
import { taskGroups, type TaskGroup, type TaskGroupSettings } from '../../../core/features/tasksView';
import { parsePlan } from '../../../core/parse';
import { EXAMPLES_DIR } from '../../support/paths';

const EXAMPLE_URI = 'file:///ws/progress/tracking.plan';
const HEALTH_URI = 'file:///ws/health/plan.plan';

const HEALTH = [
  '---', '年度: 2025', '---',
  '某县卫生健康委员会2025年重点工作任务',
  '一、深化医药卫生体制改革',
  '1.推进紧密型县域医共体建设。', '牵头单位：医政股', '完成时限：9月底前', '状态：已延期', '完成情况：受资金影响，推迟至10月。',
  '2.完善家庭医生签约服务。', '牵头单位：基层卫生股', '完成时限：12月31日前', '状态：未开始',
  '二、提升公共卫生服务能力',
  '3.开展爱国卫生运动。', '牵头单位：爱卫办', '完成时限：每季度末', '状态：暂缓',
  '4.完成疫苗冷链改造。', '牵头单位：疾控中心', '完成时限：8月底前', '状态：待定',
  '5.做好汛期卫生防疫。', '牵头单位：疾控中心', '完成时限：汛期前', '状态：已办结', '完成情况：已完成。',
  '6.开展健康教育进校园。', '牵头单位：宣传科', '完成时限：2025年7月15日',
].join('\n') + '\n';

function index(): Map<string, ReturnType<typeof indexPlan>> {
  const example = fs.readFileSync(path.join(EXAMPLES_DIR, 'progress', 'tracking.plan'), 'utf8');
  return new Map([
    [EXAMPLE_URI, indexPlan(EXAMPLE_URI, parsePlan(example))],
    [HEALTH_URI, indexPlan(HEALTH_URI, parsePlan(HEALTH))],
  ]);
}

const AS_OF = '2025-08-25';
const settings = (statuses: readonly StatusConfig[] = DEFAULT_CONFIG.statuses) => (): TaskGroupSettings => ({ asOf: AS_OF, statuses });
const shape = (groups: TaskGroup[]) => groups.map(g => [g.status ?? g.key, g.items.map(i => `${i.uri === EXAMPLE_URI ? 'E' : 'H'}${i.name.split('.')[0]}`)]);

describe('the Tasks view grouped by status and by deadline', () => {
  it('by status: the configured statuses in their order (aliases read as theirs), then unknown values, then tasks with no 状态', () => {
    const groups = taskGroups(index(), 'status', settings());
    // The example's title (青山县…) sorts after the health plan's (某县…) in Chinese order.
    assert.deepEqual(shape(groups), [
      ['未启动', ['H2']],
      ['推进中', ['E1', 'E2']],
      ['已完成', ['H5', 'E3']],
      ['已延期', ['H1']],
      ['暂缓', ['H3']],
      ['unknown', ['H4']],
      ['none', ['H6', 'E4', 'E5', 'E6']],
    ]);
    const h4 = groups.find(g => g.key === 'unknown')!.items[0];
    assert.deepEqual([h4.status, h4.lead, h4.deadline, h4.dueDate, h4.plan], ['待定', '疾控中心', '8月底前', '2025-08-31', '某县卫生健康委员会2025年重点工作任务']);
    assert.equal(groups[1].items[1].status, '推进中', '进行中 is read as 推进中');
  });

  it('by deadline as of 2025-08-25: 逾期, 本月到期, 本季度, 以后, 无时限, then the finished tasks', () => {
    const groups = taskGroups(index(), 'deadline', settings());
    assert.deepEqual(shape(groups), [
      ['overdue', ['E2', 'H6']],        // 05-31, 07-15
      ['this-month', ['H4', 'E5']],     // 08-31 (待定 is no finished status)
      ['this-quarter', ['H1', 'E4']],   // 09-30 (已延期 is not finished either)
      ['later', ['H2', 'E1']],          // 12-31
      ['undated', ['H3', 'E6']],        // 每季度末, 长期坚持
      ['done', ['E3', 'H5']],           // 已完成 (02-19), 已办结 (05-31)
    ]);
    assert.deepEqual(groups[0].items.map(i => i.dueDate), ['2025-05-31', '2025-07-15']);
  });

  it('moves with the as-of date: the first of the quarter\'s last month, and a day after the quarter', () => {
    const at = (asOf: string) => shape(taskGroups(index(), 'deadline', () => ({ asOf, statuses: DEFAULT_CONFIG.statuses })));
    assert.deepEqual(at('2025-07-01'), [
      ['overdue', ['E2']],
      ['this-month', ['H6']],
      ['this-quarter', ['H4', 'E5', 'H1', 'E4']],
      ['later', ['H2', 'E1']],
      ['undated', ['H3', 'E6']],
      ['done', ['E3', 'H5']],
    ]);
    assert.deepEqual(at('2025-10-01').slice(0, 2), [['overdue', ['E2', 'H6', 'H4', 'E5', 'H1', 'E4']], ['this-quarter', ['H2', 'E1']]]); // Q4 ends 12-31
  });

  it('reads each plan with its own statuses: a status list that makes 待定 a finished one', () => {
    const custom: StatusConfig[] = [...DEFAULT_CONFIG.statuses, { name: '待定', done: true }];
    const groups = taskGroups(index(), 'deadline', uri => ({ asOf: AS_OF, statuses: uri === HEALTH_URI ? custom : DEFAULT_CONFIG.statuses }));
    assert.deepEqual(shape(groups).find(([k]) => k === 'done'), ['done', ['E3', 'H5', 'H4']]);
    assert.deepEqual(shape(taskGroups(index(), 'status', uri => ({ asOf: AS_OF, statuses: uri === HEALTH_URI ? custom : DEFAULT_CONFIG.statuses }))).map(([k]) => k),
      ['未启动', '推进中', '已完成', '已延期', '暂缓', '待定', 'none']);
  });
});
