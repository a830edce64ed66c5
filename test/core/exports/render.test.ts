// The exports as printed: the XLSX and DOCX of two plans converted to PDF by LibreOffice
// (soffice --headless) and read back with pdftotext. The XLSX's first page shows the title,
// the header row and the full text of every row on it (a row too low for its text is clipped
// by LibreOffice, and the clipped lines are missing from the PDF); every page of the table
// repeats the header. No page of the DOCX holds more than 22 lines of text (GB/T 9704: 22
// lines a page; the page number below them is not a text line).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { exportDocx } from '../../../core/exports/docx';
import { exportXlsx } from '../../../core/exports/xlsx';
import { taskTableLayout } from '../../../core/exports/taskTable';
import { parsePlan } from '../../../core/parse';
import type { PlanDocument } from '../../../core/model';
import { planDoc } from '../../support/fixtures';
import { corpusDocument } from '../../support/corpus';
import { convertToPdf, describeRender, pdfPages } from '../../support/render';
import { tempDirPerSuite } from '../../support/tmp';

const squeeze = (s: string) => s.replace(/\s+/g, '');
/** The page number line GB/T 9704 puts below the text: `— 3 —`. */
const PAGE_NUMBER = /^\s*[—–-]\s*\d+\s*[—–-]\s*$/;

describeRender('rendering: XLSX and DOCX printed by LibreOffice', function () {
  const tmp = tempDirPerSuite('planmark-render');
  const plans: { name: string; doc: () => Promise<PlanDocument> }[] = [
    { name: 'county-bureau', doc: async () => planDoc('county-bureau') },
    { name: 'agri-leader', doc: () => corpusDocument('29-agri-leader-blocks.plan') },
  ];
  const pdf: Record<string, { xlsx: string; docx: string; doc: PlanDocument }> = {};

  before(async function () {
    const files: string[] = [];
    for (const p of plans) {
      const doc = await p.doc();
      const xlsx = path.join(tmp(), `${p.name}.xlsx`);
      const docx = path.join(tmp(), `${p.name}-doc.docx`);
      fs.writeFileSync(xlsx, await exportXlsx(doc));
      fs.writeFileSync(docx, await exportDocx(doc));
      files.push(xlsx, docx);
      pdf[p.name] = { xlsx: xlsx.replace(/\.xlsx$/, '.pdf'), docx: docx.replace(/\.docx$/, '.pdf'), doc };
    }
    await convertToPdf(files, tmp());
  });

  for (const p of plans) {
    it(`${p.name}: the XLSX's first page shows the title, the header row and the full text of its rows`, () => {
      const { doc } = pdf[p.name];
      const layout = taskTableLayout(doc);
      const pages = pdfPages(pdf[p.name].xlsx, 'layout');
      const header = new RegExp(layout.columns.map(c => c.header).join('\\s+'));
      assert.ok(pages[0].includes(layout.title), `title on page 1:\n${pages[0].slice(0, 400)}`);
      assert.match(pages[0], header, 'the header row, every column in order, on page 1');
      // Every page of the task sheet (before the 按单位 sheet) repeats the header row.
      const tablePages = pages.slice(0, pages.findIndex(t => /单位\s+角色\s+序号/.test(t)));
      assert.ok(tablePages.length >= 1);
      tablePages.forEach((t, i) => assert.match(t, header, `page ${i + 1} repeats the header row`));
      // Unclipped: every cell of every row that starts on page 1 is there in full.
      const first = squeeze(pdfPages(pdf[p.name].xlsx, 'raw')[0]);
      const keys = layout.columns.map(c => c.key);
      const onPage = layout.rows.filter(r => first.includes(squeeze(r.task)));
      assert.ok(onPage.length >= 2, `at least two rows on page 1 (${onPage.length})`);
      for (const r of onPage) {
        for (const k of keys) {
          const cell = squeeze(String(r[k]));
          if (cell) assert.ok(first.includes(cell), `row ${r.number}, ${k}: "${String(r[k]).slice(0, 40)}…" is cut off on page 1`);
        }
      }
    });

    it(`${p.name}: no page of the DOCX holds more than 22 lines of text`, () => {
      const pages = pdfPages(pdf[p.name].docx, 'layout');
      assert.ok(pages.length >= 1);
      pages.forEach((t, i) => {
        const lines = t.split('\n').filter(l => l.trim() && !PAGE_NUMBER.test(l));
        assert.ok(lines.length <= 22, `page ${i + 1}: ${lines.length} lines`);
      });
      assert.ok(pages.some(t => t.split('\n').filter(l => l.trim() && !PAGE_NUMBER.test(l)).length >= 18), 'full pages do hold about 22 lines');
    });
  }

  it('a plan without blocks prints its items in full too (具体内容)', async () => {
    const doc = parsePlan(['某县教育局2024年工作要点', '一、总体要求', '1.推进改革。根据上级部署开展各项改革工作,确保按期完成年度任务,形成可复制可推广的经验做法。(责任单位:办公室、人事股)'].join('\n'));
    const file = path.join(tmp(), 'bare.xlsx');
    fs.writeFileSync(file, await exportXlsx(doc));
    const [out] = await convertToPdf([file], tmp());
    const first = squeeze(pdfPages(out, 'raw')[0]);
    assert.match(pdfPages(out)[0], /序号\s+工作任务\s+具体内容\s+牵头单位\s+配合单位/);
    assert.ok(first.includes(squeeze('根据上级部署开展各项改革工作,确保按期完成年度任务,形成可复制可推广的经验做法。')), first);
  });
});
