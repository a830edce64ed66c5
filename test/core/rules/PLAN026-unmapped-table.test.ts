// PLAN026-unmapped-table: a table whose header names no task column is reported once, with its header.
import { strict as assert } from 'assert';
import { doc, findings, lint } from '../../support/lint';

describe('PLAN026 unmapped-table', () => {
  const indicators = ['序号 | 指标名称 | 单位 | 2024年预期目标', '1 | 地区生产总值增长 | % | 6左右', '2 | 固定资产投资增长 | % | 6'];

  it('reports a table whose header names no task column, once, at its header', () => {
    const d = lint(doc('某市发改委2024年工作要点', ...indicators, '一、扩大需求', '1.强化项目支撑。'), 'PLAN026', { locale: 'en' });
    assert.equal(d.length, 1);
    assert.equal(d[0].range.start.line, 1);
    assert.match(d[0].message, /^Table with header 序号 \| 指标名称 \| 单位 \| 2024年预期目标: no task column/);
    assert.equal(d[0].severity, 'information');
  });

  it('says it in Chinese too', () => {
    assert.match(findings(doc(...indicators), 'PLAN026')[0][1], /^表头为“序号 \| 指标名称 \| 单位 \| 2024年预期目标”的表格没有任务栏/);
  });

  it('says nothing about a task table, one cell a line or one row a line', () => {
    assert.deepEqual(findings(doc('序号 | 工作任务 | 牵头单位', '1 | 推进改革 | 县教育局'), 'PLAN026'), []);
    assert.deepEqual(findings(doc('序号|', '重点任务|', '责任单位|', '', '1|', '开展招聘|', '县人社局|'), 'PLAN026'), []);
  });

  it('says nothing about a line that merely holds a separator', () => {
    assert.deepEqual(findings(doc('一、甲', '1.开展“学习|实践”活动。'), 'PLAN026'), []);
  });
});
