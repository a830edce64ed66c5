// The rule table itself (ALL_RULES): ids, names, default severities, bilingual descriptions,
// one source file and one test file per rule, and the documentation.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ALL_RULES, findRule } from '../../../core/rules';
import { REPO_ROOT } from '../../support/paths';

describe('ALL_RULES', () => {
  it('has unique ids in order, kebab names and bilingual descriptions', () => {
    const ids = ALL_RULES.map(r => r.id);
    assert.deepEqual(ids, [...ids].sort());
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(new Set(ALL_RULES.map(r => r.name)).size, ids.length);
    for (const r of ALL_RULES) {
      assert.match(r.id, /^PLAN\d{3}$/);
      assert.match(r.name, /^[a-z]+(-[a-z]+)*$/);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(r.defaultSeverity));
      assert.ok(r.description.en && r.description.zh && /[\u4e00-\u9fff]/.test(r.description.zh));
    }
  });

  it('keeps numbering gaps at warning and unknown units at information', () => {
    assert.equal(findRule('item-numbering')!.defaultSeverity, 'warning');
    assert.equal(findRule('section-numbering')!.defaultSeverity, 'warning');
    assert.equal(findRule('unknown-unit')!.defaultSeverity, 'information');
    assert.ok(ALL_RULES.every(r => r.defaultSeverity !== 'error'));
  });

  it('lives one rule per file, named after the rule', () => {
    const files = fs.readdirSync(path.join(REPO_ROOT, 'core', 'rules')).filter(f => /^PLAN\d{3}-/.test(f));
    assert.deepEqual(files.sort(), ALL_RULES.map(r => `${r.id}-${r.name}.ts`));
  });

  it('is documented in docs/rules.md', () => {
    const md = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'rules.md'), 'utf8');
    for (const r of ALL_RULES) assert.ok(md.includes(r.id) && md.includes(r.name), r.id);
  });

  it('has one test file per rule, named like the rule file', () => {
    const tests = fs.readdirSync(path.join(REPO_ROOT, 'test', 'core', 'rules')).filter(f => /^PLAN\d{3}-/.test(f));
    assert.deepEqual(tests.sort(), ALL_RULES.map(r => `${r.id}-${r.name}.test.ts`));
  });
});
