// The language core holds no mutable module-level state but its documented caches
// (docs/architecture.md, "Parsing and caches"): lookup tables built at load are typed
// read-only, and every other module-level binding is a constant.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { REPO_ROOT } from '../support/paths';

/** The documented caches: built on first use or memos that go with their documents. */
const DOCUMENTED_CACHES = new Set([
  'core/parse/grammar.ts grammars',
  'core/parse/lineSyntax.ts semantics',
  'core/parse/lineSyntax.ts matcher',
  'core/parse/lineSyntax.ts memoLookups',
  'core/parse/inlineFields.ts semantics',
  'core/parse/unitList.ts semantics',
  'core/parse/unitList.ts lexicon',
  'core/parse/table.ts semantics',
  'core/parse/index.ts shared',
  'core/units/registry.ts builtinTable',
  'core/model/walk.ts itemsMemo',
  'core/model/walk.ts sectionsMemo',
  'core/rules/shared.ts scanCache',
  'core/domain/deadlines.ts calendarPatterns',
]);

function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e =>
    e.isDirectory() ? (e.name === 'generated' ? [] : sourcesUnder(path.join(dir, e.name))) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []);
}

describe('language core modules', () => {
  it('declare no mutable state at module level except the documented caches', () => {
    const found: string[] = [];
    const used = new Set<string>();
    for (const file of sourcesUnder(path.join(REPO_ROOT, 'core'))) {
      const rel = path.relative(REPO_ROOT, file).split(path.sep).join('/');
      const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
      for (const statement of source.statements) {
        if (!ts.isVariableStatement(statement)) continue;
        const constant = !!(statement.declarationList.flags & ts.NodeFlags.Const);
        for (const d of statement.declarationList.declarations) {
          const name = `${rel} ${d.name.getText()}`;
          const init = d.initializer;
          const collection = !!init && ts.isNewExpression(init) && /^(Map|Set|WeakMap|WeakSet|Array|PlanParser)$/.test(init.expression.getText());
          const mutable = !constant || (collection && !/^Readonly/.test(d.type?.getText() ?? ''));
          if (!mutable) continue;
          if (DOCUMENTED_CACHES.has(name)) used.add(name);
          else found.push(`${name}: ${constant ? 'a mutable collection' : 'let/var'}`);
        }
      }
    }
    assert.deepEqual(found, []);
    assert.deepEqual([...DOCUMENTED_CACHES].filter(c => !used.has(c)), [], 'every documented cache still exists');
  });
});
