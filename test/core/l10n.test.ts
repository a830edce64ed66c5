// The @vscode/l10n bundles hold every bilingual message of the core, so the language
// server (which reads Chinese from the bundle) says exactly what the rules say.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { REPO_ROOT } from '../support/paths';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { corePairs } = require(path.join(REPO_ROOT, 'scripts', 'gen-l10n.js')) as { corePairs(): Map<string, string> };

describe('l10n bundles', () => {
  it('are up to date with the core messages (node scripts/gen-l10n.js --check)', () => {
    const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'gen-l10n.js'), '--check'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
  });

  it('translate every core message exactly as the rule or feature writes it', () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const zh = require(path.join(REPO_ROOT, 'l10n', 'bundle.l10n.zh-cn.json')) as Record<string, string>;
    const pairs = corePairs();
    assert.ok(pairs.size > 100, `found ${pairs.size} messages`);
    for (const [en, text] of pairs) {
      assert.equal(zh[en], text, en);
    }
  });
});
