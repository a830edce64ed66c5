// Deadlines read as dates: a table of deadlines as real plans write them (完成时限 blocks,
// task-table cells, inline 完成时限：…) with the range each stands for, read against a plan
// year of 2024 (a school year 2024-2025 where marked), and the plan's year found as the
// issue says: 年度, else the title, else 日期.
import { strict as assert } from 'assert';
import { planYear, readDeadline, type PlanYear } from '../../../core/domain/deadlines';
import { outlineJson } from '../../../core/features/outlineJson';
import { parsePlan } from '../../../core/parse';
import { itemsOf } from '../../../core/model';
import { readCorpus } from '../../support/paths';

const Y2024: PlanYear = { year: 2024 };
const SCHOOL: PlanYear = { year: 2024, endYear: 2025 };

type Row = [text: string, kind: string, start: string | null, end: string | null, year?: PlanYear];

const TABLE: Row[] = [
  ['6月底', 'by', null, '2024-06-30'],
  ['6月底前', 'by', null, '2024-06-30'],
  ['六月底前', 'by', null, '2024-06-30'],
  ['2024年6月底前', 'by', null, '2024-06-30'],
  ['2024年12月底前', 'by', null, '2024-12-31'],
  ['2024年11月底前', 'by', null, '2024-11-30'],
  ['2024年2月底前', 'by', null, '2024-02-29'],
  ['2025年2月底前', 'by', null, '2025-02-28'],
  ['12月底前完成', 'by', null, '2024-12-31'],
  ['年底前', 'by', null, '2024-12-31'],
  ['年底前完成', 'by', null, '2024-12-31'],
  ['年内完成', 'by', null, '2024-12-31'],
  ['2025年底前', 'by', null, '2025-12-31'],
  ['次年3月底前', 'by', null, '2025-03-31'],
  ['上半年', 'range', '2024-01-01', '2024-06-30'],
  ['下半年', 'range', '2024-07-01', '2024-12-31'],
  ['上半年前', 'by', null, '2023-12-31'],
  ['第三季度', 'range', '2024-07-01', '2024-09-30'],
  ['三季度', 'range', '2024-07-01', '2024-09-30'],
  ['第一季度', 'range', '2024-01-01', '2024-03-31'],
  ['第四季度', 'range', '2024-10-01', '2024-12-31'],
  ['二季度末', 'by', null, '2024-06-30'],
  ['二季度前', 'by', null, '2024-03-31'],
  ['第三、四季度', 'range', '2024-07-01', '2024-12-31'],
  ['2025年第一季度', 'range', '2025-01-01', '2025-03-31'],
  ['5月中下旬', 'range', '2024-05-11', '2024-05-31'],
  ['6月、9月、12月', 'range', '2024-06-01', '2024-12-31'],
  ['3—4月', 'range', '2024-03-01', '2024-04-30'],
  ['3-4月', 'range', '2024-03-01', '2024-04-30'],
  ['3月-4月', 'range', '2024-03-01', '2024-04-30'],
  ['3月至6月', 'range', '2024-03-01', '2024-06-30'],
  ['５－６月', 'range', '2024-05-01', '2024-06-30'],
  ['9月中旬', 'range', '2024-09-11', '2024-09-20'],
  ['9月上旬', 'range', '2024-09-01', '2024-09-10'],
  ['11月下旬', 'range', '2024-11-21', '2024-11-30'],
  ['10月中旬前', 'by', null, '2024-10-20'],
  ['2025年9月', 'range', '2025-09-01', '2025-09-30'],
  ['3月份', 'range', '2024-03-01', '2024-03-31'],
  ['6月前', 'by', null, '2024-05-31'],
  ['6月内', 'by', null, '2024-06-30'],
  ['2025年12月31日', 'by', null, '2025-12-31'],
  ['2024年12月31日前', 'by', null, '2024-12-31'],
  ['8月31日前', 'by', null, '2024-08-31'],
  ['6月30日前', 'by', null, '2024-06-30'],
  ['二〇二四年十月三十一日前', 'by', null, '2024-10-31'],
  ['2024-09-30', 'by', null, '2024-09-30'],
  ['2024.5.20', 'by', null, '2024-05-20'],
  ['6月1日—6月15日', 'range', '2024-06-01', '2024-06-15'],
  ['5月10日至20日', 'range', '2024-05-10', '2024-05-20'],
  ['截至10月底', 'by', null, '2024-10-31'],
  ['春季开学前', 'by', null, '2024-02-19'],
  ['秋季开学前', 'by', null, '2024-08-31'],
  ['2025年春节前', 'by', null, '2025-01-28'],
  ['春节前', 'by', null, '2024-02-09'],
  ['国庆节前', 'by', null, '2024-09-30'],
  ['汛期前', 'by', null, '2024-05-31'],
  ['暑期', 'range', '2024-07-01', '2024-08-31'],
  ['秋季', 'range', '2024-09-01', '2024-11-30'],
  ['每月28日前', 'recurring', '2024-01-01', '2024-12-31'],
  ['每月底前', 'recurring', '2024-01-01', '2024-12-31'],
  ['每月5日前报送台账', 'recurring', '2024-01-01', '2024-12-31'],
  ['每季度末', 'recurring', '2024-01-01', '2024-12-31'],
  ['每年汛前', 'recurring', '2024-01-01', '2024-12-31'],
  ['每学期末', 'recurring', '2024-01-01', '2024-12-31'],
  ['每周', 'recurring', '2024-01-01', '2024-12-31'],
  ['长期坚持', 'ongoing', '2024-01-01', null],
  ['持续推进', 'ongoing', '2024-01-01', null],
  ['全年', 'ongoing', '2024-01-01', '2024-12-31'],
  ['常态化推进', 'ongoing', '2024-01-01', null],
  ['6月底前完成方案，年底前完成验收', 'by', null, '2024-12-31'],
  ['汛期前及暑期', 'range', '2024-07-01', '2024-08-31'],
  ['按上级要求', 'unknown', null, null],
  ['另行通知', 'unknown', null, null],
  ['10个工作日内', 'unknown', null, null],
  // A school year: September to December in its first year, January to August in its second.
  ['12月底前', 'by', null, '2024-12-31', SCHOOL],
  ['3月底前', 'by', null, '2025-03-31', SCHOOL],
  ['下学期', 'range', '2024-09-01', '2025-01-20', SCHOOL],
];

describe('deadlines: phrases as plans write them, read as date ranges', () => {
  it('the table has at least 60 phrases', () => assert.ok(TABLE.length >= 60, String(TABLE.length)));
  for (const [text, kind, start, end, year] of TABLE) {
    it(`${text} → ${kind} ${start ?? '…'}–${end ?? '…'}${year?.endYear ? ' (school year)' : ''}`, () => {
      const due = readDeadline(text, year ?? Y2024);
      assert.deepEqual({ kind: due.kind, start: due.start, end: due.end }, { kind, start, end });
      assert.equal(due.text, text);
    });
  }

  it('a combination is two milestones, each with its own text', () => {
    const due = readDeadline('6月底前完成方案，年底前完成验收', Y2024);
    assert.deepEqual(due.milestones.map(m => [m.text, m.kind, m.end]), [['6月底前完成方案', 'by', '2024-06-30'], ['年底前完成验收', 'by', '2024-12-31']]);
  });

  it('a list of months is a milestone each', () => {
    assert.deepEqual(readDeadline('6月、9月、12月', Y2024).milestones.map(m => [m.text, m.start, m.end]), [['6月', '2024-06-01', '2024-06-30'], ['9月', '2024-09-01', '2024-09-30'], ['12月', '2024-12-01', '2024-12-31']]);
  });

  it('recurring deadlines say how often', () => {
    assert.equal(readDeadline('每月28日前', Y2024).every, 'month');
    assert.equal(readDeadline('每季度末', Y2024).every, 'quarter');
    assert.equal(readDeadline('每学期初', Y2024).every, 'term');
  });

  it('without a plan year a relative deadline is unknown for want of a year; an absolute one still reads', () => {
    assert.deepEqual([readDeadline('6月底前').kind, readDeadline('6月底前').problem], ['unknown', 'no-year']);
    assert.equal(readDeadline('2025年12月31日').end, '2025-12-31');
    assert.equal(readDeadline('随时').problem, 'unreadable');
  });

  it('an impossible date is not read as one', () => {
    assert.equal(readDeadline('2月30日前', Y2024).kind, 'unknown');
    assert.equal(readDeadline('13月底前', Y2024).kind, 'unknown');
  });

  it('the plan year: 年度 first, then the title, then 日期', () => {
    assert.deepEqual(planYear(parsePlan('---\n年度: 2023\n日期: 2024-01-05\n---\n某县2024年工作要点\n一、总体\n')), { year: 2023 });
    assert.deepEqual(planYear(parsePlan('---\n日期: 2023-12-28\n---\n某县教育局2024年工作要点\n一、总体\n')), { year: 2024 });
    assert.deepEqual(planYear(parsePlan('---\n日期: 2024-02-01\n---\n某县教育局工作要点\n一、总体\n')), { year: 2024 });
    assert.deepEqual(planYear(parsePlan('某校2024-2025学年工作计划\n一、总体\n')), { year: 2024, endYear: 2025 });
    assert.equal(planYear(parsePlan('某校工作计划\n一、总体\n')), undefined);
  });

  it('the outline JSON gives each item its due beside the deadline as written', () => {
    const doc = parsePlan('某县教育局2024年工作要点\n一、总体\n1.完善制度。\n完成时限：6月底前完成方案，年底前完成验收\n2.加强宣传（责任单位：办公室；完成时限：第三季度）。\n');
    const items = outlineJson(doc).children[0].children;
    assert.equal(items[0].deadline, '6月底前完成方案，年底前完成验收');
    assert.deepEqual(items[0].due, { text: '6月底前完成方案，年底前完成验收', start: null, end: '2024-12-31', kind: 'by' });
    assert.deepEqual(items[1].due, { text: '第三季度', start: '2024-07-01', end: '2024-09-30', kind: 'range' });
  });

  it('the 完成时限 cells of a task table are read as dates too (corpus 08, a bordered table)', () => {
    const doc = parsePlan(readCorpus('08-table-bordered-pipes.plan'));
    assert.deepEqual(itemsOf(doc).slice(0, 4).map(i => [i.deadline, i.due?.kind, i.due?.end]), [
      ['2024年6月底前', 'by', '2024-06-30'], ['2024年9月底前', 'by', '2024-09-30'], ['2024年10月底前', 'by', '2024-10-31'], ['长期坚持', 'ongoing', null],
    ]);
  });

  it('the outline JSON gives the status normalised and the 完成情况 once progress is recorded', () => {
    const doc = parsePlan('某县教育局2024年工作要点\n一、总体\n1.完善制度。\n完成时限：6月底前\n状态：进行中\n完成情况：方案已起草，\n正在征求意见。\n进展：已召开座谈会。\n2.加强宣传。\n状态：差不多\n');
    const [first, second] = outlineJson(doc).children[0].children;
    assert.deepEqual([first.status, first.progress], ['推进中', '方案已起草，\n正在征求意见。\n已召开座谈会。']);
    // An unknown value is kept as written (PLAN031 reports it).
    assert.deepEqual([second.status, second.progress, second.due], ['差不多', undefined, undefined]);
  });
});
