// The extension's l10n bundles (vscode.l10n) hold exactly the strings the client shows
// (vscode.l10n.t calls), each translated with the same placeholders. The language core's
// messages are not here: they carry both languages beside the code that emits them.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from '../support/paths';

function clientStrings(): Set<string> {
  const out = new Set<string>();
  const visit = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) visit(full);
      else if (e.name.endsWith('.ts')) {
        for (const m of fs.readFileSync(full, 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) out.add(m[1].replace(/\\'/g, "'"));
      }
    }
  };
  visit(path.join(REPO_ROOT, 'client', 'src'));
  return out;
}

const bundle = (name: string) => JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'l10n', name), 'utf8')) as Record<string, string>;
const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort();

describe('client l10n bundles', () => {
  const strings = clientStrings();
  const en = bundle('bundle.l10n.json');
  const zh = bundle('bundle.l10n.zh-cn.json');

  it('hold every string the client shows, and nothing else', () => {
    assert.ok(strings.size > 20, `found ${strings.size} strings`);
    assert.deepEqual(Object.keys(en).sort(), [...strings].sort());
    assert.deepEqual(Object.keys(zh).sort(), [...strings].sort());
  });

  it('translate each string into Chinese with the same placeholders', () => {
    for (const key of strings) {
      assert.equal(en[key], key, key);
      assert.ok(/[\u4e00-\u9fff]/.test(zh[key]), `not translated: ${key}`);
      assert.deepEqual(placeholders(zh[key]), placeholders(key), key);
    }
  });
});
