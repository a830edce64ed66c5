// PLAN024 duplicate-meta-key: a front-matter key given twice, an alias counting as its key.
import { strict as assert } from 'assert';
import { covered, doc, findings, lint } from '../../support/lint';

describe('PLAN024 duplicate-meta-key', () => {
  it('reports a key given twice, at the second one', () => {
    const text = doc('---', '标题: 某县教育局2024年工作要点', '日期: 2024年3月27日', '日期: 2024年3月28日', '---', '一、甲', '1.a。');
    const d = lint(text, 'PLAN024');
    assert.equal(d.length, 1);
    assert.equal(d[0].range.start.line, 3);
    assert.equal(covered(text, d[0]), '日期');
    assert.equal(d[0].severity, 'warning');
    assert.equal(d[0].message, '前置元数据键“日期”重复（第 3 行已有），只有第一个值有效');
  });

  it('counts an alias as its key: 文号 and 发文字号', () => {
    const text = doc('---', '文号: 某教〔2024〕3号', '发文字号: 某教〔2024〕5号', '---', '一、甲', '1.a。');
    assert.deepEqual(findings(text, 'PLAN024', { locale: 'en' }),
      [[3, 'Front-matter key 发文字号 is 文号 again (given as 文号 on line 2); only the first value counts']]);
  });

  it('finds a key repeated on the same line (标题:… 文号:… 文号:…)', () => {
    const text = doc('---', '标题:某县2024年工作要点 文号:某教〔2024〕3号 文号:某教〔2024〕4号', '---', '一、甲', '1.a。');
    const d = lint(text, 'PLAN024');
    assert.deepEqual(d.map(x => covered(text, x)), ['文号']);
    assert.equal(d[0].range.start.character, text.split('\n')[1].lastIndexOf('文号'));
  });

  it('counts config metaKeys by name, and leaves unknown keys to PLAN023', () => {
    const text = doc('---', '承办人: 张三', '承办人: 李四', '作者: 王五', '作者: 赵六', '---', '一、甲', '1.a。');
    assert.deepEqual(findings(text, 'PLAN024', { config: { metaKeys: ['承办人'] } }), [[3, '前置元数据键“承办人”重复（第 2 行已有），只有第一个值有效']]);
  });

  it('accepts a front matter of distinct keys, as import writes it', () => {
    const text = doc('---', '索引号: XM02104-0200-2020-00002', '发布机构: 湖里区教育局', '文号: 厦湖教〔2020〕132号', '发文机关: 湖里区教育局',
      '主送: 区属中小学', '日期: 2020年7月2日', '成文日期: 2020年7月1日', '---', '一、甲', '1.a。');
    assert.deepEqual(findings(text, 'PLAN024'), []);
  });
});
