// The rules on the project's plan fixtures (test/fixtures/plans/): exactly the findings each
// fixture was written to have (web residue, masked text, the title year, item 11's empty
// 责任股室, the broken number), and none where the text is fine.
import { strict as assert } from 'assert';
import { parsePlan } from '../../../core/parse';
import { lintDocument, type PlanDiagnostic } from '../../../core/lint';
import { itemsOf } from '../../../core/model';
import { readPlan, type PlanFixture } from '../../support/fixtures';
import { covered } from '../../support/lint';

function linted(name: PlanFixture): { text: string; lines: string[]; diags: PlanDiagnostic[] } {
  const text = readPlan(name);
  return { text, lines: text.split(/\r\n|\n|\r/), diags: lintDocument(parsePlan(text), { locale: 'zh-cn' }) };
}
const codes = (diags: PlanDiagnostic[], ...ids: string[]) => diags.filter(d => ids.includes(d.code));
/** `line:code` (1-based lines), in order. */
const where = (diags: PlanDiagnostic[]) => diags.map(d => `${d.range.start.line + 1}:${d.code}`);

describe('rules on the plan fixtures', () => {
  it('county-bureau.plan: web residue, the title year, masked text and the empty 责任股室, nothing else', () => {
    assert.deepEqual(where(linted('county-bureau').diags), [
      '1:PLAN018', '3:PLAN022', '5:PLAN018', '7:PLAN018', '9:PLAN019', '13:PLAN019', '13:PLAN019', '43:PLAN019',
      '111:PLAN009', '113:PLAN018', '115:PLAN018',
    ]);
  });

  it('county-bureau.plan: item 11 with an empty 责任股室(单位) is flagged', () => {
    const s = linted('county-bureau');
    const [empty] = codes(s.diags, 'PLAN009');
    assert.match(s.lines[empty.range.start.line], /^责任股室\(单位\)[::]\s*$/);
    const last = itemsOf(parsePlan(s.text)).at(-1)!;
    assert.equal(last.number, 11);
    assert.ok(empty.range.start.line > last.range.start.line, 'after the last item heading');
    assert.equal(empty.message, '“责任股室(单位)”内容为空');
  });

  it('county-bureau.plan: masked text is flagged where it occurs', () => {
    const s = linted('county-bureau');
    const masked = codes(s.diags, 'PLAN019');
    for (const d of masked) assert.match(covered(s.text, d), /^\*{3,}$/);
    const item1 = s.lines.findIndex(l => /^1\.认真学习领会/.test(l));
    assert.equal(masked.filter(d => d.range.start.line === item1).length, 2, 'the two *** of item 1’s title');
  });

  it('county-bureau.plan: the title year (2024) disagrees with the text (2023)', () => {
    const s = linted('county-bureau');
    const [mismatch] = codes(s.diags, 'PLAN022');
    assert.equal(s.lines[mismatch.range.start.line], '青河县教育局2024年工作要点');
    assert.equal(mismatch.message, '标题中的年份“2024年”与正文中的“2023年”（第 9 行）不一致');
  });

  it('county-bureau.plan: the noise lines are the page’s, and every unit is known', () => {
    const s = linted('county-bureau');
    const noise = codes(s.diags, 'PLAN018').map(d => s.lines[d.range.start.line]);
    assert.ok(noise[0].startsWith('当前位置'));
    assert.ok(noise.some(l => l.startsWith('推荐访问')));
    assert.deepEqual(codes(s.diags, 'PLAN008', 'PLAN012', 'PLAN013', 'PLAN014', 'PLAN015'), []);
  });

  it('one-line-items.plan: the page header and the broken number 建设1-所', () => {
    const s = linted('one-line-items');
    assert.deepEqual(where(s.diags), ['1:PLAN018', '3:PLAN018', '7:PLAN018', '29:PLAN017']);
    const [broken] = codes(s.diags, 'PLAN017');
    assert.match(s.lines[broken.range.start.line].slice(broken.range.start.character), /^1-所/);
  });

  it('two-parts.plan: `1、` in part one and `1.` in part two are not mixed separators; only the breadcrumb', () => {
    const s = linted('two-parts');
    assert.ok(s.lines.some(l => /^1、/.test(l)) && s.lines.some(l => /^1\./.test(l)));
    assert.deepEqual(where(s.diags), ['1:PLAN018']);
  });

  it('subsections.plan has no findings', () => {
    assert.deepEqual(where(linted('subsections').diags), []);
  });
});
