// Linear cost on any input. A long line of one character (white space, a marker, a bracket,
// a numeral …) lints, and imports, in time proportional to its length; and every generated
// hostile family (issue 10) parses and lints with the same time per byte at 100 KB and at
// 10 MB. Each test compares times per byte measured in one run: linear code keeps the ratio
// near 1, quadratic code makes it near the size ratio (10 or 100). No absolute time is
// asserted, and no deadline: the suite's only guard against a hang is the runner's
// inactivity guard (README, Testing).
import { strict as assert } from 'assert';
import { lintDocument, MAX_FINDINGS_PER_RULE } from '../../../core/lint';
import { parsePlan, PlanParser } from '../../../core/parse';
import { cleanNoise } from '../../../core/import/clean';
import { splitOneLineDocuments } from '../../../core/import/split';
import { joinHardWraps } from '../../../core/import/wraps';

/** The characters runs of which real copies hold, and those the patterns are built from. */
const CHARACTERS = [' ', '\u3000', '-', '*', '_', 'x', '1', '.', '>', '|', '<', '&', '•', '：', '一', '【'];
const SMALL = 10_000;
const LARGE = 100_000;
/** Quadratic behaviour shows as a ratio near LARGE / SMALL = 10. */
const MAX_RATIO = 3.5;

/** Lines built from one character: a run before a word, and a run ending an item line. */
function lines(ch: string, n: number): string[] {
  const run = ch.repeat(n);
  return [run + '甲', '1.条目' + run];
}

/** The sizes the families are measured at: 100× the bytes, so quadratic code shows as a ratio near 100. */
const FAMILY_SMALL = 100_000;
const FAMILY_LARGE = 10_000_000;

/** The best of a few runs, in milliseconds (the best run is the least disturbed by the machine). */
function best(runs: number, fn: () => void): number {
  let min = Infinity;
  for (let r = 0; r < runs; r++) {
    const start = process.hrtime.bigint();
    fn();
    min = Math.min(min, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return min;
}

/**
 * The time per byte of a large input over that of a small one, as the minimum over a few
 * runs. A ratio over the limit is measured again with more runs before it counts: a pause of
 * the machine (GC, another process) slows one run, not the best of several. The first
 * measure runs the large input once (at 10 MB that is the file's main cost), the next
 * ones two and four times.
 */
function perByteRatio(work: (n: number) => () => void, smallSize = SMALL, largeSize = LARGE): number {
  const small = work(smallSize);
  small(); // warm up: compiled regular expressions, the grammar
  const large = work(largeSize);
  let ratio = Infinity;
  for (const runs of [1, 2, 4]) {
    ratio = Math.min(ratio, (best(runs, large) / largeSize) / Math.max(best(runs + 2, small) / smallSize, 1e-9));
    if (ratio <= MAX_RATIO) break;
  }
  return ratio;
}

describe('text rules and import run in linear time on long lines', () => {
  it('lint: the time per byte of a 100 KB line is close to that of a 10 KB line, for every character', () => {
    const slow: string[] = [];
    for (const ch of CHARACTERS) {
      const ratio = perByteRatio(n => {
        const text = ['一、甲', ...lines(ch, n)].join('\n');
        return () => lintDocument(parsePlan(text), { locale: 'en' });
      });
      if (ratio > MAX_RATIO) slow.push(`${JSON.stringify(ch)}: ${ratio.toFixed(1)}×`);
    }
    assert.deepEqual(slow, []);
  });

  it('import: wraps, one-line splitting and cleaning stay linear too', () => {
    const slow: string[] = [];
    for (const ch of CHARACTERS) {
      const ratio = perByteRatio(n => {
        const work = ['一、甲', ...lines(ch, n)].map((text, i) => ({ text, line: i + 1 }));
        return () => cleanNoise(splitOneLineDocuments(joinHardWraps(work, []), []), {}, []);
      });
      if (ratio > MAX_RATIO) slow.push(`${JSON.stringify(ch)}: ${ratio.toFixed(1)}×`);
    }
    assert.deepEqual(slow, []);
  });
});

/**
 * Generated hostile documents of about `n` characters, one per family the issue names:
 * whole lines of one thing, a directive with a huge id list, many distinct lines, an
 * unclosed front matter. Generators, not files: the repository keeps no big input.
 */
const FAMILIES: Record<string, (n: number) => string> = {
  'a line of spaces': n => ' '.repeat(n),
  'a long indent before an item': n => ' '.repeat(n) + '1.甲',
  'a line of dashes': n => '-'.repeat(n),
  'a directive with a long id list': n => '// planmark-disable' + ' PLAN016'.repeat(Math.ceil(n / 8)),
  'a directive with a long text': n => '// planmark-disable PLAN016 ' + 'x'.repeat(n),
  'a line of placeholders': n => 'XX年'.repeat(Math.ceil(n / 3)),
  'a 1-2-3- line': n => '1-2-3-'.repeat(Math.ceil(n / 6)),
  'a line of opening brackets': n => '《'.repeat(n),
  'distinct short lines': n => Array.from({ length: Math.ceil(n / 10) }, (_, i) => `${i % 97}.条目${i.toString(36)}`).join('\n'),
  'repeated short lines': n => '1.条目甲乙丙\n'.repeat(Math.ceil(n / 9)),
  'an unclosed front matter': n => '---\n' + '标题: 甲\n'.repeat(Math.ceil(n / 6)),
  'many disable directives and findings': n => '// planmark-disable-next-line PLAN019\n***\n'.repeat(Math.ceil(n / 40)),
};

/** The import steps on `text`, one work line per line. */
function importWork(text: string): () => void {
  const work = text.split('\n').map((line, i) => ({ text: line, line: i + 1 }));
  return () => cleanNoise(splitOneLineDocuments(joinHardWraps(work, []), []), {}, []);
}

describe('parse and lint cost per byte stays flat from 100 KB to 10 MB, for every generated family', () => {
  for (const [family, generate] of Object.entries(FAMILIES)) {
    it(family, () => {
      const ratio = perByteRatio(n => {
        const text = generate(n);
        // A new parser each run: the cold cost, not the line cache's.
        return () => lintDocument(new PlanParser().parse(text), { locale: 'en' });
      }, FAMILY_SMALL, FAMILY_LARGE);
      assert.ok(ratio <= MAX_RATIO, `time per byte at 10 MB is ${ratio.toFixed(1)}× that at 100 KB`);
    });
  }
});

describe('import cost per byte stays flat from 100 KB to 10 MB, for every generated family', () => {
  for (const [family, generate] of Object.entries(FAMILIES)) {
    it(family, () => {
      const ratio = perByteRatio(n => importWork(generate(n)), FAMILY_SMALL, FAMILY_LARGE);
      assert.ok(ratio <= MAX_RATIO, `time per byte at 10 MB is ${ratio.toFixed(1)}× that at 100 KB`);
    });
  }
});

describe('the per-byte measure', () => {
  it('sees a quadratic cost (so the tests above can fail): a ratio far over the limit', () => {
    let sink = 0;
    // 20× the input, so an exactly quadratic cost measures 20×: on a busy machine (a second
    // suite beside this one) 1,000 to 10,000 once measured 6.7×, not the 10× expected.
    const ratio = perByteRatio(n => () => {
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) sink += (i ^ j) & 1;
    }, 1000, 20_000);
    assert.ok(sink > 0);
    if (process.env.PLANMARK_DEBUG) console.log(`quadratic control: ${ratio.toFixed(1)}×`);
    assert.ok(ratio > MAX_RATIO * 2, `a quadratic loop measured ${ratio.toFixed(1)}×`);
  });
});

describe('findings are capped per rule and document', () => {
  it('a 200 KB line of unmatched brackets gives 1000 PLAN020 findings and one that counts the rest', () => {
    const found = lintDocument(parsePlan('《'.repeat(200_000)), { locale: 'en' }).filter(d => d.code === 'PLAN020');
    assert.equal(found.length, MAX_FINDINGS_PER_RULE + 1);
    const note = found.find(d => /not shown/.test(d.message));
    assert.ok(note, 'a closing finding says how many are not shown');
    assert.match(note!.message, new RegExp(`^${200_000 - MAX_FINDINGS_PER_RULE} more PLAN020 findings in this document are not shown \\(at most ${MAX_FINDINGS_PER_RULE} per rule\\)\\.$`));
    assert.equal(note!.range.start.character, MAX_FINDINGS_PER_RULE, 'it sits where the first finding not shown would be');
    const zh = lintDocument(parsePlan('《'.repeat(2000)), { locale: 'zh-cn' }).find(d => d.code === 'PLAN020' && d.severity === 'information');
    assert.match(zh!.message, /^本文档另有 1000 处 PLAN020 问题未列出/);
  });
});
