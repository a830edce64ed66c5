import { strict as assert } from 'assert';
import { exportCsv } from '../../../core/exports/csv';
import { HOSTILE_IMG, planDoc, readPlan } from '../../support/fixtures';
import { parseCsv, responsibleLists } from '../../support/readers';

describe('exports: CSV', () => {
  const csv = exportCsv(planDoc('county-bureau'));

  it('starts with a BOM and uses CRLF records', () => {
    assert.equal(csv.charCodeAt(0), 0xfeff);
    assert.ok(csv.endsWith('\r\n'));
    assert.ok(Buffer.from(csv, 'utf8').subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])));
  });

  it('parses back to the 任务分解表 of the county plan: section rows, then items with the lead and the other units', () => {
    const rows = parseCsv(csv.slice(1));
    assert.deepEqual(rows[0], ['序号', '工作任务', '目标任务', '工作措施', '牵头单位', '配合单位', '完成时限', '备注']);
    assert.equal(rows.length, 1 + 4 + 11);
    assert.ok(rows.every(r => r.length === 8));
    const sections = rows.slice(1).filter(r => !/^\d+$/.test(r[0]));
    assert.deepEqual(sections.map(r => r[0].slice(0, 2)), ['一、', '二、', '三、', '四、']);
    assert.ok(sections.every(r => r.slice(1).every(c => c === '')), 'a section row holds its heading only');
    const items = rows.slice(1).filter(r => /^\d+$/.test(r[0]));
    const lists = responsibleLists(readPlan('county-bureau'));
    assert.equal(lists.length, 11);
    items.forEach((r, i) => {
      assert.equal(r[0], String(i + 1));
      assert.equal(r[4], lists[i][0] ?? '');
      assert.equal(r[5], lists[i].slice(1).join('、'));
    });
    assert.equal(items[10][4], '', 'item 11: no lead');
    assert.ok(items[4][3].includes('\n二是'), 'a multi-paragraph cell survives quoting');
  });

  it('quotes commas and quotes; guards formula starts', () => {
    const rows = parseCsv(exportCsv(planDoc('hostile')).slice(1)).filter(r => /^\d+$/.test(r[0]));
    assert.equal(rows[0][1], `任务${HOSTILE_IMG}标题`);
    assert.equal(rows[0][3], "'=1+1 措施" + HOSTILE_IMG + '文字');
    assert.equal(rows[1][2], "'-2 开头");
  });
});
