// `npm run bench:compare -- <git ref>` (default HEAD): parse + lint of the scaled plans with
// the working tree's code and with the code of <ref>, in one process, runs alternated, so
// that both meet the same machine. Prints new/old per size and exits 1 when the new code is
// more than 10% slower at any size.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO_ROOT, scaledPlan } from './corpus';
import { fmt, gc, table } from './measure';

interface Core {
  parse(text: string): unknown;
  lint(doc: unknown): unknown;
}

const SIZES: [string, number][] = [['35 KB', 35_000], ['350 KB', 350_000], ['1 MB', 1_000_000]];
const RUNS = 15;
const MAX_SLOWDOWN = 1.1;

function load(root: string): Core {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { PlanParser } = require(path.join(root, 'out', 'core', 'parse')) as { PlanParser: new () => { parse(t: string): unknown } };
  const { lintDocument } = require(path.join(root, 'out', 'core', 'lint')) as { lintDocument(d: unknown, o: object): unknown };
  return { parse: t => new PlanParser().parse(t), lint: d => lintDocument(d, { locale: 'zh-cn' }) };
}

/** A built copy of `ref` in a temporary worktree, sharing this clone's node_modules. */
function buildRef(ref: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planmark-bench-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: REPO_ROOT, stdio: 'pipe' });
  git('worktree', 'add', '--detach', dir, ref);
  fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { cwd: dir, stdio: 'pipe' });
  run(process.execPath, ['scripts/gen-grammar.js']);
  if (fs.existsSync(path.join(dir, 'scripts', 'gen-config.js'))) run(process.execPath, ['scripts/gen-config.js']);
  run(process.execPath, [path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.']);
  return dir;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function main(): void {
  const ref = process.argv[2] ?? 'HEAD';
  process.stdout.write(`Building ${ref} in a temporary worktree…\n`);
  const dir = buildRef(ref);
  let slower = false;
  try {
    const old = load(dir);
    const cur = load(REPO_ROOT);
    const rows: (string | number)[][] = [['size', `${ref} ms`, 'working tree ms', 'new/old']];
    for (const [size, bytes] of SIZES) {
      const text = scaledPlan(bytes);
      // A sample parses about 1 MB in all (a small plan many times), so that no sample is
      // shorter than the machine's noise; the order alternates (ABBA) against drift.
      const reps = Math.max(1, Math.round(1_000_000 / bytes));
      const sample = (c: Core) => {
        gc();
        const t = process.hrtime.bigint();
        for (let r = 0; r < reps; r++) c.lint(c.parse(text));
        return Number(process.hrtime.bigint() - t) / 1e6 / reps;
      };
      for (let w = 0; w < 2; w++) { sample(old); sample(cur); }
      const a: number[] = [];
      const b: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        if (i % 2 === 0) { a.push(sample(old)); b.push(sample(cur)); } else { b.push(sample(cur)); a.push(sample(old)); }
      }
      const ratio = median(b) / median(a);
      slower ||= ratio > MAX_SLOWDOWN;
      rows.push([size, fmt(median(a)), fmt(median(b)), `${ratio.toFixed(2)}×${ratio > MAX_SLOWDOWN ? ' SLOWER' : ''}`]);
    }
    process.stdout.write(table(rows) + '\n');
    process.stdout.write(slower ? `More than ${Math.round((MAX_SLOWDOWN - 1) * 100)}% slower than ${ref}.\n` : `No regression beyond ${Math.round((MAX_SLOWDOWN - 1) * 100)}% against ${ref}.\n`);
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: REPO_ROOT, stdio: 'pipe' });
  }
  process.exitCode = slower ? 1 : 0;
}

main();
