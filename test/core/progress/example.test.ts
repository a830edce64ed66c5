// examples/progress (docs/progress.md's worked example) does what the page says: as of its
// .planmark.json's date one task is overdue and one due soon, and the ledger 教研室 returned
// merges into task 4 without conflicts.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadConfigFile } from '../../../core/config/load';
import { mergeLedgers, mergeReport } from '../../../core/progress/merge';
import { readReturnedLedger } from '../../../core/progress/readLedger';
import { parsePlan } from '../../../core/parse';
import { createPlanService } from '../../../core/service';
import { REPO_ROOT } from '../../support/paths';

const DIR = path.join(REPO_ROOT, 'examples', 'progress');

describe('examples/progress: the worked example of docs/progress.md', () => {
  const text = fs.readFileSync(path.join(DIR, 'tracking.plan'), 'utf8');
  const loaded = loadConfigFile(path.join(DIR, '.planmark.json'));

  it('is checked as of 2025-08-25: task 2 overdue, task 5 due soon, nothing else', () => {
    assert.deepEqual(loaded.errors, []);
    assert.equal(loaded.config.asOf, '2025-08-25');
    const found = createPlanService(loaded.config).lint(parsePlan(text), 'en').map(d => [d.range.start.line + 1, d.code, d.message]);
    assert.deepEqual(found, [
      [22, 'PLAN028', 'Overdue by 86 days: due 2025-05-31 (as of 2025-08-25), status 推进中'],
      [43, 'PLAN029', 'Due in 6 days: 2025-08-31 (as of 2025-08-25)'],
    ]);
    const docs = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'progress.md'), 'utf8');
    for (const [line, code, message] of found) assert.ok(docs.includes(`tracking.plan:${line}:6 ${code === 'PLAN028' ? 'warning' : 'information'} ${code} ${message}`), `${code} as docs/progress.md shows it`);
  });

  it('merges the returned ledger of 教研室 into task 4, as the page shows', async () => {
    const file = path.join(DIR, 'returned', '台账-教研室.csv');
    const ledger = await readReturnedLedger('台账-教研室.csv', fs.readFileSync(file));
    const result = mergeLedgers(text, [ledger], loaded.config.statuses);
    const report = mergeReport(result, 1, 'zh-cn');
    assert.ok(fs.readFileSync(path.join(REPO_ROOT, 'docs', 'progress.md'), 'utf8').includes(report.trim()), report);
    assert.match(result.text, /完成时限：第三季度\n状态：推进中\n完成情况：已完成暑期集中培训1200人次，9月开展学科培训。\n/);
  });
});
