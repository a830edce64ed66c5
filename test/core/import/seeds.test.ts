// Import of the five raw seeds ($PLANMARK_SEEDS; skipped without them): what each becomes,
// what is removed and reported line by line, and what the linter still finds in the result.
import { strict as assert } from 'assert';
import { importPlan, type ImportResult } from '../../../core/import';
import { lintDocument } from '../../../core/lint';
import { parsePlan } from '../../../core/parse';
import type { PlanDocument } from '../../../core/model';
import { findNoise } from '../../../core/text/noise';
import { describeSeeds, readSeedBytes, seedFile, SEED_NUMBERS } from '../../support/seeds';
import { itemsOf, paragraphsOf, sectionsOf, partsOf, subsectionsOf } from '../../../core/model';

async function importSeed(n: number, keepNoise = false): Promise<{ result: ImportResult; doc: PlanDocument }> {
  const result = await importPlan({ bytes: readSeedBytes(n), fileName: seedFile(n) }, { keepNoise });
  return { result, doc: parsePlan(result.text) };
}

const sectionCount = (doc: PlanDocument) => sectionsOf(doc).length;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const numbers = (doc: PlanDocument) => itemsOf(doc).map(i => i.number);
const removed = (r: ImportResult) => r.report.filter(e => e.action === 'removed');

function assertNoNoise(text: string) {
  text.split('\n').forEach((line, i) => {
    const hit = findNoise(line);
    assert.equal(hit, undefined, `line ${i + 1} still has ${hit?.pattern.id}: ${line.slice(0, 60)}`);
  });
}

describeSeeds('import: the five seeds', () => {
  it('000 (攸县 2017): 4 sections, items 1–25, no breadcrumbs or page header left', async () => {
    const { result, doc } = await importSeed(0);
    assert.equal(doc.title?.text, '攸县教育局2017年工作要点');
    assert.equal(partsOf(doc).length, 0);
    assert.equal(sectionCount(doc), 4);
    assert.deepEqual(numbers(doc), range(1, 25));
    assert.deepEqual(sectionsOf(doc).map(s => s.title), ['转型突破,不断深化教育综合改革', '创优管理,不断提升教育质量', '绿色共享,不断促进教育公平', '依法治教,确保系统风清气正']);
    assert.equal(itemsOf(doc)[24].title, '强化服务型机关建设');
    assertNoNoise(result.text);
    // Indentation normalised: no line starts with white space.
    assert.ok(result.text.split('\n').every(l => !/^[\s\u00A0\u3000]/.test(l) || !l.trim()));
    assert.deepEqual(removed(result).map(e => e.line), [1, 3, 7]);
    // A dropped digit (`1-所`) is kept for the linter.
    assert.match(result.text, /建设1-所选课走班试点学校/);
  });

  it('001 (湖里 2020): the notice wrapper and disclosure header go to front matter', async () => {
    const { result, doc } = await importSeed(1);
    assert.equal(doc.meta['文号'], '厦湖教〔2020〕132号');
    assert.equal(doc.meta['发文机关'], '湖里区教育局');
    assert.equal(doc.meta['日期'], '2020年7月2日');
    assert.equal(doc.meta['主送'], '区属公、民办中、小学、幼儿园、机关各科室');
    assert.equal(doc.meta['索引号'], 'XM02104-0200-2020-00002');
    assert.equal(doc.meta['发布机构'], '湖里区教育局');
    assert.match(doc.meta['印发说明'], /^现将《湖里区教育局2020年工作要点》印发给你们/);
    assert.equal(doc.title?.text, '湖里区教育局2020年工作要点');
    assert.equal(doc.titleSource, 'text');
    assert.equal(sectionCount(doc), 5);
    assert.deepEqual(numbers(doc), range(1, 30));
    assert.equal(doc.preamble.length, 0);
    assertNoNoise(result.text);
    const moved = result.report.filter(e => e.action === 'moved-to-front-matter').map(e => e.line);
    assert.deepEqual(moved, range(1, 11));
    assert.deepEqual(removed(result).map(e => e.line), [48]);
  });

  it('002 (全市, two 篇): 2 parts, 17 sections, 71 items', async () => {
    const { result, doc } = await importSeed(2);
    assert.equal(partsOf(doc).length, 2);
    assert.equal(sectionCount(doc), 17);
    assert.deepEqual(partsOf(doc).map(p => sectionsOf(p).length), [9, 8]);
    assert.equal(itemsOf(doc).length, 71);
    assert.deepEqual(numbers(doc), [...range(1, 34), ...range(1, 37)]);
    assert.equal(doc.title?.text, '全市教育工作要点');
    assertNoNoise(result.text);
    assert.equal(result.text.split('\n').filter(l => l.startsWith('全市教育工作要点')).length, 1);
    assert.ok(result.report.some(e => e.line === 5 && e.action === 'removed' && /repeated title/.test(e.reason)));
  });

  it('003 (颍上 2021): 6 sections, 26 items with their blocks, the title without the site prefix', async () => {
    const { result, doc } = await importSeed(3);
    // Of the title's variants (2022, 2021), the one whose year the preamble states (2021年是…),
    // without the site's leading "2022"; the 2022 variant is reported as residue.
    assert.equal(doc.title?.text, '县委教育工委2021年工作要点');
    assert.ok(result.report.some(e => /title variant \(2022/.test(e.reason)), 'the 2022 variant is reported');
    assert.equal(sectionCount(doc), 6);
    const items = itemsOf(doc);
    assert.deepEqual(items.map(i => i.number), range(1, 26));
    for (const item of items) {
      const kinds = item.blocks.map(b => b.blockKind);
      assert.ok(kinds.includes('target') && kinds.includes('measures') && kinds.includes('responsible'), `item ${item.number}: ${kinds}`);
    }
    // 一是…十是 stay inside 工作措施 of item 15.
    assert.equal(items[14].blocks.find(b => b.blockKind === 'measures')!.enumerations.length, 10);
    // The empty 责任股室 of item 26 stays empty (the linter reports it).
    assert.equal(items[25].blocks.find(b => b.blockKind === 'responsible')!.text, '');
    // Masked text survives; the injected paywall phrase does not.
    assert.match(result.text, /以\*{6}新时代中国特色社会主义思想为指导/);
    assert.match(result.text, /为全县教育系统做表率/);
    assert.doesNotMatch(result.text, /当前隐藏内容|推荐访问|猜你喜欢|小编|浏览次数/);
    assertNoNoise(result.text);
    const r = result.report;
    assert.ok(r.some(e => e.line === 9 && e.action === 'edited' && /site prefix "2022"/.test(e.reason)));
    assert.ok(r.some(e => e.line === 3 && e.action === 'removed' && /title variant \(2022 where the title says 2021/.test(e.reason)));
    assert.ok(r.some(e => e.line === 11 && e.action === 'removed' && /repeated title/.test(e.reason)));
    assert.ok(r.some(e => e.line === 145 && e.text === '当前隐藏内容免费查看'));
    assert.deepEqual(removed(result).map(e => e.line), [1, 3, 5, 7, 11, 145, 255, 257]);
  });

  it('004 (衢州, one line): three sections with their (一)… subsections on their own lines', async () => {
    const { result, doc } = await importSeed(4);
    assert.equal(doc.title?.text, '教育局XX年工作总结和2018年工作思路');
    assert.deepEqual(sectionsOf(doc).map(s => s.title), ['主要工作', '存在的问题和不足', '2018年工作思路']);
    assert.deepEqual(sectionsOf(doc).map(s => subsectionsOf(s).map(x => x.value)), [range(1, 5), [], range(1, 8)]);
    assert.match(subsectionsOf(sectionsOf(doc)[0])[0].title, /^以推进教育现代化区创建为重点/);
    // 一是… of 二、 become paragraphs of their own.
    assert.equal(paragraphsOf(sectionsOf(doc)[1]).length, 5);
    assert.ok(paragraphsOf(sectionsOf(doc)[1])[0].text.startsWith('一是优质教育资源总量不足'));
    // Placeholders stay (the linter reports them).
    assert.match(result.text, /XX年/);
    assert.match(result.text, /xx区/);
    assert.doesNotMatch(result.text, /查看更多|申明敬告|文档介绍|KB/);
    assertNoNoise(result.text);
    assert.equal(result.text.split('\n').filter(l => l === '教育局XX年工作总结和2018年工作思路').length, 1);
    assert.ok(result.report.some(e => e.line === 7 && e.action === 'split'));
    assert.deepEqual(removed(result).map(e => e.line), [1, 2, 3, 4, 5, 7, 7, 7]);
  });

  it('--keep-noise keeps every removed line as a // comment', async () => {
    for (const n of SEED_NUMBERS) {
      const plain = await importSeed(n);
      const kept = await importSeed(n, true);
      assert.equal(removed(kept.result).length, 0);
      const comments = kept.result.report.filter(e => e.action === 'kept-as-comment');
      assert.equal(comments.length, removed(plain.result).length, `seed ${n}`);
      for (const c of comments) assert.ok(kept.doc.comments.some(k => k.text.includes(c.text.slice(0, 10))), `seed ${n}: ${c.text}`);
      // Same outline either way.
      assert.deepEqual(numbers(kept.doc), numbers(plain.doc));
      assert.equal(sectionCount(kept.doc), sectionCount(plain.doc));
    }
  });

  it('importing an imported seed changes nothing', async () => {
    for (const n of SEED_NUMBERS) {
      const { result } = await importSeed(n);
      const again = await importPlan({ text: result.text, fileName: 'x.plan' }, {});
      assert.equal(again.text, result.text, `seed ${n}`);
      assert.deepEqual(again.report, [], `seed ${n}`);
    }
  });

  it('the imported seeds lint with what docs/import.md lists, and nothing else (no web residue left)', async () => {
    const expected: Record<number, Record<string, number>> = {
      0: { PLAN017: 1 },
      1: {},
      2: {},
      3: { PLAN009: 1, PLAN019: 28 },
      4: { PLAN016: 21 },
    };
    for (const n of SEED_NUMBERS) {
      const { doc } = await importSeed(n);
      const counts: Record<string, number> = {};
      for (const d of lintDocument(doc, { locale: 'en' })) counts[d.code] = (counts[d.code] ?? 0) + 1;
      assert.deepEqual(counts, expected[n], `seed ${n}`);
    }
  });
});
