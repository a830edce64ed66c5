import { strict as assert } from 'assert';
import fc from 'fast-check';
import { EXPORT_FORMATS, exportDocument, exportUnitLists } from '../../../core/exports';
import { parsePlan } from '../../../core/parse';
import { readSeed } from '../../support/paths';
import { taskTableOf } from '../../../core/exports/taskTable';
import { unzip, wordParagraphs } from './helpers';
import { itemsOf, partsOf } from '../../../core/model';

describe('exports: every seed, every format', function () {
  this.timeout(60000);

  for (const n of [0, 1, 2, 3, 4]) {
    it(`seed ${n}: exports in every format, one task row per item`, async () => {
      const doc = parsePlan(readSeed(n));
      for (const f of EXPORT_FORMATS) {
        const out = await exportDocument(doc, f.id);
        assert.ok(out.length > 0, f.id);
        assert.equal(typeof out === 'string', !f.binary, f.id);
      }
      assert.equal(taskTableOf(doc).length, itemsOf(doc).length);
      await exportUnitLists(doc, 'md');
    });
  }

  it('seed 2 (two 篇): 所属部分 carries the part; DOCX keeps both parts', async () => {
    const doc = parsePlan(readSeed(2));
    assert.equal(partsOf(doc).length, 2);
    const rows = taskTableOf(doc);
    assert.ok(rows.every(r => /^第[一二]篇/.test(r.part)), rows.map(r => r.part).join('\n'));
    const paras = wordParagraphs(await (await unzip(await exportDocument(doc, 'docx') as Uint8Array)).file('word/document.xml')!.async('string'));
    assert.equal(paras.filter(p => /^第[一二]篇/.test(p)).length, 2);
  });

  it('never throws on arbitrary text (text formats)', async () => {
    const pieces = fc.constantFrom('一、', '(一)', '1.', '(1)', '第一篇 ', '目标任务:', '责任股室:', '、', '\n', '<', '&', '"', '---\n', '标题:', 'a', '人事股', '。');
    await fc.assert(fc.asyncProperty(fc.array(pieces, { maxLength: 60 }), async parts => {
      const doc = parsePlan(parts.join(''));
      for (const f of ['csv', 'html', 'md', 'json'] as const) await exportDocument(doc, f);
    }), { numRuns: 150 });
  });
});
