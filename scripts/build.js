#!/usr/bin/env node
// Bundles the extension for packaging:
//   client/src/extension.ts → dist/extension.js   (external: vscode)
//   server/src/server.ts    → dist/server.js
// Usage: node scripts/build.js [--production] [--watch]
//   --production  minify (source maps are still written, but .vscodeignore keeps them out of the .vsix)
//   --watch       rebuild on change
'use strict';
const path = require('path');
const { execFileSync } = require('child_process');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// The Ohm grammar and the settings validator are generated TypeScript modules.
execFileSync(process.execPath, [path.join(root, 'scripts/gen-grammar.js')], { stdio: 'inherit' });
execFileSync(process.execPath, [path.join(root, 'scripts/gen-config.js')], { stdio: 'inherit' });

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  sourcesContent: false,
  minify: production,
  keepNames: true,
  legalComments: 'none',
  logLevel: 'info',
  absWorkingDir: root,
  // Optional native/peer modules that some dependencies probe for at run time.
  external: ['vscode', 'bufferutil', 'utf-8-validate'],
  // ESM builds first: jsonc-parser's UMD build requires its parts dynamically, which a bundle cannot resolve.
  mainFields: ['module', 'main'],
};

const targets = [
  { ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist' },
  { ...common, entryPoints: { server: 'server/src/server.ts' }, outdir: 'dist' },
];

async function main() {
  if (watch) {
    const contexts = await Promise.all(targets.map((t) => esbuild.context(t)));
    await Promise.all(contexts.map((c) => c.watch()));
    console.log('[build] watching…');
    return;
  }
  const started = Date.now();
  const results = await Promise.all(targets.map((t) => esbuild.build({ ...t, metafile: true })));
  for (const r of results) {
    for (const [file, info] of Object.entries(r.metafile.outputs)) {
      if (!file.endsWith('.map')) console.log(`[build] ${file} ${(info.bytes / 1024).toFixed(0)} KiB`);
    }
  }
  console.log(`[build] done in ${Date.now() - started} ms${production ? ' (production)' : ''}`);
  // A bundle can build and still fail at start (a dependency it could not bundle): try it.
  execFileSync(process.execPath, [path.join(root, 'scripts/smoke-server.js'), path.join(root, 'dist/server.js')], { stdio: 'inherit' });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
