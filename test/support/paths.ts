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

/** A file under test/fixtures, as text. */
export function readFixture(rel: string): string {
  return fs.readFileSync(path.join(FIXTURES_DIR, rel), 'utf8');
}

/** A plan of the corpus (test/corpus), as written. */
export function readCorpus(name: string): string {
  return fs.readFileSync(path.join(REPO_ROOT, 'test', 'corpus', name), 'utf8');
}
