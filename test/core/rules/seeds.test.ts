// The rules on the raw seeds (web copies in $PLANMARK_SEEDS, skipped without them): real
// findings, and no false alarms where the seeds are fine.
import { strict as assert } from 'assert';
import { parsePlan } from '../../../core/parse';
import { lintDocument, type PlanDiagnostic } from '../../../core/lint';
import { describeSeeds, readSeed } from '../../support/seeds';

const cache = new Map<number, { text: string; diags: PlanDiagnostic[] }>();
function seed(n: number): { text: string; lines: string[]; diags: PlanDiagnostic[] } {
  if (!cache.has(n)) {
    const text = readSeed(n);
    cache.set(n, { text, diags: lintDocument(parsePlan(text), { locale: 'zh-cn' }) });
  }
  const s = cache.get(n)!;
  return { ...s, lines: s.text.split(/\r\n|\n|\r/) };
}
const codes = (diags: PlanDiagnostic[], ...ids: string[]) => diags.filter(d => ids.includes(d.code));
const NUMBERING = ['PLAN001', 'PLAN002', 'PLAN003', 'PLAN004'];

describeSeeds('rules on the raw seeds', () => {
  it('seeds 000, 001 and 002 have no numbering findings', () => {
    for (const n of [0, 1, 2]) assert.deepEqual(codes(seed(n).diags, ...NUMBERING), [], `seed ${n}`);
  });

  it('seed 002: `1、` in part one and `1.` in part two are not mixed separators', () => {
    const s = seed(2);
    assert.ok(s.lines.some(l => /^1、/.test(l.trim())) && s.lines.some(l => /^1\./.test(l.trim())));
    assert.deepEqual(codes(s.diags, 'PLAN004'), []);
  });

  it('seed 003: item 26 with an empty 责任股室(单位) is flagged', () => {
    const s = seed(3);
    const empty = codes(s.diags, 'PLAN009');
    assert.equal(empty.length, 1);
    const line = empty[0].range.start.line;
    assert.match(s.lines[line], /^责任股室\(单位\)[::]\s*$/);
    // It belongs to item 26, the last item.
    const item26 = s.lines.findIndex(l => /^26[.．]/.test(l));
    assert.ok(item26 >= 0 && line > item26, `line ${line} after item 26 at ${item26}`);
    assert.equal(empty[0].message, '“责任股室(单位)”内容为空');
  });

  it('seed 003: masked text is flagged where it occurs', () => {
    const s = seed(3);
    const masked = codes(s.diags, 'PLAN019');
    assert.ok(masked.length >= 10, `only ${masked.length}`);
    for (const d of masked) {
      const text = s.lines[d.range.start.line].slice(d.range.start.character, d.range.end.character);
      assert.match(text, /^\*{3,}$/);
    }
    // Item 1's title: 深入学习宣传贯彻党的***五中***精神
    const item1 = s.lines.findIndex(l => /^1\.深入学习宣传贯彻党的/.test(l));
    assert.equal(masked.filter(d => d.range.start.line === item1).length, 2);
  });

  it('seed 003: the title year (2022) disagrees with the text (2021)', () => {
    const s = seed(3);
    const mismatch = codes(s.diags, 'PLAN022');
    assert.equal(mismatch.length, 1);
    assert.match(s.lines[mismatch[0].range.start.line], /2022县委教育工委2022年工作要点/);
    assert.match(mismatch[0].message, /2022年.*2021年/);
  });

  it('seed 003: web noise lines are flagged, and all units are known or named schools', () => {
    const s = seed(3);
    const noise = codes(s.diags, 'PLAN018').map(d => s.lines[d.range.start.line]);
    assert.ok(noise.some(l => l.startsWith('当前位置')));
    assert.ok(noise.some(l => l.startsWith('推荐访问')));
    assert.deepEqual(codes(s.diags, 'PLAN012', 'PLAN013', 'PLAN014', 'PLAN015'), []);
    assert.deepEqual(codes(s.diags, 'PLAN008'), []);
  });

  it('seed 004: the XX年 placeholders are flagged', () => {
    const s = seed(4);
    const ph = codes(s.diags, 'PLAN016');
    assert.ok(ph.length >= 5);
    assert.ok(ph.some(d => d.message.includes('XX年')));
  });

  it('seed 000: the broken number 建设1-所 is flagged', () => {
    const s = seed(0);
    const broken = codes(s.diags, 'PLAN017');
    assert.equal(broken.length, 1);
    assert.match(s.lines[broken[0].range.start.line].slice(broken[0].range.start.character), /^1-所/);
  });

  it('seed 001: the 〔〕 文号 and the title year pass', () => {
    assert.deepEqual(codes(seed(1).diags, 'PLAN021', 'PLAN022'), []);
  });
});
