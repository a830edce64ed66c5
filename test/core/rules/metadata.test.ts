import { strict as assert } from 'assert';
import { covered, doc, findings, lint } from './helpers';

describe('PLAN021 document-number-brackets', () => {
  it('reports square brackets in the front-matter 文号, with the corrected number in data', () => {
    const text = doc('---', '文号: 厦湖教[2020]132号', '---');
    const d = lint(text, 'PLAN021');
    assert.equal(d.length, 1);
    assert.equal(d[0].range.start.line, 1);
    assert.equal(covered(text, d[0]), '[2020]');
    assert.equal(d[0].message, '文号“厦湖教[2020]132号”的年份应使用六角括号〔〕（GB/T 9704）：厦湖教〔2020〕132号');
    assert.deepEqual(d[0].data, { suggestion: '厦湖教〔2020〕132号', replacement: '〔2020〕' });
  });
  it('reports (2020) and 【2020】 in a 文号 line of the preamble', () => {
    const text = doc('厦湖教(2020)132号', '湖里区教育局2020年工作要点', '备注/文号:厦湖教【2020】133号', '一、甲');
    assert.deepEqual(lint(text, 'PLAN021').map(x => [x.range.start.line, x.data?.suggestion]),
      [[0, '厦湖教〔2020〕132号'], [2, '厦湖教〔2020〕133号']]);
  });
  it('accepts 〔〕 and ignores brackets in running text', () => {
    assert.deepEqual(findings(doc('---', '文号: 厦湖教〔2020〕132号', '---', '厦湖教〔2020〕132号', '根据《通知》(教基[2020]1号)精神,制定本要点。', '一、甲'), 'PLAN021'), []);
  });
});

describe('PLAN022 title-year-mismatch', () => {
  it('reports a title year that disagrees with the preamble (seed 003)', () => {
    const text = doc('2022县委教育工委2022年工作要点', '', '2021年是全面开启建设社会主义现代化国家之年。', '一、甲', '1.a');
    const d = lint(text, 'PLAN022');
    assert.equal(d.length, 1);
    assert.equal(d[0].range.start.line, 0);
    assert.equal(covered(text, d[0]), '2022');
    assert.equal(d[0].message, '标题中的年份“2022年”与正文中的“2021年”（第 3 行）不一致');
  });
  it('compares with front-matter 年度 and 日期', () => {
    assert.deepEqual(findings(doc('---', '标题: 某县教育局2024年工作要点', '年度: 2025', '---'), 'PLAN022', { locale: 'en' }),
      [[2, 'The title says 2024年 but the front matter 年度 says 2025年']]);
    assert.deepEqual(findings(doc('---', '标题: 某县教育局2024年工作要点', '日期: 2022年3月1日', '---'), 'PLAN022'),
      [[2, '标题中的年份“2024年”与前置元数据“日期”的年份“2022年”不一致']]);
  });
  it('accepts a plan issued late in the year before, and agreeing years', () => {
    assert.deepEqual(findings(doc('---', '标题: 某县教育局2025年工作要点', '日期: 2024年12月28日', '---'), 'PLAN022'), []);
    assert.deepEqual(findings(doc('攸县教育局2017年工作要点', '2017年是全县教育事业强基固本的攻坚期。', '一、甲'), 'PLAN022'), []);
  });
  it('does not take a review of last year for the plan year', () => {
    assert.deepEqual(findings(doc('某县教育局2021年工作要点', '2020年,全县教育系统取得新成绩。2021年是“十四五”开局之年。', '一、甲'), 'PLAN022'), []);
  });
});

describe('PLAN023 unknown-meta-key', () => {
  it('reports an unknown front-matter key as a warning', () => {
    const text = doc('---', '标题: 工作要点', '作者: 张三', '---');
    const d = lint(text, 'PLAN023');
    assert.equal(d.length, 1);
    assert.equal(d[0].severity, 'warning');
    assert.equal(d[0].range.start.line, 2);
    assert.equal(covered(text, d[0]), '作者');
    assert.match(d[0].message, /^未知的前置元数据键“作者”/);
  });
  it('accepts the known keys and config metaKeys', () => {
    const text = doc('---', '标题: 工作要点', '发文机关: 某县教育局', '文号: 某教〔2025〕1号', '日期: 2025年1月1日', '年度: 2025', '主送: 各学校',
      '抄送: 县政府办', '印发: 某县教育局办公室', '密级: 无', '紧急程度: 平件', '签发人: 张三', '编号: 001', '作者: 李四', '---');
    assert.deepEqual(findings(text, 'PLAN023', { config: { metaKeys: ['作者'] } }), []);
  });
});
