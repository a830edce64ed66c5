// The import graph (scripts/import-graph.js): no cycles, type-only imports included, and
// each layer imports only the layers below it; the core imports no editor or LSP package.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { REPO_ROOT } from '../support/paths';

describe('layers: the import graph', () => {
  let run: { status: number | null; stdout: string; stderr: string };
  let lines: string[] = [];
  before(() => {
    run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'import-graph.js')], { cwd: REPO_ROOT, encoding: 'utf8' });
    lines = run.stdout.split('\n');
  });
  const layer = (name: string) => {
    const line = lines.find(l => l.startsWith(`${name}: imports `)) ?? '';
    const [, inner = '', outer = ''] = /^\w+: imports (.*); packages: (.*)$/.exec(line) ?? [];
    return { inner: inner === 'no other layer' ? [] : inner.split(', '), packages: outer === 'none' ? [] : outer.split(', ') };
  };

  it('has no cycles and no layering violation (the script exits 0)', () => {
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.ok(lines.includes('cycles: none'), run.stdout);
    assert.ok(!run.stdout.includes('layering violations'), run.stdout);
  });

  it('keeps the core free of editor, LSP and translation packages, and of the other layers', () => {
    const core = layer('core');
    assert.deepEqual(core.inner, []);
    assert.ok(core.packages.length > 0, 'the core layer is read');
    assert.deepEqual(core.packages.filter(p => /^(vscode|@vscode\/l10n)/.test(p)), []);
  });

  it('lets the CLI and the server import the core only, and only the client import vscode', () => {
    assert.deepEqual(layer('cli').inner, ['core']);
    assert.deepEqual(layer('server').inner, ['core']);
    for (const name of ['cli', 'server']) assert.ok(!layer(name).packages.includes('vscode'), name);
    assert.ok(layer('client').packages.includes('vscode'));
  });
});
