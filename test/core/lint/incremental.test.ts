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
import { lintDocument, type PlanDiagnostic } from '../../../core/lint';
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

  it('scans again only the lines an edit changed, also when lines above were added or removed', () => {
    const text = corpusTexts.reduce((a, b) => (b.length > a.length ? b : a));
    const parser = new PlanParser();
    const cache = new LintCache();
    // Lines scanned afresh; and every line but those is found where the last lint had it (or
    // as far from the end), without a lookup by its text.
    const lintOf = (t: string) => {
      const scansBefore = cache.lineScans;
      const lookupsBefore = cache.lineLookups;
      const found = lintDocument(parser.parse(t), { locale: 'en', cache });
      assert.deepStrictEqual(found, lintDocument(new PlanParser().parse(t), { locale: 'en' }));
      const scans = cache.lineScans - scansBefore;
      assert.equal(cache.lineLookups - lookupsBefore, scans, 'only the lines scanned afresh are looked up');
      return scans;
    };
    const lines = text.split('\n');
    const body = lines.findIndex((l, i) => i > 10 && /^[\u4E00-\u9FFF]{6}/.test(l));
    assert.ok(body > 0 && lines.length > 100, 'a long plan with a prose line below its head');
    assert.ok(lintOf(text) > 50, 'the first lint scans every line');
    lines[body] = lines[body].slice(0, 3) + '新' + lines[body].slice(3);
    assert.equal(lintOf(lines.join('\n')), 1, 'typing in a line scans that line');
    lines.splice(body, 0, '新增的一行文字');
    assert.equal(lintOf(lines.join('\n')), 1, 'a line added above the rest: only it is scanned');
    lines.splice(body, 2);
    assert.equal(lintOf(lines.join('\n')), 0, 'lines removed: nothing to scan');
    lines.splice(3, 0, '', '另一行', '');
    assert.equal(lintOf(lines.join('\n')), 1, 'blank lines and a line added: only the non-blank one is scanned');
  });

  it('node rules check again only the section an edit inside it rebuilt', () => {
    const text = corpusTexts[0];
    const parser = new PlanParser();
    const cache = new LintCache();
    const before = parser.parse(text);
    lintDocument(before, { locale: 'en', cache });
    const nodeRules = ALL_RULES.filter(r => r.byNode).length;
    assert.equal(cache.nodeChecks, nodeRules * before.children.length, 'the first lint checks every node');
    const sections = before.children.filter(c => c.kind === 'section');
    const lines = text.split('\n');
    lines[sections[0].range.end.line] += '改';
    const edited = lines.join('\n');
    const after = lintDocument(parser.parse(edited), { locale: 'en', cache });
    assert.equal(parser.sectionRebuilds, 1);
    assert.equal(cache.nodeChecks, nodeRules * (before.children.length + 1), 'the second checks the rebuilt section only');
    assert.deepStrictEqual(after, lintDocument(new PlanParser().parse(edited), { locale: 'en' }));
  });

  it('node rules check every node again when the document-wide value changes (the order the items keep)', () => {
    // Two items write 工作措施 before 目标任务, so that is the document's order and item 3 departs
    // from it; once item 2 has no 工作措施 block, the usual order holds and item 1 departs from it.
    // (Below a title and a preamble: an edit in the first lines might make a notice, and builds the whole document.)
    const text = [
      '松岭县教育局2024年工作要点', ...Array.from({ length: 12 }, (_, k) => `说明第${k + 1}段。`), '',
      '一、第一部分', '', '1.甲任务', '工作措施:做甲。', '目标任务:甲达标。', '', '2.乙任务', '工作措施:做乙。', '目标任务:乙达标。', '',
      '二、第二部分', '', '3.丙任务', '目标任务:丙达标。', '工作措施:做丙。', '', '三、第三部分', '', '4.丁任务', '目标任务:丁达标。',
    ];
    const parser = new PlanParser();
    const cache = new LintCache();
    const order = (diagnostics: PlanDiagnostic[]) => diagnostics.filter(d => d.code === 'PLAN011').map(d => d.range.start.line);
    const lineOf = (t: string) => text.indexOf(t);
    assert.deepStrictEqual(order(lintDocument(parser.parse(text.join('\n')), { locale: 'en', cache })), [lineOf('工作措施:做丙。')]);
    text[lineOf('工作措施:做乙。')] = '按工作措施:做乙。';
    const edited = text.join('\n');
    const after = lintDocument(parser.parse(edited), { locale: 'en', cache });
    assert.equal(parser.sectionRebuilds, 1, 'the edit rebuilt the first section only');
    assert.deepStrictEqual(order(after), [lineOf('目标任务:甲达标。')]);
    assert.deepStrictEqual(after, lintDocument(new PlanParser().parse(edited), { locale: 'en' }));
  });

  it('node rules are the document rules whose findings in a top-level node depend on that node and one document-wide value', () => {
    assert.deepStrictEqual(ALL_RULES.filter(r => r.byNode).map(r => r.id), ['PLAN008', 'PLAN009', 'PLAN011', 'PLAN012', 'PLAN013', 'PLAN015']);
  });

  it('equals a fresh full lint after every edit of random edit storms on the corpus plans', function () {
    assertStormsEqual(corpusTexts, 60);
  });
});

describeSeeds('incremental lint on the raw seeds', () => {
  it('equals a fresh full lint after every edit of random edit storms on the seeds', function () {
    assertStormsEqual(SEED_NUMBERS.map(readSeed), 25);
  });
});
