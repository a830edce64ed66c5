// Every plan, every format: the exporters accept whatever parses (the plan fixtures, the
// raw seeds, random text), write one task row per item, and keep parts apart.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import fc from 'fast-check';
import { EXPORT_FORMATS, exportDocument, exportUnitLists } from '../../../core/exports';
import { parsePlan } from '../../../core/parse';
import { taskTableOf } from '../../../core/exports/taskTable';
import { itemsOf, partsOf } from '../../../core/model';
import { allPlans, readPlan } from '../../support/fixtures';
import { docxParagraphs } from '../../support/readers';
import { describeSeeds, readSeed, SEED_NUMBERS } from '../../support/seeds';

async function assertExportsEverything(text: string): Promise<void> {
  const doc = parsePlan(text);
  for (const f of EXPORT_FORMATS) {
    const out = await exportDocument(doc, f.id);
    assert.ok(out.length > 0, f.id);
    assert.equal(typeof out === 'string', !f.binary, f.id);
  }
  assert.equal(taskTableOf(doc).length, itemsOf(doc).length);
  await exportUnitLists(doc, 'md');
}

/** 所属部分 names the part of every row; the Word document keeps both part headings. */
async function assertPartsKept(text: string): Promise<void> {
  const doc = parsePlan(text);
  assert.equal(partsOf(doc).length, 2);
  const rows = taskTableOf(doc);
  assert.ok(rows.every(r => /^第[一二]篇/.test(r.part)), rows.map(r => r.part).join('\n'));
  const paras = await docxParagraphs(await exportDocument(doc, 'docx') as Uint8Array);
  assert.equal(paras.filter(p => /^第[一二]篇/.test(p)).length, 2);
}

describe('exports: every plan, every format', function () {

  for (const plan of allPlans()) {
    it(`${plan.name}: exports in every format, one task row per item`, () => assertExportsEverything(fs.readFileSync(plan.file, 'utf8')));
  }

  it('two-parts.plan: 所属部分 carries the part; DOCX keeps both parts', () => assertPartsKept(readPlan('two-parts')));

  it('never throws on arbitrary text (text formats)', async () => {
    const pieces = fc.constantFrom('一、', '(一)', '1.', '(1)', '第一篇 ', '目标任务:', '责任股室:', '、', '\n', '<', '&', '"', '---\n', '标题:', 'a', '人事股', '。');
    await fc.assert(fc.asyncProperty(fc.array(pieces, { maxLength: 60 }), async parts => {
      const doc = parsePlan(parts.join(''));
      for (const f of ['csv', 'html', 'md', 'json'] as const) await exportDocument(doc, f);
    }), { numRuns: 150 });
  });
});

describeSeeds('exports: every raw seed, every format', function () {

  for (const n of SEED_NUMBERS) {
    it(`seed ${n}: exports in every format, one task row per item`, () => assertExportsEverything(readSeed(n)));
  }

  it('seed 2 (two 篇): 所属部分 carries the part; DOCX keeps both parts', () => assertPartsKept(readSeed(2)));
});
