// PLAN021-document-number-brackets: one rule's findings, messages (both languages), ranges and data.
import { strict as assert } from 'assert';
import { covered, doc, findings, lint } from '../../support/lint';

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
