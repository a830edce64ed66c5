// PLAN025 malformed-date: 日期 / 成文日期 values that are not dates, 年度 values that are
// not years; Chinese-numeral dates are dates.
import { strict as assert } from 'assert';
import { covered, doc, findings, lint } from '../../support/lint';
import { readDate, readYear } from '../../../core/text/dates';

const front = (...entries: string[]) => doc('---', '标题: 某县教育局2024年工作要点', ...entries, '---', '一、甲', '1.a。');

describe('PLAN025 malformed-date', () => {
  it('reports a date without separators, a month 13 and a 30 February, at the value', () => {
    const text = front('日期: 2024327', '成文日期: 2024年13月', '发布日期: 2024年2月30日');
    const d = lint(text, 'PLAN025');
    assert.deepEqual(d.map(x => [x.range.start.line, covered(text, x)]), [[2, '2024327'], [3, '2024年13月'], [4, '2024年2月30日']]);
    assert.deepEqual(d.map(x => x.message), [
      '前置元数据“日期”的值“2024327”不是日期（应写作 2024年3月27日 或 2024-03-27）',
      '前置元数据“成文日期”的值“2024年13月”有误：没有 13 月',
      '前置元数据“发布日期”的值“2024年2月30日”有误：2024年2月没有 30 日',
    ]);
    assert.equal(d[0].severity, 'warning');
  });

  it('says so in English, for a 年度 that is not a year too', () => {
    assert.deepEqual(findings(front('年度: 2024年3月', '日期: 2023-02-29'), 'PLAN025', { locale: 'en' }), [
      [3, 'Front-matter 年度 value 2024年3月 is not a year (write 2024, 2024年 or 2024-2025学年)'],
      [4, 'Front-matter 日期 value 2023-02-29: month 2 of 2023 has no day 29'],
    ]);
  });

  it('accepts well-formed dates, Chinese-numeral dates included, and school years', () => {
    const text = front('日期: 2024年3月27日', '成文日期: 二〇二四年三月二十七日', '公文生成日期: 2024-03-27', '发文日期: 2024/3/27',
      '发布日期: 2024.03.27', '年度: 2024年度');
    assert.deepEqual(findings(text, 'PLAN025'), []);
    assert.deepEqual(findings(front('日期: 二○二四年三月', '年度: 2024-2025学年第一学期'), 'PLAN025'), []);
    assert.deepEqual(findings(front('日期: 2024年2月29日', '年度: 二〇二四年'), 'PLAN025'), []);
  });

  it('checks a date that shares a line with another key', () => {
    const text = doc('---', '标题:某县2024年工作要点 日期:2024年13月1日', '---', '一、甲', '1.a。');
    assert.deepEqual(lint(text, 'PLAN025').map(x => covered(text, x)), ['2024年13月1日']);
  });

  it('leaves other keys, empty values and placeholders alone', () => {
    assert.deepEqual(findings(front('文号: 某教〔2024〕3号', '日期:', '成文日期: 20XX年X月X日', '主送: 2024327'), 'PLAN025'), []);
  });
});

describe('readDate and readYear', () => {
  it('read the forms front matter writes', () => {
    assert.deepEqual(readDate('2024年3月27日'), { ok: true, year: 2024, month: 3, day: 27 });
    assert.deepEqual(readDate('二〇二四年十二月三十一日'), { ok: true, year: 2024, month: 12, day: 31 });
    assert.deepEqual(readDate('２０２４－０３－２７'), { ok: true, year: 2024, month: 3, day: 27 });
    assert.deepEqual(readDate('2024年3月'), { ok: true, year: 2024, month: 3 });
    assert.deepEqual(readYear('2024—2025学年'), { ok: true, year: 2024, endYear: 2025 });
  });

  it('say what is wrong', () => {
    assert.deepEqual(readDate('2024年0月1日'), { ok: false, problem: 'month', year: 2024, month: 0 });
    assert.deepEqual(readDate('1850年3月1日'), { ok: false, problem: 'year', year: 1850 });
    assert.deepEqual(readDate('三月二十七日'), { ok: false, problem: 'not-a-date' });
    assert.deepEqual(readYear('2025-2024学年'), { ok: false, problem: 'year', year: 2025 });
  });
});
