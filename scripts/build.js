#!/usr/bin/env node
// Bundles the extension for packaging:
//   client/src/extension.ts      → dist/extension.js   (external: vscode; loaded at activation: the client only)
//   client/src/lazy/commands.ts  → dist/commands.js    (export, ledger, import: loaded when one of them first runs)
//   client/src/lazy/preview.ts   → dist/preview.js     (the preview: loaded when it first opens)
//   server/src/server.ts         → dist/server.js
//   cli/planmark.ts              → dist/cli.js         (the `planmark` command: bin/planmark.js runs it when it
//                                                       is not older than out/; see cliTarget below)
// Usage: node scripts/build.js [--production] [--watch] [--cli]
//   --production  minify (source maps are still written, but .vscodeignore keeps them out of the .vsix)
//   --watch       rebuild on change
//   --cli         build dist/cli.js only (`npm run compile` does, after tsc)
// Also a module: `targets({ production })` gives the esbuild options (the bundle-size test and the
// bench build the main bundle with them, and a bundle of vscode-languageclient alone beside it).
'use strict';
const path = require('path');
const { execFileSync } = require('child_process');

const root = path.resolve(__dirname, '..');

/** The parts client/src/lazy.ts loads on first use; each is an entry of its own. */
const LAZY_PARTS = ['commands', 'preview'];

/** In the main bundle, `require('./lazy/<part>')` stays a require of the part's bundle beside it. */
const lazyParts = {
  name: 'planmark-lazy-parts',
  setup(build) {
    build.onResolve({ filter: /^\.\/lazy\/[a-z]+$/ }, args => {
      const part = args.path.slice('./lazy/'.length);
      if (!LAZY_PARTS.includes(part) || !args.importer.endsWith(path.join('client', 'src', 'lazy.ts'))) return undefined;
      return { path: `./${part}.js`, external: true };
    });
  },
};

/** @returns {import('esbuild').BuildOptions} */
function commonOptions(production) {
  return {
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
}

/** The esbuild options of every bundle, keyed by what it is. */
function targets({ production = false, outdir = 'dist' } = {}) {
  const common = { ...commonOptions(production), outdir };
  return {
    // VS Code loads this one at activation. Minified without kept names (keepNames adds ~20 KB):
    // its stack traces map back through the source map.
    extension: { ...common, keepNames: !production, entryPoints: { extension: 'client/src/extension.ts' }, plugins: [lazyParts] },
    lazy: { ...common, entryPoints: Object.fromEntries(LAZY_PARTS.map(p => [p, `client/src/lazy/${p}.ts`])) },
    server: { ...common, entryPoints: { server: 'server/src/server.ts' } },
    cli: cliTarget(common),
  };
}

/**
 * The libraries `planmark check` needs (bundled into dist/cli.js); every other dependency
 * (docx, exceljs, mammoth, parse5, ical-generator …: export, import and merge only) stays a
 * `require` of node_modules, loaded when a command that needs it runs.
 */
const CLI_BUNDLED = ['ohm-js', 'ajv', 'jsonc-parser'];

/**
 * The CLI reads its version as `require('../../package.json').version`, a path relative to
 * out/cli/: in the bundle that require is the version alone (not the whole manifest).
 */
function manifestVersion(version) {
  return {
    name: 'planmark-manifest-version',
    setup(build) {
      build.onResolve({ filter: /(^|\/)package\.json$/ }, args => (args.importer.startsWith(path.join(root, 'cli'))
        ? { path: 'package.json', namespace: 'planmark-version' } : undefined));
      build.onLoad({ filter: /.*/, namespace: 'planmark-version' }, () => ({ contents: JSON.stringify({ version }), loader: 'json' }));
    },
  };
}

/**
 * The CLI as one file: loading ~130 compiled modules from out/ costs more than running the
 * check of a small plan. Always minified (V8 parses less), and without keepNames: the
 * `__name` wrappers it adds to ohm-js's classes made a 1 MB check take twice as long.
 */
function cliTarget(common) {
  const manifest = require(path.join(root, 'package.json'));
  const dependencies = Object.keys(manifest.dependencies);
  return {
    ...common,
    plugins: [manifestVersion(manifest.version)],
    minify: true,
    keepNames: false,
    entryPoints: { cli: 'cli/planmark.ts' },
    // `import('exceljs')` becomes a require, as tsc compiles it: bin/code-cache.js runs the
    // bundle as a vm.Script, which has no callback for a real dynamic import.
    supported: { 'dynamic-import': false },
    external: [...common.external, ...dependencies.filter(d => !CLI_BUNDLED.includes(d))],
  };
}

async function main() {
  const esbuild = require('esbuild');
  const production = process.argv.includes('--production');
  const watch = process.argv.includes('--watch');
  const cliOnly = process.argv.includes('--cli');
  // The Ohm grammar and the settings validator are generated TypeScript modules
  // (`npm run compile` has just generated them when it asks for --cli).
  if (!cliOnly) {
    execFileSync(process.execPath, [path.join(root, 'scripts/gen-grammar.js')], { stdio: 'inherit' });
    execFileSync(process.execPath, [path.join(root, 'scripts/gen-config.js')], { stdio: 'inherit' });
  }
  const all = cliOnly ? [targets({ production }).cli] : Object.values(targets({ production }));
  if (watch) {
    const contexts = await Promise.all(all.map((t) => esbuild.context(t)));
    await Promise.all(contexts.map((c) => c.watch()));
    console.log('[build] watching…');
    return;
  }
  const started = Date.now();
  const results = await Promise.all(all.map((t) => esbuild.build({ ...t, metafile: true })));
  for (const r of results) {
    for (const [file, info] of Object.entries(r.metafile.outputs)) {
      if (!file.endsWith('.map')) console.log(`[build] ${file} ${(info.bytes / 1024).toFixed(0)} KiB`);
    }
  }
  console.log(`[build] done in ${Date.now() - started} ms${production ? ' (production)' : ''}`);
  // A bundle can build and still fail at start (a dependency it could not bundle): try it.
  if (!cliOnly) execFileSync(process.execPath, [path.join(root, 'scripts/smoke-server.js'), path.join(root, 'dist/server.js')], { stdio: 'inherit' });
  const checked = execFileSync(process.execPath, [path.join(root, 'dist/cli.js'), 'outline', '-'], { input: '一、总体\n1.推进\n', encoding: 'utf8' });
  if (!checked.includes('一、总体')) throw new Error(`dist/cli.js does not outline a plan:\n${checked}`);
}

/**
 * A bundle of vscode-languageclient alone (its LanguageClient for Node, as the extension uses it),
 * built with the main bundle's options: what any language-server extension loads at activation,
 * the yardstick of the main bundle's size and load time.
 */
function languageClientOnlyTarget({ production = true } = {}) {
  const { plugins: _plugins, entryPoints: _entry, outdir: _outdir, ...options } = targets({ production }).extension;
  return {
    ...options,
    stdin: { contents: "module.exports = require('vscode-languageclient/node');", resolveDir: root, loader: 'js', sourcefile: 'languageclient-only.js' },
    sourcemap: false,
    logLevel: 'silent',
  };
}

/**
 * Builds, in memory, the production main bundle and the languageclient-only bundle.
 * @returns {Promise<{ main: { bytes: number, inputs: string[], text: string }, clientOnly: { bytes: number, text: string } }>}
 */
async function buildMainAndClientOnly() {
  const esbuild = require('esbuild');
  const { extension } = targets({ production: true });
  const [main, only] = await Promise.all([
    esbuild.build({ ...extension, sourcemap: false, logLevel: 'silent', write: false, metafile: true }),
    esbuild.build({ ...languageClientOnlyTarget(), write: false, outfile: 'languageclient-only.js' }),
  ]);
  const mainOut = main.outputFiles.find(f => f.path.endsWith('extension.js'));
  return {
    main: { bytes: mainOut.contents.byteLength, inputs: Object.keys(main.metafile.inputs), text: mainOut.text },
    clientOnly: { bytes: only.outputFiles[0].contents.byteLength, text: only.outputFiles[0].text },
  };
}

module.exports = { targets, LAZY_PARTS, CLI_BUNDLED, languageClientOnlyTarget, buildMainAndClientOnly };

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
