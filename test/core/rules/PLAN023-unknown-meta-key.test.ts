// PLAN023-unknown-meta-key: one rule's findings, messages (both languages), ranges and data.
import { strict as assert } from 'assert';
import { covered, doc, findings, lint } from '../../support/lint';

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
