// The DOCX as a 公文 (GB/T 9704-2012): Chinese punctuation, the parts from the front matter
// and the notice in their places, run-on headings, language tags, the document grid. Every
// check reads word/document.xml back with jszip.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { exportDocx, PAGE, DOC_GRID, type DocxOptions } from '../../../core/exports/docx';
import { emptyReport } from '../../../core/exports/report';
import { importPlan } from '../../../core/import';
import { parsePlan } from '../../../core/parse';
import type { PlanDocument } from '../../../core/model';
import { allPlans, CLEAN_EXAMPLE } from '../../support/fixtures';
import { corpusDocument, corpusFiles } from '../../support/corpus';
import { readSeedBytes, seedFile, SEED_NUMBERS, itSeeds } from '../../support/seeds';
import { decodeXml, unzip } from '../../support/readers';
import { runCli } from '../../support/cli';
import { REPO_ROOT } from '../../support/paths';

const OFFICIAL_EXAMPLE = path.join(REPO_ROOT, 'examples', 'official.plan');

interface WordParagraph { xml: string; text: string }

/** The paragraphs of word/document.xml with their XML and visible text (empty ones included). */
async function documentOf(bytes: Uint8Array): Promise<{ xml: string; paragraphs: WordParagraph[] }> {
  const xml = await (await unzip(bytes)).file('word/document.xml')!.async('string');
  const body = xml.slice(xml.indexOf('<w:body>'), xml.lastIndexOf('<w:sectPr'));
  const paragraphs = [...body.matchAll(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g)].map(m => ({
    xml: m[0],
    text: [...m[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map(t => decodeXml(t[1])).join(''),
  }));
  return { xml, paragraphs };
}

async function exported(doc: PlanDocument, options: DocxOptions = {}) {
  return documentOf(await exportDocx(doc, options));
}

/** Half-width , ; : ! ? ( ) between two Chinese characters. */
const HALF_BETWEEN_HAN = /\p{Script=Han}[,;:!?()]\p{Script=Han}/gu;
const HALF_COMMA_BETWEEN_HAN = /\p{Script=Han},\p{Script=Han}/gu;

function bodyText(paragraphs: WordParagraph[], doc: PlanDocument): string {
  const docNumber = doc.meta['文号'];
  return paragraphs.map(p => p.text).filter(t => t && t !== docNumber).join('\n');
}

async function assertFullWidth(doc: PlanDocument, name: string): Promise<void> {
  const { paragraphs } = await exported(doc);
  const text = bodyText(paragraphs, doc);
  assert.ok(text.length > 100, `${name}: the body has text`);
  const left = text.match(HALF_BETWEEN_HAN) ?? [];
  assert.deepEqual(left, [], `${name}: half-width marks between Chinese characters`);
}

describe('exports: DOCX as a 公文 (GB/T 9704-2012)', function () {

  describe('Chinese punctuation', () => {
    for (const plan of [...allPlans(), { name: 'examples/official.plan', file: OFFICIAL_EXAMPLE }]) {
      it(`${plan.name}: no half-width mark between two Chinese characters`, () => assertFullWidth(parsePlan(fs.readFileSync(plan.file, 'utf8')), plan.name));
    }
    for (const name of corpusFiles()) {
      it(`corpus ${name}: no half-width mark between two Chinese characters`, async () => assertFullWidth(await corpusDocument(name), name));
    }
    for (const n of SEED_NUMBERS) {
      itSeeds(`imported seed ${n}: no half-width mark between two Chinese characters`, async () => {
        const imported = await importPlan({ bytes: readSeedBytes(n), fileName: seedFile(n) });
        await assertFullWidth(parsePlan(imported.text), `seed ${n}`);
      });
    }

    it('the switch (docx.punctuation false) keeps the text as written', async () => {
      const source = fs.readFileSync(CLEAN_EXAMPLE, 'utf8');
      const doc = parsePlan(source);
      const written = (source.replace(/^---[\s\S]*?---\n/, '').replace(/^\/\/.*$/gm, '').match(HALF_COMMA_BETWEEN_HAN) ?? []).length;
      assert.ok(written > 10, 'the example writes half-width commas');
      const { paragraphs } = await exported(doc, { punctuation: false });
      assert.equal((bodyText(paragraphs, doc).match(HALF_COMMA_BETWEEN_HAN) ?? []).length, written);
      const full = bodyText((await exported(doc)).paragraphs, doc);
      assert.equal((full.match(HALF_COMMA_BETWEEN_HAN) ?? []).length, 0);
      // numbers, dates and the 文号 keep theirs
      assert.ok(full.includes('100%') || /\d/.test(full));
    });

    it('numbers, 文号 and Latin words keep their marks; labels the exporter writes are full-width', async () => {
      const doc = parsePlan(['---', '文号: 青教〔2025〕9号', '---', '', '某县教育局2025年工作要点', '', '一、总体要求', '',
        '1.推进Wi-Fi, 5G覆盖。投入1,200万元,完成率达到3.5%。', '目标任务:12:30前完成(含周末)。', ''].join('\n'));
      const { paragraphs } = await exported(doc);
      const texts = paragraphs.map(p => p.text);
      assert.equal(texts[0], '青教〔2025〕9号');
      assert.ok(texts.includes('1.推进Wi-Fi, 5G覆盖。投入1,200万元，完成率达到3.5%。'), texts.join('\n'));
      assert.ok(texts.includes('目标任务：12:30前完成（含周末）。'), texts.join('\n'));
    });
  });

  describe('the parts of a 公文', () => {
    it('examples/official.plan: 文号, title, 主送, body, 附件说明, 落款, 附注, then the 版记 between rules, in this order', async () => {
      const report = emptyReport();
      const doc = parsePlan(fs.readFileSync(OFFICIAL_EXAMPLE, 'utf8'));
      const { paragraphs, xml } = await exported(doc, { report });
      const texts = paragraphs.map(p => p.text);
      const at = (t: string) => { const i = texts.indexOf(t); assert.ok(i >= 0, `missing paragraph ${t}\n${texts.join('\n')}`); return i; };
      const order = [
        at('青教〔2025〕9号'), at('青山县教育局2025年安全工作要点'), at('各乡镇中心校，县直各学校（园），局机关各股室：'),
        at('一、压实安全责任'), at('附件：1．青山县教育局2025年安全工作任务分解表'), at('2．青山县中小学校安全检查清单'),
        at('青山县教育局'), at('2025年2月18日'), at('（此件主动公开）'),
        at('抄送：县委教育工委，县安委会办公室。'), at('青山县教育局办公室2025年2月18日印发'),
      ];
      assert.deepEqual(order, [...order].sort((a, b) => a - b), 'in the order of GB/T 9704 §7');
      // 主送 flush left (§7.3.3): no first-line indent, no left indent
      const addressees = paragraphs[at('各乡镇中心校，县直各学校（园），局机关各股室：')].xml;
      assert.doesNotMatch(addressees, /w:firstLine="[1-9]|w:left="[1-9]|w:jc w:val="(center|right)"/);
      // 落款 and 成文日期 once each, the issuer above the date, both flush right, date four characters in
      assert.equal(texts.filter(t => t === '青山县教育局').length, 1);
      assert.equal(texts.filter(t => t === '2025年2月18日').length, 1);
      assert.match(paragraphs[at('2025年2月18日')].xml, /<w:jc w:val="right"\/>/);
      assert.match(paragraphs[at('2025年2月18日')].xml, /w:right="1280"/);
      // the 版记 comes last, between rules: thick above 抄送, thin between, thick below
      const last = paragraphs.map((p, i) => ({ p, i })).filter(x => x.p.text).slice(-2);
      assert.deepEqual(last.map(x => x.p.text), ['抄送：县委教育工委，县安委会办公室。', '青山县教育局办公室2025年2月18日印发']);
      assert.match(last[1].p.xml, /<w:tab\/>/, 'office left, date right');
      assert.ok(paragraphs.slice(last[1].i + 1).every(p => !p.text), 'nothing after the 版记');
      const tables = [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/g)].map(m => m[0]);
      assert.equal(tables.length, 1);
      const imprint = tables[0];
      assert.ok(imprint.includes('抄送：') && imprint.includes('印发'), 'the 版记 is the table');
      assert.ok(xml.indexOf(imprint) > xml.indexOf('（此件主动公开）'));
      assert.match(imprint, /<w:tblBorders>.*<w:top w:val="single"[^>]*w:sz="8".*<w:bottom w:val="single"[^>]*w:sz="8".*<w:insideH w:val="single"[^>]*w:sz="6"/);
      assert.match(imprint, /<w:left w:val="none"/);
      // at the foot of the text block (§7.4: its last line on the last line of the page)
      assert.match(imprint, /<w:tblpPr [^>]*w:tblpYSpec="bottom"[^>]*w:vertAnchor="margin"/);
      // what has no place is named
      assert.deepEqual(report.unplacedKeys, ['版头', '年度', '签发人']);
    });

    it('the 发文机关标志 (docx.masthead): red 小标宋 above the 文号, the red rule under the 文号', async () => {
      const report = emptyReport();
      const doc = parsePlan(fs.readFileSync(OFFICIAL_EXAMPLE, 'utf8'));
      const { paragraphs } = await exported(doc, { masthead: true, report });
      const texts = paragraphs.map(p => p.text);
      const masthead = texts.indexOf('青山县教育局文件');
      const docNumber = texts.indexOf('青教〔2025〕9号');
      assert.ok(masthead >= 0 && masthead < docNumber, 'the masthead first, then the 文号');
      assert.match(paragraphs[masthead].xml, /<w:color w:val="FF0000"\/>/);
      assert.match(paragraphs[masthead].xml, /w:eastAsia="方正小标宋简体"/);
      assert.match(paragraphs[masthead].xml, /<w:jc w:val="center"\/>/);
      assert.match(paragraphs[docNumber].xml, /<w:bottom w:val="single"[^>]*w:color="FF0000"/);
      assert.deepEqual(report.unplacedKeys, ['年度', '签发人']);
    });

    it('a plan issued with a notice (corpus 26): the notice is the 公文, the plan its attachment on a new page, the 版记 last', async () => {
      const doc = await corpusDocument('26-county-gov-notice.plan');
      const { paragraphs } = await exported(doc);
      const texts = paragraphs.map(p => p.text).filter(Boolean);
      const i = (t: string) => texts.indexOf(t);
      assert.equal(texts[0], '松政发[2024]2号');
      assert.ok(/关于印发《松岭县人民政府2024年工作要点》的通知$/.test(texts[1]), texts[1]);
      assert.equal(texts[2], '各乡镇（场）人民政府，县政府各部门、各直属机构：');
      assert.ok(texts[3].startsWith('《松岭县人民政府2024年工作要点》已经县政府第15次常务会议研究通过'));
      assert.deepEqual(texts.slice(4, 7), ['松岭县人民政府', '二〇二四年二月二十日', '（此件主动公开）']);
      assert.equal(texts[7], '附件');
      assert.match(paragraphs.find(p => p.text === '附件')!.xml, /<w:pageBreakBefore\/>/);
      assert.equal(texts[8], '松岭县人民政府2024年工作要点');
      assert.ok(i('一、坚持工业强县，壮大实体经济') > 8);
      assert.ok(texts[texts.length - 2].startsWith('抄送：县委各部门，'));
      assert.equal(texts[texts.length - 1], '松岭县人民政府办公室2024年2月20日印发');
      assert.equal(texts.filter(t => t === '松岭县人民政府').length, 1, 'the issuer once');
    });

    for (const name of corpusFiles()) {
      it(`corpus ${name}: the issuer and the date once each, the issuer above the date`, async () => {
        const doc = await corpusDocument(name);
        const { paragraphs } = await exported(doc);
        const right = paragraphs.filter(p => p.text && /<w:jc w:val="right"\/>/.test(p.xml)).map(p => p.text);
        assert.equal(new Set(right).size, right.length, `repeated: ${right.join(' | ')}`);
        const date = right.findIndex(t => /^(?:\d{4}|[〇零○一二三四五六七八九]{4})年.{1,3}月.{1,3}日$/.test(t));
        const issuer = doc.meta['发文机关'];
        if (issuer && date >= 0 && right.includes(issuer)) assert.ok(right.indexOf(issuer) < date, `${issuer} above ${right[date]}`);
        // the front matter's date is not printed again beside the text's own
        const texts = paragraphs.map(p => p.text);
        for (const t of right) assert.equal(texts.filter(x => x === t).length, 1, t);
      });
    }

    it('the CLI names the front-matter keys the DOCX cannot place', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-docx-'));
      try {
        const out = path.join(dir, 'official.docx');
        const r = await runCli(['export', OFFICIAL_EXAMPLE, '--to', 'docx', '-o', out]);
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stderr, /front matter not placed in the docx: 版头, 年度, 签发人/);
        assert.ok(fs.statSync(out).size > 1000);
      } finally { fs.rmSync(dir, { recursive: true, force: true }); }
    });
  });

  describe('run-on headings, language tags, the document grid', () => {
    it('(一)标题。正文: the heading in 楷体, the text in 仿宋, one paragraph, not kept with the next', async () => {
      const doc = await corpusDocument('18-runon-headings.plan');
      const { paragraphs } = await exported(doc);
      const p = paragraphs.find(x => x.text.startsWith('（一）以推进文旅融合为重点'))!;
      assert.ok(p, 'the run-on subsection is one paragraph');
      assert.ok(p.text.includes('一是做强“溪桥山水”旅游品牌'), 'its text in the same paragraph');
      const runs = [...p.xml.matchAll(/<w:r>(.*?)<\/w:r>/g)].map(m => ({ font: /w:eastAsia="([^"]+)"/.exec(m[1])?.[1], text: [...m[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map(t => t[1]).join('') }));
      const headEnd = runs.findIndex(r => r.font !== '楷体');
      assert.equal(runs.slice(0, headEnd).map(r => r.text).join(''), '（一）以推进文旅融合为重点，稳步提升产业发展质效。');
      assert.ok(runs.slice(headEnd).every(r => r.font === '仿宋'), 'the rest in 仿宋');
      assert.doesNotMatch(p.xml, /<w:keepNext\/>/);
      // a heading alone is kept with the next paragraph
      assert.match(paragraphs.find(x => x.text === '二、主要任务')!.xml, /<w:keepNext\/>/);
    });

    it('Latin and digit runs carry en-US (eastAsia zh-CN), Chinese runs zh-CN', async () => {
      const doc = parsePlan(fs.readFileSync(OFFICIAL_EXAMPLE, 'utf8'));
      const { xml } = await exported(doc);
      const runs = [...xml.matchAll(/<w:r>(.*?)<\/w:r>/g)].map(m => m[1]).filter(r => /<w:t[ >]/.test(r));
      let western = 0;
      for (const r of runs) {
        const text = [...r.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map(t => t[1]).join('');
        const lang = /<w:lang ([^>]*)\/>/.exec(r)?.[1] ?? '';
        if (/[0-9A-Za-z]/.test(text)) {
          western++;
          assert.match(lang, /w:val="en-US"/, text);
          assert.match(lang, /w:eastAsia="zh-CN"/, text);
          assert.doesNotMatch(text, /\p{Script=Han}/u, `a Western run holds no Chinese: ${text}`);
        } else if (/\p{Script=Han}/u.test(text)) assert.match(lang, /w:val="zh-CN"/, text);
      }
      assert.ok(western > 10, `${western} Western runs`);
      // 2025年 splits into 2025 (en-US) and 年
      assert.match(xml, /w:val="en-US"[^>]*\/><\/w:rPr><w:t[^>]*>2025<\/w:t>/);
    });

    it('docx.documentGrid: Word\'s 文档网格 of 22 lines × 28 characters, the lines still 22 a page', async () => {
      const doc = parsePlan(fs.readFileSync(OFFICIAL_EXAMPLE, 'utf8'));
      const plain = await exported(doc);
      assert.doesNotMatch(plain.xml, /<w:docGrid [^>]*linesAndChars/);
      const { xml, paragraphs } = await exported(doc, { documentGrid: true });
      const grid = /<w:docGrid ([^>]*)\/>/.exec(xml)![1];
      assert.match(grid, /w:type="linesAndChars"/);
      const linePitch = Number(/w:linePitch="(-?\d+)"/.exec(grid)![1]);
      const charSpace = Number(/w:charSpace="(-?\d+)"/.exec(grid)![1]);
      assert.equal(linePitch, DOC_GRID.linePitch);
      const block = { height: PAGE.height - PAGE.top - PAGE.bottom, width: PAGE.width - PAGE.left - PAGE.right };
      assert.equal(Math.floor(block.height / linePitch), 22, '22 grid lines');
      const pitchPt = 16 + charSpace / 4096; // 3号 plus the grid's delta
      assert.equal(Math.floor(block.width / 20 / pitchPt + 1e-6), 28, '28 characters a line');
      // every body paragraph keeps exactly the grid's pitch, so a page still holds 22 lines
      for (const p of paragraphs.filter(x => x.text && !x.text.endsWith('印发') && !x.text.startsWith('抄送'))) {
        assert.match(p.xml, new RegExp(`w:line="${linePitch}" w:lineRule="exact"`), p.text);
      }
      // characters are not tightened twice
      assert.doesNotMatch(xml, /<w:spacing w:val="-5"\/>/);
    });
  });
});
