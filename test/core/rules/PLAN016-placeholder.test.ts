// PLAN016-placeholder: one rule's findings, messages (both languages), ranges and data.
import { strict as assert } from 'assert';
import { covered, doc, findings, lint } from '../../support/lint';

describe('PLAN016 placeholder', () => {
  it('reports XX年, xx区, 20xx, 202x, **县, ***万元 and X月X日', () => {
    const text = doc('教育局XX年工作总结', '一、甲', '1.在xx区推进20xx年和202x年的工作,**县投入***万元,X月X日前完成。');
    const d = lint(text, 'PLAN016');
    assert.deepEqual(d.map(x => [x.range.start.line, covered(text, x)]),
      [[0, 'XX'], [2, 'xx'], [2, '20xx'], [2, '202x'], [2, '**'], [2, '***'], [2, 'X月X日']]);
    assert.equal(d[0].message, '文中残留占位符“XX年”');
    assert.equal(d[0].code, 'PLAN016');
  });
  it('says so in English', () => {
    assert.deepEqual(findings(doc('XX年工作要点'), 'PLAN016', { locale: 'en' }), [[1, 'Placeholder XX年 was left in the text']]);
  });
  it('ignores real years, Latin words and comments', () => {
    assert.deepEqual(findings(doc('2025年工作要点', '// XX年 待定', '一、甲', '1.推进Linux系统和X光机采购,2020-2025年规划。'), 'PLAN016'), []);
  });
  it('checks front-matter values but not keys', () => {
    assert.deepEqual(findings(doc('---', '标题: XX县教育局工作要点', 'XX年: 2025', '---'), 'PLAN016'), [[2, '文中残留占位符“XX县”']]);
  });
});
