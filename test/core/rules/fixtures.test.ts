// The rule fixtures (test/fixtures/rules/*.plan) carry their expected findings as comments
// (`// expect PLAN003` above the line; see test/fixtures/README.md). Each fixture is linted
// with every rule under the defaults: the findings (rule id and line) are exactly the
// expected ones, no more and no fewer. Together the fixtures make every rule fire, and
// quiet.plan holds cases no rule may report.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lintDocument } from '../../../core/lint';
import { DEFAULT_CONFIG } from '../../../core/config/resolve';
import { parsePlan } from '../../../core/parse';
import { ALL_RULES } from '../../../core/rules';
import { asKeys, expectationsOf } from '../../support/expectations';
import { fixturePath } from '../../support/fixtures';

const DIR = fixturePath('rules');
const FILES = fs.readdirSync(DIR).filter(f => f.endsWith('.plan')).sort();

/** A fixture may fix the date overdue checks count from: a comment `// as-of 2024-06-25`. */
function asOfOf(text: string): string | undefined {
  return /^\/\/ as-of (\d{4}-\d{2}-\d{2})$/m.exec(text)?.[1];
}

function found(text: string): { line: number; code: string }[] {
  const asOf = asOfOf(text);
  const config = asOf ? { ...DEFAULT_CONFIG, asOf } : undefined;
  return lintDocument(parsePlan(text), { locale: 'en', ...(config ? { config } : {}) }).map(d => ({ line: d.range.start.line, code: d.code }));
}

describe('rule fixtures with // expect comments', () => {
  it('exist, and together make every rule fire', () => {
    assert.ok(FILES.length >= 5, FILES.join(' '));
    const expected = new Set(FILES.flatMap(f => expectationsOf(fs.readFileSync(path.join(DIR, f), 'utf8')).map(e => e.code)));
    assert.deepEqual([...expected].sort(), ALL_RULES.map(r => r.id));
  });

  it('are each described in test/fixtures/README.md', () => {
    const readme = fs.readFileSync(fixturePath('README.md'), 'utf8');
    for (const f of FILES) assert.ok(readme.includes(`| \`${f}\` |`), `${f} is described in the README`);
  });

  it('include quiet.plan, where no rule fires', () => {
    const text = fs.readFileSync(path.join(DIR, 'quiet.plan'), 'utf8');
    assert.deepEqual(expectationsOf(text), []);
    assert.deepEqual(found(text), []);
  });

  for (const file of FILES) {
    it(`${file}: the findings are exactly the expected ones`, () => {
      const text = fs.readFileSync(path.join(DIR, file), 'utf8');
      assert.deepEqual(asKeys(found(text)), asKeys(expectationsOf(text)));
    });
  }
});

describe('// expect comments', () => {
  it('point at the next line that is neither blank nor a comment, several ids at once', () => {
    const text = ['// expect PLAN001', '', '// a note', '一、甲', '// expect PLAN012 PLAN015', '责任股室:x'].join('\n');
    assert.deepEqual(expectationsOf(text), [{ line: 3, code: 'PLAN001' }, { line: 5, code: 'PLAN012' }, { line: 5, code: 'PLAN015' }]);
  });

  it('are themselves plan comments, invisible to the rules', () => {
    const doc = parsePlan('// expect PLAN003\n一、甲\n');
    assert.equal(doc.comments.length, 1);
    assert.deepEqual(found('一、甲\n// expect PLAN003\n1.a\n'), []);
  });

  it('refuse an expectation with no line after it, no id, or something that is not a rule id', () => {
    assert.throws(() => expectationsOf('一、甲\n// expect PLAN001\n\n'), /has no line after it/);
    assert.throws(() => expectationsOf('// expect\n一、甲'), /names no rule/);
    assert.throws(() => expectationsOf('// expect item-numbering\n一、甲'), /is not a rule id/);
  });
});
