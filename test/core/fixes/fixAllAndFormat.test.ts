// Fix-all and the formatter over the corpus, the seeds (raw and imported) and generated
// plans: fix-all leaves no fixable finding and keeps the outline (numbers and titles aside);
// the formatter is idempotent and keeps the outline, numbers and titles included.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { preferredEdits } from '../../../core/features/fixAll';
import { formatEdits } from '../../../core/features/format';
import { outlineSkeleton, sameOutline } from '../../../core/features/outlineCompare';
import { importPlan } from '../../../core/import';
import { PlanParser, parsePlan } from '../../../core/parse';
import { createPlanService } from '../../../core/service';
import { applyEdits } from '../../../core/text/edits';
import { DEFAULT_CONFIG } from '../../../core/config/resolve';
import { REPO_ROOT } from '../../support/paths';
import { describeSeeds, readSeed, seedFile, SEED_NUMBERS } from '../../support/seeds';
import { doc } from '../../support/lint';

const service = createPlanService();
const CORPUS = path.join(REPO_ROOT, 'test', 'corpus');

/** The corpus plans as the corpus test reads them (imported when their expectation says so). */
async function corpusPlans(): Promise<[string, string][]> {
  const out: [string, string][] = [];
  for (const name of fs.readdirSync(CORPUS).filter(f => f.endsWith('.plan')).sort()) {
    const text = fs.readFileSync(path.join(CORPUS, name), 'utf8');
    const expected = JSON.parse(fs.readFileSync(path.join(CORPUS, name.replace(/\.plan$/, '.expected.json')), 'utf8')) as { via: string };
    out.push([name, expected.via === 'import' ? (await importPlan({ text, fileName: name.replace(/\.plan$/, /23-/.test(name) ? '.html' : '.txt') })).text : text]);
  }
  return out;
}

function format(text: string): string {
  return applyEdits(text, service.format(new PlanParser().parse(text)));
}

/** Fix-all's promises on one text: something fixable is fixed, nothing fixable is left, the outline stays. */
function checkFixAll(name: string, text: string): number {
  const result = service.fixAll(text, 'en');
  assert.ok(result.outlineKept, `${name}: fix-all would change the outline`);
  const after = parsePlan(result.text);
  const left = preferredEdits(after, service.lint(after, 'en'), { locale: 'en', config: service.config, units: service.units });
  assert.deepEqual(left.fixes.map(f => f.code), [], `${name}: fixable findings left`);
  assert.ok(sameOutline(parsePlan(text), after, { numbers: false }), `${name}: outline changed`);
  return result.applied.length;
}

/** The formatter's promises on one text. */
function checkFormat(name: string, text: string): void {
  const once = format(text);
  assert.equal(format(once), once, `${name}: formatting twice changes the text`);
  assert.equal(outlineSkeleton(parsePlan(once), { numbers: true }), outlineSkeleton(parsePlan(text), { numbers: true }), `${name}: outline changed`);
  // The formatter never had to refuse: its own edits keep the outline.
  const edits = formatEdits(parsePlan(text), DEFAULT_CONFIG.format);
  assert.equal(applyEdits(text, edits), once, `${name}: the formatter's edits would change the outline`);
}

describe('fix-all and format', () => {
  it('fix-all over the corpus leaves no fixable finding and keeps the outline', async () => {
    let applied = 0;
    for (const [name, text] of await corpusPlans()) applied += checkFixAll(name, text);
    assert.ok(applied >= 20, `the corpus has fixable findings (${applied} fixed)`);
  });
  it('the formatter over the corpus is idempotent and keeps the outline', async () => {
    let changed = 0;
    for (const [name, text] of await corpusPlans()) { checkFormat(name, text); if (format(text) !== text) changed++; }
    assert.ok(changed >= 5, `the formatter changes some corpus plans (${changed})`);
  });
  describeSeeds('the seeds', () => {
    for (const n of SEED_NUMBERS) {
      it(`seed ${n}: raw and imported, fix-all and format keep their promises`, async () => {
        const raw = readSeed(n);
        const imported = (await importPlan({ text: raw, fileName: seedFile(n) })).text;
        checkFixAll(`raw seed ${n}`, raw);
        checkFixAll(`imported seed ${n}`, imported);
        checkFormat(`raw seed ${n}`, raw);
        checkFormat(`imported seed ${n}`, imported);
      });
    }
  });

  it('fix-all renumbers after an inserted section and a deleted item, and unifies separators', () => {
    const text = doc('某县2021年工作要点', '一、甲', '1.a', '2、b', '二、新', '3.n', '二、乙', '5.c', '三、丙', '6.d');
    assert.equal(service.fixAll(text, 'en').text, doc('某县2021年工作要点', '一、甲', '1.a', '2.b', '二、新', '3.n', '三、乙', '4.c', '四、丙', '5.d'));
  });

  it('formats punctuation, separators, labels, spaces, blank lines and indentation, and never the front matter or the 文号', () => {
    const text = doc('---', '标题: 某县 (2021) 工作要点,草稿', '---', '', '', '县教[2021]12号', '某县教育局2021年工作要点  ', '　　一、加强管理,提升质量', '1.推进改革(试点),落实任务', '目标任务 :完成,落实。', '', '', '责 任 股 室(单位)：人事股、基教股', '2、做好工作:一是,二是', '', '');
    assert.equal(format(text), doc('---', '标题: 某县 (2021) 工作要点,草稿', '---', '', '县教[2021]12号', '某县教育局2021年工作要点', '一、加强管理，提升质量', '1.推进改革（试点），落实任务', '目标任务：完成，落实。', '', '责任股室（单位）：人事股、基教股', '2.做好工作：一是，二是'));
  });

  it('formats a range of lines only', () => {
    const text = doc('一、甲,乙', '1.a,好', '2.b,好');
    const edits = service.format(parsePlan(text), { start: 1, end: 1 });
    assert.equal(applyEdits(text, edits), doc('一、甲,乙', '1.a，好', '2.b,好'));
  });

  it('is idempotent and keeps the outline on generated messy plans (fast-check)', () => {
    const words = fc.constantFrom('推进', '改革', '教育', '质量', 'Excel', '3.5%', '2021年', '1,000人', '12:30', 'http://a.cn/x?a=1', '县教[2021]3号', '（试点）', '(试点)', 'XX年');
    const marks = fc.constantFrom(',', ';', ':', '?', '!', '(', ')', ' ', '  ', '，', '。', '、', '');
    const phrase = fc.array(fc.tuple(words, marks), { minLength: 1, maxLength: 6 }).map(a => a.map(([w, m]) => w + m).join(''));
    const indent = fc.constantFrom('', '  ', '\u3000\u3000', '\t');
    const sep = fc.constantFrom('.', '、', '．');
    const label = fc.constantFrom('目标任务:', '工作措施：', '责 任 股 室(单位):', '责任单位 ：', '完成时限:');
    const blanks = fc.constantFrom('', '\n', '\n\n\n');
    const item = fc.record({ indent, sep, title: phrase, blocks: fc.array(fc.tuple(indent, label, phrase, blanks), { maxLength: 3 }), trail: fc.constantFrom('', ' ', '\u3000') });
    const plan = fc.record({ title: phrase, sections: fc.array(fc.record({ indent, title: phrase, items: fc.array(item, { minLength: 1, maxLength: 3 }), blank: blanks }), { minLength: 1, maxLength: 3 }) });
    fc.assert(fc.property(plan, p => {
      let n = 0;
      const lines = [p.title];
      p.sections.forEach((s, i) => {
        lines.push(`${s.indent}${['一', '二', '三'][i]}、${s.title}${s.blank}`);
        for (const it of s.items) {
          lines.push(`${it.indent}${++n}${it.sep}${it.title}${it.trail}`);
          for (const [ind, l, t, b] of it.blocks) lines.push(`${ind}${l}${t}${b}`);
        }
      });
      const text = lines.join('\n') + '\n';
      const once = format(text);
      assert.equal(format(once), once);
      assert.equal(outlineSkeleton(parsePlan(once), { numbers: true }), outlineSkeleton(parsePlan(text), { numbers: true }));
    }), { numRuns: 200 });
  });
});
