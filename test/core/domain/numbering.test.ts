// One numbering module: completion's next numbers are exactly what PLAN001–PLAN003 then
// accept, whatever the document's style (continuous, per section, per subsection, parts).
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { numberToChinese } from '../../../core/domain/numerals';
import { checkSequence, itemRuns, nextNumbersAt, numberingStyle } from '../../../core/domain/numbering';
import { completions } from '../../../core/features/completion';
import { parsePlan } from '../../../core/parse';
import { featureContext } from '../../support/context';
import { lint } from '../../support/lint';

type Style = 'continuous' | 'per-section' | 'per-subsection';

interface Shape { parts: number; sections: number[][]; style: Style }

/** A plan of the given shape, numbered in the given style: sections hold subsections of n items (0: items directly). */
function planOf(shape: Shape): string {
  const out = ['某县教育局工作要点'];
  const partCount = Math.max(1, shape.parts);
  let item = 0;
  const perPart = Math.ceil(shape.sections.length / partCount);
  shape.sections.forEach((subs, s) => {
    if (shape.parts && s % perPart === 0) { out.push(`第${numberToChinese(s / perPart + 1)}篇 部分`); item = 0; }
    out.push(`${numberToChinese((s % perPart) + 1)}、第${s + 1}节`);
    if (shape.style === 'per-section') item = 0;
    subs.forEach((n, k) => {
      if (subs.length > 1) out.push(`(${numberToChinese(k + 1)})小节`);
      if (shape.style === 'per-subsection') item = 0;
      for (let i = 0; i < n; i++) out.push(`${++item}.任务${item}。`);
    });
  });
  return out.join('\n') + '\n';
}

const shapes = fc.record({
  parts: fc.constantFrom(0, 2),
  sections: fc.array(fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 4 }),
  style: fc.constantFrom<Style>('continuous', 'per-section', 'per-subsection'),
});

const numbering = (text: string) => lint(text, 'PLAN003').concat(lint(text, 'PLAN001'), lint(text, 'PLAN002'));

describe('domain: numbering', () => {
  it('checks a run: a repeat, a skip, a step back, and what comes next', () => {
    assert.deepEqual(checkSequence([1, 2, 3]), { findings: [], next: 4 });
    assert.deepEqual(checkSequence([1, 2, 2, 3]).findings, [{ index: 2, problem: 'repeated', expected: 3 }]);
    assert.deepEqual(checkSequence([1, 3, 4]), { findings: [{ index: 1, problem: 'skipped', expected: 2 }], next: 5 });
    assert.deepEqual(checkSequence([1, 2, 1, 2]).findings, [{ index: 2, problem: 'outOfOrder', expected: 3 }]);
  });

  it('detects the style and groups items in runs', () => {
    const perSection = parsePlan('一、甲\n1.a\n2.b\n二、乙\n1.c\n');
    assert.deepEqual(numberingStyle(perSection, 'auto'), { perSection: true, perSubsection: false });
    assert.deepEqual(itemRuns(perSection, numberingStyle(perSection, 'auto')).map(r => r.map(i => i.number)), [[1, 2], [1]]);
    assert.deepEqual(itemRuns(perSection, numberingStyle(perSection, 'continuous')).map(r => r.map(i => i.number)), [[1, 2, 1]]);
  });

  it('offers the next number that PLAN003 accepts after a restart in a section (the case that disagreed)', () => {
    // Sections one and two run on (1–5); section three restarts at 1 by mistake. Completion
    // used to offer 1. for section four, where PLAN003 expects the run to go on.
    const text = '一、甲\n1.a\n2.b\n3.c\n二、乙\n4.d\n5.e\n三、丙\n1.f\n四、丁\n';
    const doc = parsePlan(text);
    const next = nextNumbersAt(doc, 10, numberingStyle(doc, 'auto')).item;
    const offered = completions(doc, { line: 10, character: 0 }, featureContext()).find(c => c.kind === 'number' && /^\d/.test(c.label))!;
    assert.equal(offered.label, `${next}.`);
    const before = lint(text, 'PLAN003').length;
    assert.equal(lint(text + `${next}.新任务\n`, 'PLAN003').length, before, 'the offered number adds no finding');
  });

  it('offers, at the end of every section and subsection, numbers PLAN001–PLAN003 then accept', () => {
    fc.assert(fc.property(shapes, shape => {
      const text = planOf(shape);
      assert.deepEqual(numbering(text), [], text);
      const doc = parsePlan(text);
      const lines = text.split('\n');
      // After each heading's last item (an item line followed by a heading or the end): a new item there must fit.
      const runEnds = lines.map((_, line) => line).filter(line => line > 0 && /^\d/.test(lines[line - 1])
        && (/^(第|[一二三四五六七八九十]+、|\()/.test(lines[line]) || line === lines.length - 1));
      assert.ok(runEnds.length >= shape.sections.length, 'every section ends a run of items');
      for (const line of runEnds) {
        const items = completions(doc, { line, character: 0 }, featureContext());
        const item = items.find(c => c.kind === 'number' && /^\d+\.$/.test(c.label))!.label;
        const withItem = [...lines.slice(0, line), `${item}新增任务。`, ...lines.slice(line)].join('\n');
        // Later items of a continuous run now need renumbering; the new one itself must fit.
        const atNew = numbering(withItem).filter(d => d.range.start.line === line);
        assert.deepEqual(atNew.map(d => d.message), [], `${item} offered at line ${line + 1}:\n${withItem}`);
      }
      // At the end: a new section numeral must fit.
      const end = lines.length - 1;
      const section = completions(doc, { line: end, character: 0 }, featureContext()).find(c => /、$/.test(c.label))!.label;
      assert.deepEqual(numbering(text + `${section}新的一节\n`), [], `${section} at the end`);
    }), { numRuns: 60 });
  });
});
