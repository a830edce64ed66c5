// The server's modules are side-effect free and hold no module-level mutable state: every
// piece of state belongs to the objects startServer creates. Only the entry (server.ts)
// creates a connection.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { REPO_ROOT } from '../support/paths';

const SOURCE_DIR = path.join(REPO_ROOT, 'server', 'src');
const OUT_DIR = path.join(REPO_ROOT, 'out', 'server', 'src');
const ENTRY = 'server.ts';

function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e =>
    e.isDirectory() ? sourcesUnder(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []);
}

/** Requires `files` in a fresh Node process and reports what that changed. */
function requireInChild(files: string[]): { status: number | null; stdout: string; stderr: string } {
  const script = `
    const events = ['uncaughtException', 'unhandledRejection', 'exit'];
    const before = events.map(e => process.listenerCount(e));
    for (const f of ${JSON.stringify(files)}) require(f);
    const added = events.filter((e, i) => process.listenerCount(e) !== before[i]);
    process.stdout.write(JSON.stringify({ added }));`;
  // The child must exit by itself: a timer, server or connection left open would keep it alive
  // (and the run's inactivity guard would then stop it, naming this test).
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('language server modules', function () {
  const sources = sourcesUnder(SOURCE_DIR);
  const modules = sources.filter(f => path.relative(SOURCE_DIR, f) !== ENTRY);

  it('can all be imported without side effects', () => {
    const compiled = modules.map(f => path.join(OUT_DIR, path.relative(SOURCE_DIR, f)).replace(/\.ts$/, '.js'));
    const r = requireInChild(compiled);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), { added: [] }, 'no process listeners were added');
  });

  it('except the entry, which creates the connection from argv', () => {
    const r = requireInChild([path.join(OUT_DIR, 'server.js')]);
    assert.notEqual(r.status, 0, 'without --stdio or --node-ipc there is no connection to create');
    assert.match(r.stderr, /Connection input stream is not set/);
  });

  it('declare no mutable state at module level', () => {
    const found: string[] = [];
    for (const file of sources) {
      const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
      const where = (node: ts.Node) => `${path.relative(REPO_ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      for (const statement of source.statements) {
        if (!ts.isVariableStatement(statement)) continue;
        const list = statement.declarationList;
        if (!(list.flags & ts.NodeFlags.Const)) {
          found.push(`${where(statement)} let/var at module level`);
          continue;
        }
        for (const d of list.declarations) {
          // Collections are caches or registries unless typed read-only.
          const init = d.initializer;
          const collection = init && ts.isNewExpression(init) && /^(Map|Set|WeakMap|WeakSet|Array)$/.test(init.expression.getText());
          if (collection && !/^Readonly/.test(d.type?.getText() ?? '')) found.push(`${where(d)} ${d.name.getText()} = ${init!.getText().slice(0, 40)}`);
        }
      }
    }
    assert.deepEqual(found, []);
  });
});
