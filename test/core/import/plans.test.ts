// Import of the plan fixtures written as web copies (test/fixtures/plans/): the page chrome is
// removed and reported line by line, the plan itself comes through whole, and what the
// linter should still report (masked text, the title year, the empty 责任股室) stays.
import { strict as assert } from 'assert';
import { importPlan, type ImportResult } from '../../../core/import';
import { lintDocument } from '../../../core/lint';
import { itemsOf, partsOf, sectionsOf } from '../../../core/model';
import { parsePlan } from '../../../core/parse';
import { findNoise } from '../../../core/text/noise';
import { planPath, readFixtureBytes, type PlanFixture } from '../../support/fixtures';

async function importFixture(name: PlanFixture): Promise<ImportResult> {
  return importPlan({ bytes: readFixtureBytes(`plans/${name}.plan`), fileName: planPath(name) });
}
const removedLines = (r: ImportResult) => r.report.filter(e => e.action === 'removed').map(e => e.line);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const codes = (text: string) => [...new Set(lintDocument(parsePlan(text), { locale: 'en' }).map(d => d.code))].sort();

function assertNoNoise(text: string): void {
  text.split('\n').forEach((line, i) => assert.equal(findNoise(line), undefined, `line ${i + 1}: ${line.slice(0, 60)}`));
}

describe('import: the plan fixtures', () => {
  it('county-bureau.plan: page chrome removed; 11 items with their blocks; what the linter reports stays', async () => {
    const r = await importFixture('county-bureau');
    assert.deepEqual(removedLines(r), [1, 5, 7, 113, 115]);
    assertNoNoise(r.text);
    const doc = parsePlan(r.text);
    assert.equal(doc.title?.text, '青河县教育局2024年工作要点');
    assert.equal(sectionsOf(doc).length, 4);
    const items = itemsOf(doc);
    assert.deepEqual(items.map(i => i.number), range(1, 11));
    for (const item of items) assert.deepEqual(item.blocks.map(b => b.blockKind), ['target', 'measures', 'responsible'], `item ${item.number}`);
    assert.equal(items[4].blocks[1].enumerations.length, 3, '一是…三是 stay inside 工作措施 of item 5');
    assert.equal(items[10].blocks[2].text, '', 'item 11’s empty 责任股室 stays empty');
    assert.match(r.text, /以\*{6}为指导/);
    assert.deepEqual(codes(r.text), ['PLAN009', 'PLAN019', 'PLAN022']);
  });

  it('one-line-items.plan: the page header goes, indentation is normalised, the broken number stays', async () => {
    const r = await importFixture('one-line-items');
    assert.deepEqual(removedLines(r), [1, 3, 7]);
    assertNoNoise(r.text);
    assert.ok(r.text.split('\n').every(l => !/^[\s\u00A0\u3000]/.test(l) || !l.trim()), 'no line starts with white space');
    const doc = parsePlan(r.text);
    assert.equal(doc.title?.text, '松林区教育局2019年工作要点');
    assert.deepEqual(itemsOf(doc).map(i => i.number), range(1, 12));
    assert.match(r.text, /建设1-所区级课堂改革实验学校/);
    assert.deepEqual(codes(r.text), ['PLAN017']);
  });

  it('two-parts.plan: the breadcrumb and the repeated title go; both parts stay', async () => {
    const r = await importFixture('two-parts');
    assert.deepEqual(removedLines(r), [1, 5]);
    assert.ok(r.report.some(e => e.line === 5 && /repeated title/.test(e.reason)));
    const doc = parsePlan(r.text);
    assert.deepEqual(partsOf(doc).map(p => sectionsOf(p).length), [3, 2]);
    assert.deepEqual(itemsOf(doc).map(i => i.number), [...range(1, 7), ...range(1, 5)]);
    assert.deepEqual(codes(r.text), []);
  });

  it('importing an imported fixture changes nothing', async () => {
    for (const name of ['county-bureau', 'one-line-items', 'two-parts', 'subsections'] as PlanFixture[]) {
      const once = await importFixture(name);
      const again = await importPlan({ text: once.text, fileName: 'x.plan' });
      assert.equal(again.text, once.text, name);
      assert.deepEqual(again.report, [], name);
    }
  });
});
