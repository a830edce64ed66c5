// PLAN001-section-numbering: one rule's findings, messages (both languages), ranges and data.
import { strict as assert } from 'assert';
import { covered, doc, findings, lint } from '../../support/lint';

describe('PLAN001 section-numbering', () => {
  it('accepts 一 二 三', () => {
    assert.deepEqual(findings(doc('一、甲', '1.a', '二、乙', '2.b', '三、丙', '3.c'), 'PLAN001'), []);
  });
  it('reports a repeated numeral with the expected one', () => {
    const text = doc('一、甲', '二、乙', '三、丙', '三、丁');
    const d = lint(text, 'PLAN001');
    assert.equal(d.length, 1);
    assert.equal(d[0].code, 'PLAN001');
    assert.equal(d[0].severity, 'warning');
    assert.equal(d[0].range.start.line, 3);
    assert.equal(d[0].message, '章节序号“三”重复，应为“四”');
    assert.equal(covered(text, d[0]), '三、');
  });
  it('reports it in English too', () => {
    assert.deepEqual(findings(doc('一、甲', '二、乙', '三、丙', '三、丁'), 'PLAN001', { locale: 'en' }),
      [[4, 'Section numeral 三 is repeated; expected 四']]);
  });
  it('reports a skip once and carries on from the written numeral', () => {
    assert.deepEqual(findings(doc('一、甲', '二、乙', '四、丁', '五、戊'), 'PLAN001'), [[3, '章节序号“四”跳号，应为“三”']]);
  });
  it('reports a step back', () => {
    assert.deepEqual(findings(doc('一、甲', '三、丙', '二、乙', '四、丁'), 'PLAN001'),
      [[2, '章节序号“三”跳号，应为“二”'], [3, '章节序号“二”顺序错乱，应为“四”']]);
  });
  it('takes a repeat followed by a skip as one slip (二 二 四)', () => {
    assert.deepEqual(findings(doc('一、甲', '二、乙', '二、丙', '四、丁'), 'PLAN001'), [[3, '章节序号“二”重复，应为“三”']]);
  });
  it('restarts the numerals in every part', () => {
    assert.deepEqual(findings(doc('第一篇', '一、甲', '二、乙', '第二篇', '一、丙', '二、丁'), 'PLAN001'), []);
    assert.deepEqual(findings(doc('第一篇', '一、甲', '第二篇', '二、丙'), 'PLAN001'), [[4, '章节序号“二”跳号，应为“一”']]);
  });
});
