// PLAN019-masked-text: one rule's findings, messages (both languages), ranges and data.
import { strict as assert } from 'assert';
import { covered, doc, findings, lint } from '../../support/lint';

describe('PLAN019 masked-text', () => {
  it('reports runs of three or more asterisks (seed 003)', () => {
    const text = doc('一、甲', '1.深入学习宣传贯彻党的***五中***精神', '目标任务:坚持把学习宣传贯彻******新时代中国特色社会主义思想作为首要任务。');
    const d = lint(text, 'PLAN019');
    assert.deepEqual(d.map(x => [x.range.start.line, covered(text, x)]), [[1, '***'], [1, '***'], [2, '******']]);
    assert.equal(d[2].message, '文字被屏蔽“******”：原文内容缺失');
  });
  it('leaves ***万元 to the placeholder rule and ignores two asterisks', () => {
    assert.deepEqual(findings(doc('一、甲', '1.投入***万元,完成**项工作。'), 'PLAN019'), []);
  });
  it('reports blanks left as underscores', () => {
    assert.deepEqual(findings(doc('一、甲', '1.由______负责。'), 'PLAN019', { locale: 'en' }), [[2, 'Masked text ______: the original words are missing']]);
  });
});
