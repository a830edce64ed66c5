import { strict as assert } from 'assert';
import { covered, doc, findings, lint } from './helpers';
import { parsePlan } from '../../../core/parse';
import { DEFAULT_CONFIG } from '../../../core/config/resolve';
import { numberingStyle } from '../../../core/domain/numbering';

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

describe('PLAN002 subsection-numbering', () => {
  it('accepts (一)(二) in each section', () => {
    assert.deepEqual(findings(doc('一、甲', '(一)子一', '(二)子二', '二、乙', '(一)子一'), 'PLAN002'), []);
  });
  it('reports a skipped subsection numeral', () => {
    const text = doc('一、甲', '(一)子一', '(三)子三');
    const d = lint(text, 'PLAN002');
    assert.equal(d.length, 1);
    assert.equal(d[0].range.start.line, 2);
    assert.equal(d[0].message, '小节序号“(三)”跳号，应为“(二)”');
    assert.equal(covered(text, d[0]), '(三)');
  });
  it('reports a repeated subsection numeral', () => {
    assert.deepEqual(findings(doc('一、甲', '(一)子一', '(一)子二'), 'PLAN002', { locale: 'en' }),
      [[3, 'Subsection numeral (一) is repeated; expected (二)']]);
  });
});

describe('PLAN003 item-numbering', () => {
  it('accepts continuous numbering', () => {
    assert.deepEqual(findings(doc('一、甲', '1.a', '2.b', '二、乙', '3.c', '4.d'), 'PLAN003'), []);
  });
  it('accepts per-section numbering (auto-detected)', () => {
    const text = doc('一、甲', '1.a', '2.b', '二、乙', '1.c', '2.d');
    assert.deepEqual(findings(text, 'PLAN003'), []);
    assert.equal(numberingStyle(parsePlan(text), DEFAULT_CONFIG.numbering).perSection, true);
  });
  it('reports a repeated item number with the expected one', () => {
    const text = doc('一、甲', '1.a', '2.b', '二、乙', '3.c', '3.d', '5.e');
    const d = lint(text, 'PLAN003');
    assert.equal(d.length, 1);
    assert.equal(d[0].range.start.line, 5);
    assert.equal(d[0].message, '条目序号“3”重复，应为“4”');
    assert.equal(covered(text, d[0]), '3');
  });
  it('reports a skipped number, as a warning', () => {
    const d = lint(doc('一、甲', '1.a', '2.b', '4.d'), 'PLAN003', { locale: 'en' });
    assert.deepEqual(d.map(x => [x.range.start.line, x.message, x.severity]), [[3, 'Item number 4 skips a number; expected 3', 'warning']]);
  });
  it('reports a restart in a continuous document', () => {
    assert.deepEqual(findings(doc('一、甲', '1.a', '2.b', '二、乙', '3.c', '三、丙', '1.d'), 'PLAN003'),
      [[7, '条目序号“1”顺序错乱，应为“4”']]);
  });
  it('follows config numbering: continuous', () => {
    const text = doc('一、甲', '1.a', '2.b', '二、乙', '1.c', '2.d');
    assert.deepEqual(findings(text, 'PLAN003', { config: { numbering: 'continuous' } }), [[5, '条目序号“1”顺序错乱，应为“3”']]);
  });
  it('follows config numbering: per-section', () => {
    const text = doc('一、甲', '1.a', '2.b', '二、乙', '3.c', '4.d');
    assert.deepEqual(findings(text, 'PLAN003', { config: { numbering: 'per-section' } }), [[5, '条目序号“3”跳号，应为“1”']]);
  });
  it('restarts numbering in every part', () => {
    assert.deepEqual(findings(doc('第一篇', '一、甲', '1.a', '2.b', '二、乙', '3.c', '第二篇', '一、丙', '1.d', '2.e'), 'PLAN003'), []);
  });
  it('restarts numbering under (一) subsections when the document does', () => {
    const text = doc('一、甲', '(一)子一', '1.a', '2.b', '(二)子二', '1.c', '2.d', '二、乙', '(一)子一', '1.e');
    assert.deepEqual(findings(text, 'PLAN003'), []);
    assert.deepEqual(findings(doc('一、甲', '(一)子一', '1.a', '2.b', '(二)子二', '1.c', '3.d'), 'PLAN003'), [[7, '条目序号“3”跳号，应为“2”']]);
  });
  it('accepts zero-padded numbers', () => {
    assert.deepEqual(findings(doc('一、甲', '01.a', '02.b', '03.c'), 'PLAN003'), []);
  });
});

describe('PLAN004 mixed-item-separators', () => {
  it('accepts one separator per part, even when parts differ (seed 002)', () => {
    assert.deepEqual(findings(doc('第一篇', '一、甲', '1、a', '2、b', '第二篇', '一、乙', '1.c', '2.d'), 'PLAN004'), []);
  });
  it('reports the odd separator in a part', () => {
    const text = doc('一、甲', '1.a', '2.b', '3、c', '4.d');
    const d = lint(text, 'PLAN004');
    assert.equal(d.length, 1);
    assert.equal(d[0].range.start.line, 3);
    assert.equal(d[0].message, '条目序号后的分隔符“、”与本篇其他条目所用的“.”不一致');
    assert.equal(covered(text, d[0]), '、');
    assert.deepEqual(d[0].data, { expected: '.' });
  });
  it('treats full-width and half-width dots as different', () => {
    assert.deepEqual(findings(doc('一、甲', '1.a', '2.b', '3．c'), 'PLAN004', { locale: 'en' }),
      [[4, 'Item separator "．" differs from "." used by the other items in this part']]);
  });
});
