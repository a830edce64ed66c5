import { strict as assert } from 'assert';
import * as fs from 'fs';
import fc from 'fast-check';
import { importPlan } from '../../../core/import';
import { parsePlan } from '../../../core/parse';
import { directItemsOf, itemsOf, partsOf, sectionsOf, subitemsOf, subsectionsOf } from '../../../core/model';
import type { PlanDocument, Section } from '../../../core/model';
import { exportDocument, type ExportOptions } from '../../../core/exports';
import { toFullWidthPunctuation } from '../../../core/text/punctuation';
import { allPlans } from '../../support/fixtures';
import { describeSeeds, readSeedBytes, seedFile, SEED_NUMBERS } from '../../support/seeds';


/** What must survive a round trip: kinds, numbers, titles, blocks, units. */
function outlineOf(doc: PlanDocument): unknown {
  const section = (s: Section) => ({
    n: s.value, title: s.title,
    subsections: subsectionsOf(s).map(x => ({ n: x.value, title: x.title })),
  });
  return {
    title: doc.title?.text,
    parts: partsOf(doc).map(p => ({ n: p.value, title: p.title, sections: sectionsOf(p).map(section) })),
    sections: sectionsOf(doc).filter(s => !partsOf(doc).some(p => sectionsOf(p).includes(s))).map(section),
    looseItems: directItemsOf(doc).length,
    items: itemsOf(doc).map(i => ({
      n: i.number, title: i.title,
      blocks: i.blocks.filter(b => b.origin === 'label').map(b => [b.blockKind, b.label, b.text]),
      units: i.units.map(u => u.name),
      subitems: subitemsOf(i).map(s => [s.value, s.title]),
    })),
  };
}

/** The DOCX export keeping the text's punctuation as written. */
const AS_WRITTEN: ExportOptions = { punctuation: false };

/** An outline's texts with Chinese punctuation full-width, as the DOCX export writes them by default. */
function fullWidth<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_k, v: unknown) => typeof v === 'string' ? toFullWidthPunctuation(v) : v) as T;
}

async function roundTrip(doc: PlanDocument, format: 'docx' | 'html' | 'md', options: ExportOptions = {}): Promise<PlanDocument> {
  const out = await exportDocument(doc, format, options);
  const input = typeof out === 'string'
    ? (format === 'html' ? { html: out } : { text: out, fileName: `plan.${format}` })
    : { bytes: out, fileName: 'plan.docx' };
  return parsePlan((await importPlan(input)).text);
}

/** Export to each format and import back: the same outline as the plan's own import (a plan with web chrome loses it). */
async function assertSurvivesRoundTrip(text: string): Promise<void> {
  const expected = outlineOf(parsePlan((await importPlan({ text, fileName: 'x.plan' })).text));
  for (const format of ['docx', 'html', 'md'] as const) {
    // the DOCX as written (docx.punctuation false): the text comes back character for character
    assert.deepEqual(outlineOf(await roundTrip(parsePlan(text), format, AS_WRITTEN)), expected, format);
  }
  // with full-width punctuation (the default), the same outline in full-width punctuation
  assert.deepEqual(outlineOf(await roundTrip(parsePlan(text), 'docx')), fullWidth(expected), 'docx, full-width punctuation');
}

// ---- generated plans ----
const PHRASES = ['加强党的建设', '推进教育公平', '深化教育改革', '提升教育质量', '建设教师队伍', '完善保障机制', '强化安全管理', '促进均衡发展', '落实立德树人', '推进依法治教'];
const SENTENCES = ['认真贯彻落实上级部署。', '健全工作机制,压实工作责任。', '开展专项督导检查。', '一是加强学习。二是完善制度。', '确保各项任务落到实处。'];
const UNITS = ['秘书股', '人事股', '基教股', '财务股', '办公室', '督导室', '教研室', '各乡镇中心校', '县直学校(园)'];
const phrase = fc.tuple(fc.constantFrom(...PHRASES), fc.constantFrom(...PHRASES)).map(([a, b]) => a === b ? a : `${a},${b}`);
const sentences = fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 3 }).map(a => a.join(''));
const units = fc.uniqueArray(fc.constantFrom(...UNITS), { minLength: 1, maxLength: 4 }).map(a => a.join('、') + '。');
const item = fc.record({ title: phrase, body: fc.option(sentences, { nil: undefined }), blocks: fc.option(fc.record({ target: sentences, measures: sentences, units }), { nil: undefined }) });
const sub = fc.record({ title: phrase, items: fc.array(item, { minLength: 1, maxLength: 3 }) });
const section = fc.record({ title: phrase, subs: fc.option(fc.array(sub, { minLength: 1, maxLength: 2 }), { nil: undefined }), items: fc.array(item, { minLength: 1, maxLength: 3 }) });
const plan = fc.record({
  year: fc.integer({ min: 2015, max: 2030 }),
  preamble: fc.option(sentences, { nil: undefined }),
  parts: fc.boolean(),
  sections: fc.array(section, { minLength: 1, maxLength: 3 }),
  withBlocks: fc.boolean(),
});

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
type GenPlan = typeof plan extends fc.Arbitrary<infer T> ? T : never;

function renderPlan(p: GenPlan): string {
  const lines = [`某县教育局${p.year}年工作要点`, ''];
  if (p.preamble) lines.push(p.preamble, '');
  let n = 0;
  const writeItem = (it: GenPlan['sections'][number]['items'][number]) => {
    n++;
    lines.push(`${n}.${it.title}${it.body ? '。' + it.body : ''}`);
    if (p.withBlocks && it.blocks) {
      lines.push(`目标任务:${it.blocks.target}`, `工作措施:${it.blocks.measures}`, `责任股室(单位):${it.blocks.units}`);
    }
  };
  const writeSections = (sections: GenPlan['sections']) => sections.forEach((s, i) => {
    lines.push(`${CN[i + 1]}、${s.title}`);
    if (s.subs) s.subs.forEach((x, j) => { lines.push(`(${CN[j + 1]})${x.title}`); x.items.forEach(writeItem); });
    else s.items.forEach(writeItem);
    lines.push('');
  });
  if (p.parts) {
    const half = Math.ceil(p.sections.length / 2);
    lines.push('第一篇'); writeSections(p.sections.slice(0, half));
    n = 0;
    lines.push('第二篇'); writeSections(p.sections.slice(half).length ? p.sections.slice(half) : p.sections.slice(0, 1));
  } else writeSections(p.sections);
  return lines.join('\n');
}

describe('import: round trip and properties', () => {
  it('importing a generated clean plan keeps its outline, and importing twice changes nothing', async () => {
    await fc.assert(fc.asyncProperty(plan, async p => {
      const text = renderPlan(p);
      const once = await importPlan({ text, fileName: 'p.plan' });
      assert.deepEqual(outlineOf(parsePlan(once.text)), outlineOf(parsePlan(text)));
      const twice = await importPlan({ text: once.text, fileName: 'p.plan' });
      assert.equal(twice.text, once.text);
    }), { numRuns: 60 });
  });

  it('never throws on random text, HTML or bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 300 }), async s => {
      await importPlan({ text: s });
      await importPlan({ html: s });
      await importPlan({ text: s.split('').join('\n') });
    }), { numRuns: 150 });
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async b => {
      await importPlan({ bytes: b, fileName: 'x.txt' });
    }), { numRuns: 100 });
    // Marker-heavy one-line text.
    const pieces = fc.constantFrom('一、', '二、', '(一)', '(二)', '1.', '2.', '3.', '一是', '二是', '第一篇', '。', ':', ' ', '加强学习', '首页 > ', '查看更多', '2022');
    await fc.assert(fc.asyncProperty(fc.array(pieces, { maxLength: 60 }), async a => {
      const r = await importPlan({ text: a.join('') });
      parsePlan(r.text);
    }), { numRuns: 150 });
  });

  describe('export to DOCX, HTML and Markdown, then import', function () {
    // Word files are built and read back for every generated plan: slower than the rest.
    for (const plan of allPlans()) {
      it(plan.name, () => assertSurvivesRoundTrip(fs.readFileSync(plan.file, 'utf8')));
    }

    it('a Word paragraph is never joined to the next as a hard wrap (found by the property below)', async () => {
      const text = ['某县教育局2015年工作要点', '', '认真贯彻落实上级部署。', '', '一、加强党的建设', '1.加强党的建设,完善保障机制', '2.加强党的建设', '',
        '二、强化安全管理,加强党的建设', '3.加强党的建设,落实立德树人', '4.加强党的建设。认真贯彻落实上级部署。', ''].join('\n');
      const doc = parsePlan(text);
      const back = await roundTrip(doc, 'docx', AS_WRITTEN);
      assert.equal(back.title?.text, '某县教育局2015年工作要点');
      assert.deepEqual(outlineOf(back), outlineOf(doc));
    });

    it('generated plans', async () => {
      await fc.assert(fc.asyncProperty(plan, async p => {
        const doc = parsePlan(renderPlan(p));
        for (const format of ['docx', 'html', 'md'] as const) {
          assert.deepEqual(outlineOf(await roundTrip(doc, format, AS_WRITTEN)), outlineOf(doc), format);
        }
        assert.deepEqual(outlineOf(await roundTrip(doc, 'docx')), fullWidth(outlineOf(doc)), 'docx, full-width punctuation');
      }), { numRuns: 25 });
    });
  });
});

describeSeeds('import: round trip of the imported raw seeds', function () {

  for (const n of SEED_NUMBERS) {
    it(`seed ${n}: its import survives export to DOCX, HTML and Markdown and import`, async () => {
      const imported = await importPlan({ bytes: readSeedBytes(n), fileName: seedFile(n) });
      await assertSurvivesRoundTrip(imported.text);
    });
  }
});
