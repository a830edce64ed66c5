// The extension's main bundle (production, as packaged) against a bundle of vscode-languageclient
// alone built with the same options: size, and the time to load (require) each in a fresh Node
// process with a stub `vscode` module. Pairs alternate in one run; the ratio of medians counts.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO_ROOT } from './corpus';
import { fmt, summarize, table } from './measure';

export interface BundleRow { what: string; bytes: number; loadMs: number }
export interface BundleResult { main: BundleRow; clientOnly: BundleRow; ratio: number; sizeTarget: number }

interface Built { main: { bytes: number; text: string }; clientOnly: { bytes: number; text: string } }

/** A `vscode` stand-in: any property is a constructible, callable stub (enough for module evaluation). */
const VSCODE_STUB = `'use strict';
const handler = {
  get(target, prop) {
    if (prop === '__esModule') return false;
    if (!(prop in target)) target[prop] = new Proxy(function stub() {}, handler);
    return target[prop];
  },
  construct() { return {}; },
  apply() { return undefined; },
};
module.exports = new Proxy(function vscode() {}, handler);
`;

/** Prints the milliseconds `require(file)` took, measured inside the process. */
const LOADER = `'use strict';
const { performance } = require('perf_hooks');
const t = performance.now();
require(process.argv[2]);
process.stdout.write(String(performance.now() - t));
`;

function load(dir: string, file: string): number {
  const r = spawnSync(process.execPath, [path.join(dir, 'load.js'), path.join(dir, file)], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`loading ${file} failed: ${r.stderr}`);
  return Number(r.stdout);
}

export async function runBundleBench(log: (s: string) => void, runs = 20): Promise<BundleResult> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildMainAndClientOnly } = require(path.join(REPO_ROOT, 'scripts', 'build.js')) as { buildMainAndClientOnly(): Promise<Built> };
  const built = await buildMainAndClientOnly();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planmark-bundle-'));
  try {
    fs.mkdirSync(path.join(dir, 'node_modules', 'vscode'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'node_modules', 'vscode', 'index.js'), VSCODE_STUB);
    fs.writeFileSync(path.join(dir, 'load.js'), LOADER);
    fs.writeFileSync(path.join(dir, 'extension.js'), built.main.text);
    fs.writeFileSync(path.join(dir, 'languageclient-only.js'), built.clientOnly.text);
    load(dir, 'extension.js'); load(dir, 'languageclient-only.js'); // warm the file cache
    const mains: number[] = [];
    const onlys: number[] = [];
    for (let i = 0; i < runs; i++) {
      if (i % 2) { onlys.push(load(dir, 'languageclient-only.js')); mains.push(load(dir, 'extension.js')); }
      else { mains.push(load(dir, 'extension.js')); onlys.push(load(dir, 'languageclient-only.js')); }
    }
    const main = { what: 'dist/extension.js (production)', bytes: built.main.bytes, loadMs: summarize(mains).median };
    const clientOnly = { what: 'vscode-languageclient alone', bytes: built.clientOnly.bytes, loadMs: summarize(onlys).median };
    const ratio = main.loadMs / clientOnly.loadMs;
    const sizeTarget = 300 * 1000;
    log(table([
      ['bundle', 'KB', 'load ms (median)'],
      ...[main, clientOnly].map(r => [r.what, (r.bytes / 1000).toFixed(0), fmt(r.loadMs)]),
    ]));
    log(`\nmain/languageclient load time = ${ratio.toFixed(2)}×; main bundle ${(main.bytes / 1000).toFixed(0)} KB (target ≤ 300 KB) ${main.bytes <= sizeTarget ? 'OK' : 'MISSED'}, ` +
      `of which ${((main.bytes - clientOnly.bytes) / 1000).toFixed(0)} KB are not vscode-languageclient`);
    return { main, clientOnly, ratio, sizeTarget };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
