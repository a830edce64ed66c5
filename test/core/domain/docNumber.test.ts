// One 文号 finder, parser and normaliser for every bracket form: PLAN021 (and its fix),
// hover and import give the same answer for each.
import { strict as assert } from 'assert';
import { findDocNumbers, parseDocNumber, standardDocNumber } from '../../../core/domain/docNumber';
import { hover } from '../../../core/features/hover';
import { quickFixes } from '../../../core/features/quickFixes';
import { importPlan } from '../../../core/import';
import { parsePlan } from '../../../core/parse';
import { featureContext } from '../../support/context';
import { lint } from '../../support/lint';

const planWith = (written: string) => `---\n文号:${written}\n---\n某县教育局2021年工作要点\n${written}\n一、总体\n`;

/** The line of `finding` with its quick fix applied. */
function applyFix(text: string, finding: ReturnType<typeof lint>[number]): string {
  const [fix] = quickFixes(parsePlan(text), [finding], featureContext());
  const [edit] = fix.edits;
  const line = text.split('\n')[edit.range.start.line];
  return line.slice(0, edit.range.start.character) + edit.newText + line.slice(edit.range.end.character);
}

const FORMS: [string, string][] = [
  ['〔', '〕'], ['[', ']'], ['［', '］'], ['(', ')'], ['（', '）'], ['【', '】'], ['﹝', '﹞'], ['〖', '〗'],
];

describe('domain: 文号', () => {
  for (const [open, close] of FORMS) {
    const written = `县教${open}2021${close}12号`;
    it(`reads ${written} the same in the rule, its fix, hover and import`, async () => {
      const n = parseDocNumber(written)!;
      assert.deepEqual([n.issuer, n.year, n.serial], ['县教', 2021, 12]);
      assert.equal(standardDocNumber(n), '县教〔2021〕12号');
      assert.equal(findDocNumbers(`根据${written}文件`).length, 1);

      const text = planWith(written);
      const findings = lint(text, 'PLAN021');
      assert.equal(findings.length, open === '〔' ? 0 : 2, 'none for 〔〕; else the front matter and the 文号 line');
      // Every finding's fix gives the standard form.
      for (const finding of findings) assert.match(applyFix(text, finding), /县教〔2021〕12号/);

      const doc = parsePlan(text);
      for (const pos of [{ line: 1, character: 5 }, { line: 4, character: 3 }]) {
        const h = hover(doc, pos, featureContext());
        assert.ok(h, `hover at ${pos.line}:${pos.character}`);
        assert.match(h.contents, /Year: 2021/);
        assert.match(h.contents, /Serial: 12/);
      }

      const imported = await importPlan({ text: `${written}\n某县教育局关于印发2021年工作要点的通知\n一、总体\n1.任务。\n` });
      assert.equal(imported.meta.find(m => m.key === '文号')?.value, written, 'import takes the line as the 文号');
    });
  }

  it('fixes the front-matter 文号 of every non-standard form to 〔〕', () => {
    for (const [open, close] of FORMS.filter(([o]) => o !== '〔')) {
      const written = `县教${open}2021${close}12号`;
      const text = planWith(written);
      assert.equal(applyFix(text, lint(text, 'PLAN021')[0]), '文号:县教〔2021〕12号', written);
    }
  });

  it('reads 文号 in its variants, with where each part is', () => {
    assert.deepEqual(parseDocNumber('厦湖教〔2020〕132号'), { issuer: '厦湖教', year: 2020, serial: 132, text: '厦湖教〔2020〕132号', start: 0, end: 13, open: '〔', close: '〕', bracketStart: 3, bracketEnd: 9 });
    assert.equal(parseDocNumber('颍教[2021]5 号')!.serial, 5);
    assert.equal(parseDocNumber('湘教发2019 12号')!.year, 2019);
    assert.equal(findDocNumbers('根据湖教〔2021〕7号文件').length, 1);
  });

  it('reads a 文号 without brackets and one with 第 before the serial', () => {
    assert.equal(parseDocNumber('湘教发2019 12号')!.year, 2019);
    assert.equal(parseDocNumber('颍教[2021]第5号')!.serial, 5);
    assert.equal(parseDocNumber('这不是文号'), undefined);
  });
});
