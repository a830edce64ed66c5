// PLAN011-block-order: one rule's findings, messages (both languages), ranges and data.
import { strict as assert } from 'assert';
import { doc, findings, lint } from '../../support/lint';
import { readCorpus } from '../../support/paths';

describe('PLAN011 block-order', () => {
  it('reports a block before one that should precede it', () => {
    const text = doc('一、甲', '1.条目', '工作措施:y。', '目标任务:x。', '责任股室:人事股。');
    const d = lint(text, 'PLAN011');
    assert.equal(d.length, 1);
    assert.equal(d[0].severity, 'information');
    assert.equal(d[0].range.start.line, 3);
    assert.equal(d[0].message, '“目标任务”应位于“工作措施”之前');
  });
  it('accepts the usual order including deadline and leader', () => {
    assert.deepEqual(findings(doc('一、甲', '1.条目', '目标任务:x。', '工作措施:y。', '牵头单位:人事股。', '配合单位:基教股。',
      '完成时限:2025年6月底前', '责任领导:张三'), 'PLAN011'), []);
  });
  it('follows the order the document keeps: 分管领导 first in every item is no finding', () => {
    const item = (n: number) => [`${n}.任务${n}`, '分管领导：副县长 李某', '牵头单位：县农业农村局', '配合单位：县财政局', '完成时限：2024年12月底前'];
    assert.deepEqual(findings(doc('一、重点任务', ...item(1), ...item(2), ...item(3)), 'PLAN011'), []);
  });
  it('reports the item that departs from the order the others keep, in either order', () => {
    const leaderFirst = (n: number) => [`${n}.任务${n}`, '分管领导：副县长 李某', '牵头单位：县农业农村局'];
    const leaderLast = (n: number) => [`${n}.任务${n}`, '牵头单位：县农业农村局', '分管领导：副县长 李某'];
    assert.deepEqual(findings(doc('一、重点任务', ...leaderFirst(1), ...leaderFirst(2), ...leaderLast(3)), 'PLAN011', { locale: 'en' }),
      [[10, 'Block 分管领导 should come before 牵头单位']]);
    assert.deepEqual(findings(doc('一、重点任务', ...leaderLast(1), ...leaderLast(2), ...leaderFirst(3)), 'PLAN011', { locale: 'en' }),
      [[10, 'Block 牵头单位 should come before 分管领导']]);
  });
  it('says nothing on the corpus plan that writes 分管领导 first throughout (29)', () => {
    assert.deepEqual(findings(readCorpus('29-agri-leader-blocks.plan'), 'PLAN011'), []);
  });
});
