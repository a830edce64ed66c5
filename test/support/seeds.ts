// The raw seed documents (web copies of real plans), which the repository does not hold.
// They are read from $PLANMARK_SEEDS, by default <repo>/../shared/seeds. Tests of the raw
// seeds are declared with `describeSeeds` / `itSeeds`: when the folder is missing they are
// registered as pending (mocha's skipped tests), so a clone without the seeds reports them
// as skipped, never as passed; when it is there, a missing seed file fails the test.
import * as fs from 'fs';
import * as path from 'path';
import type { Func, Suite, Test } from 'mocha';
import { REPO_ROOT } from './paths';

/** The seed numbers: 000 … 004. */
export const SEED_NUMBERS = [0, 1, 2, 3, 4] as const;

const configured = process.env.PLANMARK_SEEDS;
export const SEEDS_DIR = configured ? path.resolve(configured) : path.resolve(REPO_ROOT, '..', 'shared', 'seeds');
/** How the folder is named in messages: as configured, or relative to the repository. */
export const SEEDS_LABEL = configured || '../shared/seeds';

export const SEEDS_PRESENT = fs.existsSync(SEEDS_DIR) && fs.statSync(SEEDS_DIR).isDirectory();

/** Why seed tests are skipped; scripts/run-tests.js reads it to name the skips. */
export const SEEDS_SKIP_REASON = `raw seeds not found at ${SEEDS_LABEL}`;

/** The property a pending suite or test carries to say why it is skipped. */
export const SKIP_REASON = 'planmarkSkipReason';

/** The file name of seed `n` (`003_06dbc8e77edbdaad.txt`). */
export function seedFile(n: number): string {
  const prefix = String(n).padStart(3, '0') + '_';
  const file = fs.readdirSync(SEEDS_DIR).find(f => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!file) throw new Error(`seed ${n} not found in ${SEEDS_DIR}`);
  return file;
}

export function seedPath(n: number): string {
  return path.join(SEEDS_DIR, seedFile(n));
}

/** The raw text of seed `n` (0–4). */
export function readSeed(n: number): string {
  return fs.readFileSync(seedPath(n), 'utf8');
}

export function readSeedBytes(n: number): Buffer {
  return fs.readFileSync(seedPath(n));
}

function markSkipped<T extends Suite | Test>(node: T): T {
  (node as unknown as Record<string, string>)[SKIP_REASON] = SEEDS_SKIP_REASON;
  return node;
}

/** A describe() of tests that read the raw seeds: skipped (pending) when they are missing. */
export function describeSeeds(title: string, fn: (this: Suite) => void): Suite {
  // describe.skip returns the pending suite (its type says void | Suite).
  return SEEDS_PRESENT ? describe(title, fn) : markSkipped(describe.skip(title, fn) as Suite);
}

/** An it() that reads the raw seeds: skipped (pending) when they are missing. */
export function itSeeds(title: string, fn: Func): Test {
  return SEEDS_PRESENT ? it(title, fn) : markSkipped(it.skip(title, fn));
}
