// docs/corpus-findings.md lists what the rules find in each corpus plan, with a verdict for
// each. The findings column must be exactly what the rules report today.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lintDocument } from '../../core/lint';
import { corpusDocument, corpusFiles } from '../support/corpus';
import { REPO_ROOT } from '../support/paths';

function documentedFindings(): Map<string, string> {
  const text = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'corpus-findings.md'), 'utf8');
  const rows = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^\| (\d\d-[\w-]+) \| ([^|]+) \|/.exec(line);
    if (m) rows.set(`${m[1]}.plan`, m[2].trim());
  }
  return rows;
}

describe('docs/corpus-findings.md', function () {
  it('has a row for every corpus plan, and each row lists what the rules report', async () => {
    const documented = documentedFindings();
    assert.deepEqual([...documented.keys()], corpusFiles());
    for (const file of corpusFiles()) {
      const counts = new Map<string, number>();
      for (const d of lintDocument(await corpusDocument(file), { locale: 'en' })) counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
      const actual = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([code, n]) => `${code} ×${n}`).join(', ') || '—';
      assert.equal(documented.get(file), actual, file);
    }
  });
});
