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

  it('parses back to the 任务分解表 of the county plan', () => {
    const rows = parseCsv(csv.slice(1));
    assert.deepEqual(rows[0], ['序号', '所属部分', '工作任务', '目标任务', '工作措施', '牵头单位', '责任单位', '配合单位', '完成时限']);
    assert.equal(rows.length, 12);
    assert.ok(rows.every(r => r.length === 9));
    const lists = responsibleLists(readPlan('county-bureau'));
    assert.equal(lists.length, 11);
    rows.slice(1).forEach((r, i) => {
      assert.equal(r[0], String(i + 1));
      assert.equal(r[5], lists[i][0] ?? '');
      assert.equal(r[6], lists[i].join('、'));
    });
    assert.equal(rows[11][6], '', 'item 11: empty 责任单位');
    assert.ok(rows[5][4].includes('\n二是'), 'a multi-paragraph cell survives quoting');
  });

  it('quotes commas and quotes; guards formula starts', () => {
    const rows = parseCsv(exportCsv(planDoc('hostile')).slice(1));
    assert.equal(rows[1][2], `任务${HOSTILE_IMG}标题`);
    assert.equal(rows[1][4], "'=1+1 措施" + HOSTILE_IMG + '文字');
    assert.equal(rows[2][3], "'-2 开头");
  });
});
