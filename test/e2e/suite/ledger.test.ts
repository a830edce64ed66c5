// The 督办 commands in a real VS Code (issue 14): Planmark: Export Ledger… writes one unit's
// 督办台账, which exceljs reads back; Planmark: Merge Returned Ledgers… merges the ledger
// 教研室 returned (examples/progress/returned) into a copy of the worked example, opens the
// report as a Markdown document, and applies the change as one edit. The dialogs are skipped
// with the commands' preset argument.
import * as assert from 'assert';
import ExcelJS from 'exceljs';
import * as vscode from 'vscode';
import { freshCopy, waitFor, workspaceUri } from './helpers';

describe('Planmark: Export Ledger… and Merge Returned Ledgers…', () => {
  before(async () => {
    const ext = vscode.extensions.getExtension('planmark.planmark');
    assert.ok(ext);
    await ext.activate();
  });

  it('exports the ledger of 教研室 as of 2025-08-25, with its task and 状态/完成情况 left to fill', async () => {
    const source = workspaceUri('progress/tracking.plan');
    const target = workspaceUri('progress/台账-教研室.xlsx');
    const written = await vscode.commands.executeCommand<vscode.Uri[]>('planmark.exportLedger', source, { unit: '教研室', target });
    assert.ok(written && written.length === 1, 'one ledger written');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await vscode.workspace.fs.readFile(written[0])) as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet('督办台账');
    assert.ok(sheet, 'sheet 督办台账');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    assert.deepStrictEqual(header, ['序号', '工作任务', '牵头单位', '配合单位', '完成时限', '截止日期', '状态', '完成情况', '逾期天数']);
    const rows: string[][] = [];
    sheet.eachRow((row, n) => { if (n > 1) rows.push(header.map((_, i) => row.getCell(i + 1).text)); });
    const task4 = rows.find(r => r[0] === '4');
    assert.ok(task4, JSON.stringify(rows));
    assert.deepStrictEqual([task4[1], task4[2], task4[4], task4[5], task4[6], task4[7]], ['实施教师能力提升培训', '教研室', '第三季度', '2025-09-30', '', '']);
  });

  it('merges the returned ledger: the report opens as a document and the plan gains 状态 and 完成情况', async () => {
    const plan = await freshCopy('progress/tracking.plan', 'progress/tracking-merge.plan');
    const before = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(plan));
    const ledger = workspaceUri('progress/returned/台账-教研室.csv');
    const result = await vscode.commands.executeCommand<{ report: string; applied: boolean }>('planmark.mergeLedgers', plan, { ledgers: [ledger], apply: true });
    assert.ok(result && result.applied, 'the merge was applied');
    assert.match(result.report, /## (Changes \(2\)|更新（2 处）)/);
    await waitFor('the report shown as a Markdown document', () =>
      vscode.window.visibleTextEditors.some(e => e.document.languageId === 'markdown' && e.document.getText() === result.report));
    const after = (await vscode.workspace.openTextDocument(plan)).getText();
    assert.match(after, /完成时限：第三季度\n状态：推进中\n完成情况：已完成暑期集中培训1200人次，9月开展学科培训。\n/);
    // Nothing else changed: taking the two new lines out gives the plan back.
    assert.strictEqual(after.replace('状态：推进中\n完成情况：已完成暑期集中培训1200人次，9月开展学科培训。\n', ''), before);
    // Merging the same ledger again changes nothing.
    const again = await vscode.commands.executeCommand<{ report: string; applied: boolean }>('planmark.mergeLedgers', plan, { ledgers: [ledger], apply: true });
    assert.ok(again && !again.applied);
    assert.strictEqual((await vscode.workspace.openTextDocument(plan)).getText(), after);
  });
});
