// How `planmark` starts: bin/planmark.js runs the bundle dist/cli.js (with a V8 code cache)
// or the compiled out/, never a bundle older than out/; `check` loads none of the export and
// import libraries, from either. (npm run compile builds both out/ and dist/cli.js.)
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { planPath } from '../support/fixtures';
import { REPO_ROOT } from '../support/paths';

const BIN = path.join(REPO_ROOT, 'bin', 'planmark.js');
const BUNDLE = path.join(REPO_ROOT, 'dist', 'cli.js');
const COMPILED = path.join(REPO_ROOT, 'out', 'cli', 'planmark.js');
/** The libraries only export, import and merge need. */
const HEAVY = ['docx', 'exceljs', 'mammoth', 'parse5', 'ical-generator', 'jszip'];

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'planmark-startup-'));
}

function run(args: string[], env: Record<string, string>, cwd = REPO_ROOT) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', ...env } });
}

/**
 * The npm packages a CLI entry has loaded after running `argv`, as a child process sees
 * them in require.cache (the bundle runs through bin/code-cache.js, which registers its
 * requires there too).
 */
function packagesLoaded(entry: 'out' | 'bundle', argv: string[], cacheDir: string): string[] {
  const script = `
    const loader = ${JSON.stringify(path.join(REPO_ROOT, 'bin', 'code-cache.js'))};
    const entry = ${JSON.stringify(entry === 'out' ? COMPILED : BUNDLE)};
    const { main } = ${entry === 'out' ? 'require(entry)' : "require(loader).requireWithCodeCache(entry, 'check').exports"};
    const io = { stdout() {}, stderr() {}, readStdin: async () => '', cwd: process.cwd(), env: { LANG: 'en_US.UTF-8' } };
    main(${JSON.stringify(argv)}, io).then(code => {
      const names = new Set(Object.keys(require.cache).map(f => /node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(f)?.[1]).filter(Boolean));
      process.stdout.write(JSON.stringify({ code, names: [...names] }));
    });`;
  const r = spawnSync(process.execPath, ['-e', script], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, PLANMARK_CODE_CACHE_DIR: cacheDir } });
  assert.equal(r.status, 0, r.stderr);
  const { code, names } = JSON.parse(r.stdout) as { code: number; names: string[] };
  assert.ok(code === 0 || code === 1, `planmark ${argv.join(' ')} exited ${code}`);
  return names;
}

describe('planmark start-up', function () {
  let cacheDir: string;
  before(function () {
    assert.ok(fs.existsSync(BUNDLE), 'dist/cli.js is missing: `npm run compile` builds it');
    cacheDir = tempDir();
  });
  after(() => fs.rmSync(cacheDir, { recursive: true, force: true }));

  for (const entry of ['out', 'bundle'] as const) {
    it(`check loads no export or import library (${entry})`, () => {
      const loaded = packagesLoaded(entry, ['check', planPath('county-bureau')], cacheDir);
      assert.deepEqual(loaded.filter(n => HEAVY.includes(n)), []);
      assert.ok(loaded.includes('ohm-js') || entry === 'bundle', 'out/ loads the grammar library from node_modules');
      // The same probe sees a library that an export does load.
      const exported = packagesLoaded(entry, ['export', '--to', 'docx', '-o', path.join(cacheDir, `out-${entry}.docx`), planPath('county-bureau')], cacheDir);
      assert.ok(exported.includes('docx'), `export --to docx loads docx: ${exported.join(', ')}`);
    });
  }

  it('bin/planmark.js gives the same answers from the bundle and from out/', () => {
    const env = { PLANMARK_CODE_CACHE_DIR: cacheDir };
    for (const args of [['check', planPath('web-copy')], ['outline', planPath('two-parts')], ['--version'], ['check', '--format', 'json', planPath('hostile')]]) {
      const fromOut = run(args, { ...env, PLANMARK_CLI: 'out' });
      const fromBundle = run(args, { ...env, PLANMARK_CLI: 'bundle' });
      assert.ok(fromOut.stdout.length > 0, `${args.join(' ')} prints something`);
      assert.deepEqual([fromBundle.status, fromBundle.stdout, fromBundle.stderr], [fromOut.status, fromOut.stdout, fromOut.stderr], args.join(' '));
    }
  });

  it('the bundle keeps a code cache per command, uses it, and survives a broken one', () => {
    const dir = tempDir();
    try {
      const env = { PLANMARK_CODE_CACHE_DIR: dir, PLANMARK_CLI: 'bundle' };
      const first = run(['check', planPath('web-copy')], env);
      const files = fs.readdirSync(dir);
      assert.equal(files.length, 1, `one cache file: ${files.join(', ')}`);
      assert.match(files[0], /^cli-[0-9a-f]{20}-check\.bin$/);
      const written = fs.statSync(path.join(dir, files[0])).size;
      assert.ok(written > 1000, `a cache of ${written} bytes`);
      // Used as it is: the same answer, no second file, no leftover temporary file.
      const second = run(['check', planPath('web-copy')], env);
      assert.deepEqual([second.status, second.stdout, second.stderr], [first.status, first.stdout, first.stderr]);
      assert.deepEqual(fs.readdirSync(dir), files);
      // Garbage in the cache file: V8 rejects it, the CLI answers as before and writes a good one.
      fs.writeFileSync(path.join(dir, files[0]), 'not a code cache');
      const third = run(['check', planPath('web-copy')], env);
      assert.deepEqual([third.status, third.stdout, third.stderr], [first.status, first.stdout, first.stderr]);
      assert.ok(fs.statSync(path.join(dir, files[0])).size > 1000, 'the broken cache was replaced');
      // Writing a cache removes the folder's caches untouched for a week (earlier builds'),
      // and a killed process's temporary file; a recent cache of another build stays.
      const stale = path.join(dir, 'cli-00000000000000000000-check.bin');
      const leftover = path.join(dir, 'cli-00000000000000000000-check.bin.1234.tmp');
      const recent = path.join(dir, 'cli-11111111111111111111-check.bin');
      const notOurs = path.join(dir, 'notes.txt');
      for (const f of [stale, leftover, recent, notOurs]) fs.writeFileSync(f, 'x');
      const weeksAgo = Date.now() / 1000 - 8 * 86_400;
      for (const f of [stale, leftover, notOurs]) fs.utimesSync(f, weeksAgo, weeksAgo);
      fs.rmSync(path.join(dir, files[0]));
      run(['check', planPath('web-copy')], env);
      assert.deepEqual(fs.readdirSync(dir).sort(), [files[0], path.basename(recent), 'notes.txt'].sort());
      fs.rmSync(recent); fs.rmSync(notOurs);
      // Another command has a cache of its own; turned off, none is written.
      run(['outline', planPath('two-parts')], env);
      assert.deepEqual(fs.readdirSync(dir).map(f => f.replace(/^cli-[0-9a-f]+-/, '')).sort(), ['check.bin', 'outline.bin']);
      const off = tempDir();
      try {
        assert.equal(run(['--version'], { PLANMARK_CODE_CACHE_DIR: off, PLANMARK_CODE_CACHE: '0', PLANMARK_CLI: 'bundle' }).status, 0);
        assert.deepEqual(fs.readdirSync(off), []);
      } finally { fs.rmSync(off, { recursive: true, force: true }); }
      // An unwritable cache place (a file where the folder should be) is no error.
      const blocked = path.join(dir, 'blocked');
      fs.writeFileSync(blocked, '');
      const r = run(['check', planPath('web-copy')], { PLANMARK_CODE_CACHE_DIR: path.join(blocked, 'sub'), PLANMARK_CLI: 'bundle' });
      assert.deepEqual([r.status, r.stdout, r.stderr], [first.status, first.stdout, first.stderr]);
    } finally { fs.rmSync(dir, { recursive: true, force: true }); }
  });

  it('bin/planmark.js runs the bundle unless out/ is newer or the bundle is missing', () => {
    // A copy of bin/ beside stand-ins for the two entries, each saying which it is.
    const root = tempDir();
    try {
      fs.mkdirSync(path.join(root, 'bin'));
      for (const f of ['planmark.js', 'code-cache.js']) fs.copyFileSync(path.join(REPO_ROOT, 'bin', f), path.join(root, 'bin', f));
      const standIn = (name: string) => `exports.main = async () => { process.stdout.write(${JSON.stringify(name)}); return 0; }; exports.processIO = () => ({});\n`;
      fs.mkdirSync(path.join(root, 'dist'));
      fs.mkdirSync(path.join(root, 'out', 'cli'), { recursive: true });
      const bundle = path.join(root, 'dist', 'cli.js');
      const compiled = path.join(root, 'out', 'cli', 'planmark.js');
      fs.writeFileSync(bundle, standIn('bundle'));
      fs.writeFileSync(compiled, standIn('out'));
      const which = (env: Record<string, string> = {}) => {
        const r = spawnSync(process.execPath, [path.join(root, 'bin', 'planmark.js'), 'check'], { encoding: 'utf8', env: { ...process.env, PLANMARK_CODE_CACHE_DIR: path.join(root, 'cache'), ...env } });
        assert.equal(r.status, 0, r.stderr);
        return r.stdout;
      };
      const at = (file: string, seconds: number) => fs.utimesSync(file, seconds, seconds);
      at(compiled, 1_000_000); at(bundle, 1_000_100);
      assert.equal(which(), 'bundle');
      at(bundle, 999_900); // a stale bundle: out/ was compiled after it
      assert.equal(which(), 'out');
      assert.equal(which({ PLANMARK_CLI: 'bundle' }), 'bundle');
      at(bundle, 1_000_100);
      assert.equal(which({ PLANMARK_CLI: 'out' }), 'out');
      fs.rmSync(bundle);
      assert.equal(which(), 'out');
      fs.rmSync(compiled);
      const none = spawnSync(process.execPath, [path.join(root, 'bin', 'planmark.js'), 'check'], { encoding: 'utf8' });
      assert.equal(none.status, 2);
      assert.match(none.stderr, /not built yet .*npm run compile/);
    } finally { fs.rmSync(root, { recursive: true, force: true }); }
  });
});
