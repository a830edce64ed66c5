#!/usr/bin/env node
// Collects every bilingual message of the language core ({ en: '…', zh: '…' } literals in
// core/**/*.ts: rule messages, feature texts) into the extension's @vscode/l10n bundles,
// so the language server can look its Chinese strings up the way VS Code extensions do.
// The rule files stay the single source; `--check` fails when the bundles are stale.
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const PAIR = /\ben:\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1\s*,\s*zh:\s*(['"`])((?:\\.|(?!\3)[^\\])*)\3/g;

function tsFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : tsFiles(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

/** The string a TypeScript single/double-quoted literal denotes. */
function unquote(body, quote) {
  if (quote === '`') return body;
  return JSON.parse('"' + body.replace(/\\'/g, "'").replace(/"/g, '\\"').replace(/\\\\"/g, '\\"') + '"');
}

/** Every en → zh pair in the core, in a stable order. */
function corePairs() {
  const pairs = new Map();
  for (const file of tsFiles(path.join(root, 'core')).sort()) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(PAIR)) {
      const en = unquote(m[2], m[1]);
      const zh = unquote(m[4], m[3]);
      if (pairs.has(en) && pairs.get(en) !== zh) throw new Error(`${path.relative(root, file)}: "${en}" is translated two ways`);
      pairs.set(en, zh);
    }
  }
  return pairs;
}

function updatedBundles() {
  const enFile = path.join(root, 'l10n/bundle.l10n.json');
  const zhFile = path.join(root, 'l10n/bundle.l10n.zh-cn.json');
  const en = JSON.parse(fs.readFileSync(enFile, 'utf8'));
  const zh = JSON.parse(fs.readFileSync(zhFile, 'utf8'));
  for (const [key, value] of corePairs()) { en[key] = key; zh[key] = value; }
  return [[enFile, en], [zhFile, zh]];
}

module.exports = { corePairs };

if (require.main === module) {
  const check = process.argv.includes('--check');
  let stale = false;
  for (const [file, bundle] of updatedBundles()) {
    const text = JSON.stringify(bundle, null, 2) + '\n';
    if (fs.readFileSync(file, 'utf8') === text) continue;
    if (check) { stale = true; console.error(`${path.relative(root, file)} is stale: run node scripts/gen-l10n.js`); }
    else fs.writeFileSync(file, text);
  }
  process.exit(stale ? 1 : 0);
}
