#!/usr/bin/env node
// Runs the compiled CLI (npm run compile builds out/).
const path = require('path');
const fs = require('fs');
const entry = path.join(__dirname, '..', 'out', 'cli', 'planmark.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('planmark: not built yet; run `npm run compile` in ' + path.resolve(__dirname, '..') + '\n');
  process.exit(2);
}
// Node 22+: keep the compiled code of the CLI's modules between runs (start-up).
require('module').enableCompileCache?.();
const { main, processIO } = require(entry);
main(process.argv.slice(2), processIO()).then(code => { process.exitCode = code; });
