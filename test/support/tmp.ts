// Temporary folders for tests, removed afterwards: no test sees what another one wrote.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

function tempDir(prefix: string, setUp: (fn: () => void) => void, tearDown: (fn: () => void) => void, what: string): () => string {
  let dir: string | undefined;
  setUp(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`)); });
  tearDown(() => { if (dir) fs.rmSync(dir, { recursive: true, force: true }); dir = undefined; });
  return () => {
    if (!dir) throw new Error(`${what}: used outside its suite's tests`);
    return dir;
  };
}

/** A fresh folder for each test of the calling suite (beforeEach/afterEach); the function gives the current one. */
export function tempDirPerTest(prefix: string): () => string {
  return tempDir(prefix, beforeEach, afterEach, 'tempDirPerTest');
}

/** One folder for the whole calling suite (before/after), for tests that each use their own files in it. */
export function tempDirPerSuite(prefix: string): () => string {
  return tempDir(prefix, before, after, 'tempDirPerSuite');
}
