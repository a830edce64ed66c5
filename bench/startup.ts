// Whole-process start-up: `planmark --version` against a bare `node -e 0`, and
// `planmark check` against markdownlint-cli2 on the same content as Markdown, at ~35 KB
// and ~1 MB. Each pair runs alternated, many times, in one run; the ratio of medians is
// what counts (the machine's speed cancels out). `planmark` is bin/planmark.js as a user
// runs it: the bundle dist/cli.js that `npm run compile` builds, with its V8 code cache in
// the user's cache folder (the warm-up run of each pair writes it when it is missing).
// PLANMARK_CLI=out or PLANMARK_CODE_CACHE=0 in the environment measures without them.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { asMarkdown, REPO_ROOT, scaledPlan } from './corpus';
import { fmt, now, summarize, table } from './measure';

export interface StartupRow { what: string; ms: number; baseline: string; baselineMs: number; ratio: number; target: number }

function run(cmd: string, args: string[], cwd: string): number {
  const t = now();
  const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = now() - t;
  if (r.error) throw r.error;
  return ms;
}

/** Medians of `runs` alternated runs of a and b. */
function pair(a: () => number, b: () => number, runs: number): [number, number] {
  a(); b(); // warm the file cache
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2) { bs.push(b()); as.push(a()); } else { as.push(a()); bs.push(b()); }
  }
  return [summarize(as).median, summarize(bs).median];
}

export function runStartupBench(log: (s: string) => void): StartupRow[] {
  const node = process.execPath;
  const bin = path.join(REPO_ROOT, 'bin', 'planmark.js');
  const lint = path.join(REPO_ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planmark-startup-'));
  const rows: StartupRow[] = [];
  try {
    const [version, bare] = pair(() => run(node, [bin, '--version'], dir), () => run(node, ['-e', '0'], dir), 20);
    rows.push({ what: 'planmark --version', ms: version, baseline: 'node -e 0', baselineMs: bare, ratio: version / bare, target: 2 });
    for (const [label, bytes] of [['35 KB', 35_000], ['1 MB', 1_000_000]] as const) {
      const plan = scaledPlan(bytes);
      fs.writeFileSync(path.join(dir, 'plan.plan'), plan);
      fs.writeFileSync(path.join(dir, 'plan.md'), asMarkdown(plan));
      const runs = bytes > 100_000 ? 6 : 12;
      const [check, md] = pair(() => run(node, [bin, 'check', 'plan.plan'], dir), () => run(node, [lint, 'plan.md'], dir), runs);
      rows.push({ what: `planmark check, ${label}`, ms: check, baseline: 'markdownlint-cli2', baselineMs: md, ratio: check / md, target: 0.5 });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  log(table([
    ['process', 'ms', 'baseline', 'baseline ms', 'ratio', 'target'],
    ...rows.map(r => [r.what, fmt(r.ms), r.baseline, fmt(r.baselineMs), `${r.ratio.toFixed(2)}×`, `≤ ${r.target}× ${r.ratio <= r.target ? 'OK' : 'MISSED'}`]),
  ]));
  return rows;
}
