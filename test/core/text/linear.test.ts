// No quadratic regular expression: a long line of one character (white space, a marker,
// a bracket, a numeral …) lints, and imports, in time proportional to its length. The
// test compares the time per byte of a 10 KB and a 100 KB line in one run: linear code
// keeps the ratio near 1, quadratic code makes it near 10. No absolute time is asserted.
import { strict as assert } from 'assert';
import { lintDocument } from '../../../core/lint';
import { parsePlan } from '../../../core/parse';
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
 * The time per byte of a LARGE line over that of a SMALL one. A ratio over the limit is
 * measured again with more runs before it counts: a pause of the machine (GC, another
 * process) slows one run, not the best of several.
 */
function perByteRatio(work: (n: number) => () => void): number {
  const small = work(SMALL);
  const large = work(LARGE);
  small(); // warm up: compiled regular expressions, the grammar
  let ratio = Infinity;
  for (const runs of [1, 3, 5]) {
    ratio = Math.min(ratio, (best(runs + 1, large) / LARGE) / Math.max(best(runs + 2, small) / SMALL, 1e-9));
    if (ratio <= MAX_RATIO) break;
  }
  return ratio;
}

describe('text rules and import run in linear time on long lines', function () {
  this.timeout(120_000);

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
