#!/usr/bin/env node
// Runs the CLI: the bundle dist/cli.js (one file, fast to load; `npm run compile` and
// `node scripts/build.js` build it) unless it is missing or older than the compiled
// out/cli/planmark.js (then out/, so a stale bundle never runs newer code's place).
// PLANMARK_CLI=out or PLANMARK_CLI=bundle picks one (tests run both). The bundle runs with
// a V8 code cache (bin/code-cache.js).
const path = require('path');
const fs = require('fs');
const root = path.join(__dirname, '..');
const bundle = path.join(root, 'dist', 'cli.js');
const compiled = path.join(root, 'out', 'cli', 'planmark.js');

function mtime(file) {
  try { return fs.statSync(file).mtimeMs; } catch { return undefined; }
}

function entry() {
  const want = process.env.PLANMARK_CLI;
  if (want === 'out' || want === 'bundle') return want === 'out' ? compiled : bundle;
  const b = mtime(bundle);
  const c = mtime(compiled);
  if (b === undefined) return compiled;
  return c === undefined || b >= c ? bundle : compiled;
}

const file = entry();
if (!fs.existsSync(file)) {
  process.stderr.write(`planmark: not built yet (${path.relative(root, file)}); run \`npm run compile\` in ${path.resolve(root)}\n`);
  process.exit(2);
}
const argv = process.argv.slice(2);
if (file === bundle) {
  // The command names the cache: each holds the code its command runs.
  // (As main reads it: `--locale X` may come first.)
  const first = argv[0] === '--locale' ? argv[2] : argv[0]?.startsWith('--locale=') ? argv[1] : argv[0];
  const command = first === undefined || first.startsWith('-') ? 'options' : first;
  const loaded = require('./code-cache').requireWithCodeCache(bundle, command);
  const { main, processIO } = loaded.exports;
  main(argv, processIO()).then(code => { process.exitCode = code; loaded.save(); });
} else {
  // Node 22+: keep the compiled code of the CLI's modules between runs (start-up).
  require('module').enableCompileCache?.();
  const { main, processIO } = require(file);
  main(argv, processIO()).then(code => { process.exitCode = code; });
}
