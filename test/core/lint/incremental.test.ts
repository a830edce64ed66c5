// The incremental lint (core/lint/cache.ts) equals a fresh full lint after every edit of
// random edit storms: characters and whole lines typed and deleted anywhere, section and
// item headings, numbering, directives, front matter, web residue and placeholders
// included. One parser and one lint cache follow each document through its storm, as the
// language server keeps them; the reference is a new parser and a lint with no cache.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { PlanParser } from '../../../core/parse';
import { lintDocument } from '../../../core/lint';
import { LintCache } from '../../../core/lint/cache';
import { ALL_RULES } from '../../../core/rules';
import { CORPUS, corpusFiles } from '../../support/corpus';
import { describeSeeds, readSeed, SEED_NUMBERS } from '../../support/seeds';
import { applyEdit as apply, stormEditArb } from '../../support/editStorms';

/** After every edit of every storm, the incremental diagnostics equal a fresh full lint's. */
function assertStormsEqual(texts: readonly string[], numRuns: number): void {
  const storm = fc.record({ which: fc.nat({ max: texts.length - 1 }), edits: fc.array(stormEditArb, { minLength: 1, maxLength: 25 }) });
  fc.assert(fc.property(storm, ({ which, edits }) => {
    const parser = new PlanParser();
    const cache = new LintCache();
    let text = texts[which];
    const check = (step: number) => {
      const incremental = lintDocument(parser.parse(text), { locale: 'zh-cn', cache });
      const full = lintDocument(new PlanParser().parse(text), { locale: 'zh-cn' });
      assert.deepStrictEqual(incremental, full, `after edit ${step}`);
    };
    check(0);
    edits.forEach((e, k) => { text = apply(text, e); check(k + 1); });
  }), { numRuns });
}

const corpusTexts = corpusFiles().map(f => fs.readFileSync(path.join(CORPUS, f), 'utf8'));

describe('incremental lint', () => {
  it('line rules are the text rules whose findings depend on one line', () => {
    // PLAN016–PLAN019 read a line's text (and web residue) only; PLAN020 too, except on the
    // lines of a 文号 PLAN021 reports, which it names as exceptions (scanned on every lint).
    assert.deepStrictEqual(ALL_RULES.filter(r => r.scanLine).map(r => r.id), ['PLAN016', 'PLAN017', 'PLAN018', 'PLAN019', 'PLAN020']);
    assert.deepStrictEqual(ALL_RULES.filter(r => r.lineExceptions).map(r => r.id), ['PLAN020']);
  });

  it('reuses the findings of unchanged lines and scans the edited one again', () => {
    const text = corpusTexts.find(t => /首页|浏览次数|扫一扫/.test(t)) ?? corpusTexts[0];
    const parser = new PlanParser();
    const cache = new LintCache();
    const before = lintDocument(parser.parse(text), { locale: 'en', cache });
    const lines = text.split('\n');
    const last = lines.length - 1;
    lines[last] += ' XX年';
    const after = lintDocument(parser.parse(lines.join('\n')), { locale: 'en', cache });
    assert.equal(cache.lints, 2);
    assert.ok(after.some(d => d.code === 'PLAN016' && d.range.start.line === last), 'the placeholder typed is found');
    assert.deepStrictEqual(after.filter(d => d.range.start.line !== last && d.code >= 'PLAN016' && d.code <= 'PLAN019'),
      before.filter(d => d.range.start.line !== last && d.code >= 'PLAN016' && d.code <= 'PLAN019'));
  });

  it('equals a fresh full lint after every edit of random edit storms on the corpus plans', function () {
    this.timeout(600_000);
    assertStormsEqual(corpusTexts, 60);
  });
});

describeSeeds('incremental lint on the raw seeds', () => {
  it('equals a fresh full lint after every edit of random edit storms on the seeds', function () {
    this.timeout(600_000);
    assertStormsEqual(SEED_NUMBERS.map(readSeed), 25);
  });
});
