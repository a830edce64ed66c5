#!/usr/bin/env node
// Imports the five seeds (raw web copies) into examples/imported/seed-00N.plan with the
// compiled import (run `node scripts/gen-grammar.js && npx tsc -p .` first), and writes
// each summary next to it as seed-00N.import.txt.
//   node scripts/import-seeds.js [SEEDS_DIR]
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const { importPlan, formatReport } = require(path.join(root, 'out/core/import/index.js'));
const seedsDir = process.argv[2] || process.env.PLANMARK_SEEDS || '/work/shared/seeds';
const outDir = path.join(root, 'examples/imported');

(async () => {
  fs.mkdirSync(outDir, { recursive: true });
  const seeds = fs.readdirSync(seedsDir).filter(f => /^\d{3}_.*\.txt$/.test(f)).sort();
  if (!seeds.length) throw new Error(`no seeds in ${seedsDir}`);
  for (const file of seeds) {
    const bytes = fs.readFileSync(path.join(seedsDir, file));
    const result = await importPlan({ bytes, fileName: file }, {});
    const name = `seed-${file.slice(0, 3)}`;
    fs.writeFileSync(path.join(outDir, `${name}.plan`), result.text);
    fs.writeFileSync(path.join(outDir, `${name}.import.txt`), `planmark import ${file}\n${formatReport(result.report)}`);
    console.log(`${name}.plan  (${result.report.length} report entries)`);
  }
})().catch(e => { console.error(e); process.exit(1); });
