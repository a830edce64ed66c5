// One reader and one writer of Chinese numerals, right from 0 to 9999, used everywhere a
// numeral is read or written (the grammar, PLAN001/PLAN002 messages, completion, import).
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { chineseToNumber, circledToNumber, digitsToNumber, numberToChinese, numberToCircled } from '../../../core/domain/numerals';
import { completions } from '../../../core/features/completion';
import { rebuildNumbering } from '../../../core/import/numbering';
import { parsePlan } from '../../../core/parse';
import { sectionsOf } from '../../../core/model';
import { featureContext } from '../../support/context';
import { findings } from '../../support/lint';

describe('domain: Chinese numerals', () => {
  it('writes the forms official documents use', () => {
    const cases: [number, string][] = [
      [0, '零'], [1, '一'], [10, '十'], [11, '十一'], [20, '二十'], [99, '九十九'], [100, '一百'], [101, '一百零一'],
      [110, '一百一十'], [999, '九百九十九'], [1000, '一千'], [1005, '一千零五'], [1010, '一千零一十'], [1100, '一千一百'],
      [2021, '二千零二十一'], [9999, '九千九百九十九'],
    ];
    for (const [n, text] of cases) {
      assert.equal(numberToChinese(n), text, String(n));
      assert.equal(chineseToNumber(text), n, text);
    }
  });

  it('writes the small numerals of sections and completion (一 … 一百一十)', () => {
    assert.deepEqual([1, 9, 10, 11, 20, 21, 99, 100, 101, 110].map(numberToChinese), ['一', '九', '十', '十一', '二十', '二十一', '九十九', '一百', '一百零一', '一百一十']);
    assert.deepEqual([1, 10, 11, 20, 25, 99].map(numberToChinese), ['一', '十', '十一', '二十', '二十五', '九十九']);
  });

  it('reads back every number it writes, 0 to 9999', () => {
    for (let n = 0; n <= 9999; n++) assert.equal(chineseToNumber(numberToChinese(n)), n);
  });

  it('reads digit-by-digit years and colloquial forms; rejects malformed ones', () => {
    assert.equal(chineseToNumber('二〇二一'), 2021);
    assert.equal(chineseToNumber('二零二五'), 2025);
    assert.equal(chineseToNumber('一百十'), 110);
    assert.equal(chineseToNumber('两百'), 200);
    for (const bad of ['', '十十', '一二十', '百十千', '三十x']) assert.ok(Number.isNaN(chineseToNumber(bad)), bad);
  });

  it('reads ASCII and full-width digits and circled numbers', () => {
    assert.equal(digitsToNumber('１２'), 12);
    assert.ok(Number.isNaN(digitsToNumber('1a')));
    assert.equal(circledToNumber('⑳'), 20);
    fc.assert(fc.property(fc.integer({ min: 1, max: 20 }), n => circledToNumber(numberToCircled(n)) === n));
  });

  it('gives the same numeral in the parser, PLAN001, completion and import above 999', () => {
    // 999 sections, then one numbered wrongly: the expected numeral is 一千 everywhere.
    const lines: string[] = [];
    for (let n = 1; n <= 999; n++) lines.push(`${numberToChinese(n)}、第${n}部分`);
    const doc = parsePlan(lines.join('\n') + '\n');
    assert.equal(sectionsOf(doc).length, 999);
    assert.equal(sectionsOf(doc)[998].value, 999);
    const next = completions(doc, { line: 999, character: 0 }, featureContext());
    assert.ok(next.some(c => c.label === '一千、'), 'completion offers 一千、');
    const skipped = findings(lines.join('\n') + '\n一千零二、多出的一节\n', 'PLAN001', { locale: 'en' });
    assert.deepEqual(skipped.map(f => f[1]), ['Section numeral 一千零二 skips a number; expected 一千']);
    // Word's list levels: 1000 sections (level 0), each with one item (level 1).
    const list = Array.from({ length: 1000 }, (_, i) => [
      { text: `第${i + 1}部分`, line: 2 * i + 1, listLevel: 0, ordered: true },
      { text: '落实工作任务，推进各项工作取得实效。', line: 2 * i + 2, listLevel: 1, ordered: true },
    ]).flat();
    const rebuilt = rebuildNumbering(list, []);
    assert.equal(rebuilt[1998].text, '一千、第1000部分');
  });
});
