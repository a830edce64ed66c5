// The model's item title is the one title: the outline, hover, the task table, CSV and the
// unit lists all show it as the parser read it.
import { strict as assert } from 'assert';
import { documentSymbols, flattenSymbols } from '../../../core/features/documentSymbols';
import { hover } from '../../../core/features/hover';
import { outlineJson } from '../../../core/features/outlineJson';
import { taskTableOf } from '../../../core/exports/taskTable';
import { exportCsv } from '../../../core/exports/csv';
import { exportUnitLists } from '../../../core/exports/unitLists';
import { itemsOf } from '../../../core/model';
import { parsePlan } from '../../../core/parse';
import { featureContext } from '../../support/context';

describe('model: the item title', () => {
  const text = [
    '一、总体要求',
    '1.推进改革(重点:教师队伍)(责任单位:人事股;完成时限:6月底)',
    '2.加强管理.',
    '3.建设队伍。具体内容在这里(责任单位:基教股)',
    '',
  ].join('\n');
  const doc = parsePlan(text);
  const titles = itemsOf(doc).map(i => i.title);

  it('leaves the inline responsibility out, keeps other parentheses, drops a closing full stop', () => {
    assert.deepEqual(titles, ['推进改革(重点:教师队伍)', '加强管理', '建设队伍']);
    assert.equal(itemsOf(doc)[0].lead?.name, '人事股');
  });

  it('is the same in the outline, the outline JSON, hover, the task table, CSV and unit lists', async () => {
    const symbols = flattenSymbols(documentSymbols(doc, 'en')).filter(s => s.kind === 'item').map(s => s.name);
    assert.deepEqual(symbols, titles.map((t, i) => `${i + 1}. ${t}`));
    const outline = outlineJson(doc).children[0].children.map(n => n.title);
    assert.deepEqual(outline, titles);
    assert.match(hover(doc, { line: 1, character: 0 }, featureContext())!.contents, /推进改革\(重点:教师队伍\)/);
    assert.deepEqual(taskTableOf(doc).map(r => r.task), titles);
    assert.ok(exportCsv(doc).includes('推进改革(重点:教师队伍)'));
    const [list] = await exportUnitLists(doc, 'md', { unit: '人事股' });
    assert.match(String(list.data), /推进改革\(重点:教师队伍\)/);
  });
});
