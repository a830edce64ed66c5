// A task table reaches a plan from a web page (<table>), a Word file (a table) or Excel
// (.xlsx): each gives the items the same table gives written with `|` between cells
// (corpus 08): titles, units with the lead first, deadlines, and the sections of its
// heading rows.
import { strict as assert } from 'assert';
import type { PlanDocument } from '../../../core/model';
import { itemsOf, sectionsOf } from '../../../core/model';
import { importPlan } from '../../../core/import';
import { parsePlan } from '../../../core/parse';
import * as fs from 'fs';
import { readCorpus } from '../../support/paths';
import { CLEAN_EXAMPLE } from '../../support/fixtures';
import { corpusDocument, corpusFiles } from '../../support/corpus';
import { exportDocument } from '../../../core/exports';

const SOURCE = readCorpus('08-table-bordered-pipes.plan');
/** The table's lines, split into cells: heading rows have one cell. */
const ROWS = SOURCE.split('\n').filter(l => l.startsWith('|')).map(l => l.slice(1, -1).split('|').map(c => c.trim()));
const TITLE = '白鹭县2024年重点工作任务分解表';

function view(doc: PlanDocument) {
  return {
    sections: sectionsOf(doc).map(s => `${s.marker}、${s.title}`),
    items: itemsOf(doc).map(i => ({ n: i.number, title: i.title, units: i.units.map(u => u.name), lead: i.lead?.name, deadline: i.deadline })),
  };
}

const expected = () => view(parsePlan(SOURCE));

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

describe('import: task tables from HTML, Word and Excel', function () {

  it('the pipe form reads 4 sections and 16 items (the reference)', () => {
    const e = expected();
    assert.equal(e.sections.length, 4);
    assert.equal(e.items.length, 16);
    assert.deepEqual(e.items[5].units, ['县发展改革局', '县财政局', '县直有关部门']);
  });

  it('an HTML <table>, heading rows spanning the row', async () => {
    const width = ROWS[0].length;
    const tr = (cells: string[], tag: string) => `<tr>${cells.length === 1 && tag === 'td'
      ? `<td colspan="${width}">${escape(cells[0])}</td>` : cells.map(c => `<${tag}>${escape(c)}</${tag}>`).join('')}</tr>`;
    const html = `<html><body><h2>${TITLE}</h2><table><thead>${tr(ROWS[0], 'th')}</thead><tbody>${ROWS.slice(1).map(r => tr(r, 'td')).join('\n')}</tbody></table></body></html>`;
    const r = await importPlan({ html });
    assert.deepEqual(view(parsePlan(r.text)), expected());
  });

  it('a table of a .docx', async () => {
    const docx = await import('docx');
    const width = ROWS[0].length;
    const cell = (text: string, span = 1) => new docx.TableCell({ children: [new docx.Paragraph(text)], columnSpan: span });
    const table = new docx.Table({ rows: ROWS.map(r => new docx.TableRow({ children: r.length === 1 ? [cell(r[0], width)] : r.map(c => cell(c)) })) });
    const file = new docx.Document({ sections: [{ children: [new docx.Paragraph(TITLE), table] }] });
    const bytes = new Uint8Array(await docx.Packer.toBuffer(file));
    const r = await importPlan({ bytes, fileName: 'table.docx' });
    assert.deepEqual(view(parsePlan(r.text)), expected());
  });

  it('an .xlsx task table under a merged title row', async () => {
    const { default: Excel } = await import('exceljs');
    const wb = new Excel.Workbook();
    const ws = wb.addWorksheet('任务分解');
    const width = ROWS[0].length;
    ws.addRow([TITLE]);
    ws.mergeCells(1, 1, 1, width);
    for (const r of ROWS) {
      const row = ws.addRow(r);
      if (r.length === 1) ws.mergeCells(row.number, 1, row.number, width);
    }
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer);
    const r = await importPlan({ bytes, fileName: 'table.xlsx' });
    const doc = parsePlan(r.text);
    assert.equal(doc.title?.text, TITLE);
    assert.deepEqual(view(doc), expected());
  });
});

describe('round trip: export --to xlsx, then import, on every corpus plan', function () {
  it('the title row, the issuer and date line (back as the 落款) and the merged section rows are read back', async () => {
    const doc = parsePlan(fs.readFileSync(CLEAN_EXAMPLE, 'utf8'));
    const bytes = await exportDocument(doc, 'xlsx') as Uint8Array;
    const back = parsePlan((await importPlan({ bytes, fileName: 'table.xlsx' })).text);
    assert.equal(back.title?.text, '青山县教育局2025年工作要点');
    assert.deepEqual(back.closing.map(c => c.text.trim()), ['青山县教育局', '2025年1月10日']);
    assert.deepEqual(sectionsOf(back).map(s => s.title), sectionsOf(doc).map(s => s.title));
  });

  const items = (doc: PlanDocument) => itemsOf(doc).map(i => ({ title: i.title, units: i.units.map(u => u.name), lead: i.lead?.name, deadline: i.deadline }));
  for (const file of corpusFiles()) {
    it(`${file}: the same items, units, leads and deadlines`, async () => {
      const doc = await corpusDocument(file);
      const bytes = await exportDocument(doc, 'xlsx') as Uint8Array;
      const back = parsePlan((await importPlan({ bytes, fileName: 'table.xlsx' })).text);
      assert.ok(itemsOf(doc).length > 0);
      assert.deepEqual(items(back), items(doc));
    });
  }
});
