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

// What people type that changes structure or findings.
const PIECES = ['一、', '二、', '十一、', '(一)', '(二)', '1.', '2、', '3．', '12.', '(1)', '①', '第二篇', '目标任务:', '工作措施:',
  '责任股室(单位):', '牵头单位:', '完成时限:', '人事股', '人事股、人事股', '、', ';', '。', '(', ')', '《', '“', '〔2020〕',
  'XX年', '20XX年', '******', '□□', '建设1-所', '首页 > 新闻', '浏览次数：12', '扫一扫在手机上查看当前页面', '---', '标题:2021年工作要点',
  '年度:2021', '日期:2021年13月1日', '文号:县教发[2021]3号', '县教发(2021)3号', '县教发【2021】3号', '---\n文号:县教发（2021）3号\n---', '// planmark-disable-next-line PLAN003', '// planmark-disable', '// planmark-enable',
  '\n', '\n\n', '改', ' ', '\u3000', '状态:已完成', '完成情况:', '2021年6月底前'];

type Edit =
  | { kind: 'type'; at: number; del: number; text: string }
  | { kind: 'line'; line: number; text: string }
  | { kind: 'drop'; line: number; count: number }
  | { kind: 'copy'; line: number };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('type' as const), at: fc.nat(), del: fc.nat({ max: 6 }), text: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })) }),
  fc.record({ kind: fc.constant('line' as const), line: fc.nat(), text: fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 4 }).map(p => p.join('')) }),
  fc.record({ kind: fc.constant('drop' as const), line: fc.nat(), count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('copy' as const), line: fc.nat() }),
);

function apply(text: string, e: Edit): string {
  if (e.kind === 'type') {
    const at = e.at % (text.length + 1);
    return text.slice(0, at) + e.text + text.slice(at + e.del);
  }
  const lines = text.split('\n');
  const i = e.line % lines.length;
  if (e.kind === 'line') lines.splice(i, 0, e.text);
  else if (e.kind === 'drop') lines.splice(i, Math.min(e.count, lines.length - 1));
  else lines.splice(i, 0, lines[i]);
  return lines.join('\n');
}

/** After every edit of every storm, the incremental diagnostics equal a fresh full lint's. */
function assertStormsEqual(texts: readonly string[], numRuns: number): void {
  const storm = fc.record({ which: fc.nat({ max: texts.length - 1 }), edits: fc.array(editArb, { minLength: 1, maxLength: 25 }) });
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
    assertStormsEqual(corpusTexts, 60);
  });
});

describeSeeds('incremental lint on the raw seeds', () => {
  it('equals a fresh full lint after every edit of random edit storms on the seeds', function () {
    assertStormsEqual(SEED_NUMBERS.map(readSeed), 25);
  });
});
