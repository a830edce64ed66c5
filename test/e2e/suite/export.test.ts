// The export command in a real VS Code: writes the file, which an independent reader
// (exceljs, jszip) reads back.
import * as assert from 'assert';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import * as vscode from 'vscode';
import { workspaceUri } from './helpers';


describe('Planmark: Export… (planmark.export)', () => {
  before(async () => {
    const ext = vscode.extensions.getExtension('planmark.planmark');
    assert.ok(ext);
    await ext.activate();
  });

  it('exports the county plan to an Excel task table with 11 rows and the lead units', async () => {
    const source = workspaceUri('county-bureau.plan');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(source));
    const target = workspaceUri('county-bureau.xlsx');
    const written = await vscode.commands.executeCommand<vscode.Uri>('planmark.export', source, { format: 'xlsx', target });
    assert.ok(written, 'the command returns the written file');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await vscode.workspace.fs.readFile(target)) as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet('任务分解表');
    assert.ok(sheet, 'sheet 任务分解表');
    // row 1 the title, row 2 the header, then a merged row per section and a row per item
    assert.strictEqual(sheet.getRow(1).getCell(1).text, '青河县教育局2024年工作要点');
    const header = (sheet.getRow(2).values as unknown[]).slice(1);
    assert.deepStrictEqual(header, ['序号', '工作任务', '目标任务', '工作措施', '牵头单位', '配合单位', '完成时限', '备注']);
    assert.strictEqual(sheet.actualRowCount, 2 + 4 + 11, 'title, header, 4 sections, 11 items');
    const lead = header.indexOf('牵头单位') + 1;
    const items = Array.from({ length: sheet.rowCount }, (_, i) => sheet.getRow(i + 1)).filter(r => typeof r.getCell(1).value === 'number');
    assert.strictEqual(items.length, 11);
    assert.strictEqual(items[0].getCell(lead).text, '秘书股');
    assert.strictEqual(items[10].getCell(lead).text, '', 'item 11 names no unit');
    assert.ok(book.getWorksheet('按单位'), 'sheet 按单位');
  });

  it('exports the clean example to Word with the title and items in order', async () => {
    const source = workspaceUri('clean.plan');
    const target = workspaceUri('clean.docx');
    await vscode.commands.executeCommand('planmark.export', source, { format: 'docx', target });
    const zip = await JSZip.loadAsync(await vscode.workspace.fs.readFile(target));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    // full-width Chinese punctuation by default (planmark.docx.punctuation)
    const order = ['青山县教育局2025年工作要点', '一、加强党的建设，落实立德树人根本任务', '深化理论学习', '加强思想政治教育', '二、推进优质均衡，提升教育教学质量'].map(t => text.indexOf(t));
    order.forEach((at, i) => assert.ok(at >= 0, `text ${i} present`));
    assert.deepStrictEqual([...order].sort((a, b) => a - b), order, 'in document order');
  });

  it('exports the list of every unit through the language server into a new folder, all the files at once', async () => {
    const source = workspaceUri('county-bureau.plan');
    const folder = workspaceUri('county-units');
    const written = await vscode.commands.executeCommand<vscode.Uri[]>('planmark.exportUnitLists', source, { format: 'md', folder });
    assert.ok(written && written.length > 1, 'the command returns the files written');
    const names = (await vscode.workspace.fs.readDirectory(folder)).map(([n]) => n).sort();
    assert.deepStrictEqual(names, written.map(u => u.path.split('/').pop()!).sort());
    assert.ok(names.includes('秘书股.md') && names.includes('人事股.md'), names.join());
    const list = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, '秘书股.md')));
    assert.match(list, /^# 秘书股工作任务清单/);
  });
});
