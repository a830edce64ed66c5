// Locations used by tests: the repository root (found from package.json) and its folders.
import * as fs from 'fs';
import * as path from 'path';

function findRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('repo root not found');
    dir = parent;
  }
  return dir;
}

export const REPO_ROOT = findRoot();
export const FIXTURES_DIR = path.join(REPO_ROOT, 'test', 'fixtures');
export const EXAMPLES_DIR = path.join(REPO_ROOT, 'examples');

// Until every test reads the seeds through ./seeds and the fixtures through ./fixtures:
export const SEEDS_DIR = path.resolve(REPO_ROOT, '..', 'shared', 'seeds');

/** The raw text of seed `n` (0–4). */
export function readSeed(n: number): string {
  const prefix = String(n).padStart(3, '0') + '_';
  const file = fs.readdirSync(SEEDS_DIR).find(f => f.startsWith(prefix));
  if (!file) throw new Error(`seed ${n} not found in ${SEEDS_DIR}`);
  return fs.readFileSync(path.join(SEEDS_DIR, file), 'utf8');
}

export function readFixture(rel: string): string {
  return fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', rel), 'utf8');
}

/** Every seed, by file name. */
export function readSeeds(): { name: string; text: string }[] {
  return fs.readdirSync(SEEDS_DIR).filter(f => f.endsWith('.txt')).sort().map(name => ({ name, text: fs.readFileSync(path.join(SEEDS_DIR, name), 'utf8') }));
}
