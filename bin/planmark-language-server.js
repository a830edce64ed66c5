#!/usr/bin/env node
// Starts the Planmark language server. Editors pass a transport: --stdio, --node-ipc,
// --socket=<port> or --pipe=<name>; run by hand without one, it uses stdio.
'use strict';
const fs = require('fs');
const path = require('path');

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(require('../package.json').version + '\n');
  process.exit(0);
}
if (!args.some(a => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.argv.push('--stdio');
}
const candidates = [
  path.join(__dirname, '..', 'dist', 'server.js'),
  path.join(__dirname, '..', 'out', 'server', 'src', 'server.js'),
];
const entry = candidates.find(file => fs.existsSync(file));
if (!entry) {
  process.stderr.write('planmark-language-server: not built yet; run `npm run compile` in ' + path.resolve(__dirname, '..') + '\n');
  process.exit(2);
}
require(entry);
