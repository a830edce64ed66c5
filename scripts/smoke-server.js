#!/usr/bin/env node
// Starts a language server bundle over stdio and checks that it answers `initialize`
// (a bundle can build and still fail at start, e.g. on a dependency it could not bundle).
// Usage: node scripts/smoke-server.js [dist/server.js]
'use strict';
const { spawn } = require('child_process');
const path = require('path');

const server = path.resolve(process.argv[2] || path.join(__dirname, '..', 'dist', 'server.js'));
const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
let out = '';
let err = '';
const fail = message => { console.error(`[smoke] ${path.relative(process.cwd(), server)}: ${message}\n${err}`); child.kill(); process.exit(1); };
const timer = setTimeout(() => fail('no answer to initialize within 20 s'), 20000);
child.stdout.on('data', d => {
  out += d;
  if (/"capabilities"/.test(out)) { clearTimeout(timer); console.log(`[smoke] ${path.relative(process.cwd(), server)} answers initialize`); child.kill(); process.exit(0); }
});
child.stderr.on('data', d => { err += d; });
child.on('exit', code => fail(`exited with ${code} before answering`));
child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
