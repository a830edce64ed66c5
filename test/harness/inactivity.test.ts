// The test runs' one guard against a hang (test/support/inactivity.ts): it stops a run that
// makes no progress and names what was running and awaited, also when a test blocks the main
// thread; it never keeps a finished run alive. Each case runs the guard in a child process and
// waits for that process's exit, without a deadline of its own.
import { strict as assert } from 'assert';
import { spawn } from 'child_process';
import * as path from 'path';
import { DEFAULT_INACTIVITY_MS, inactivityWindow, INACTIVITY_ENV } from '../support/inactivity';

const GUARD = path.join(__dirname, '..', 'support', 'inactivity.js');

/** Runs `body` in a child process after `const guard = …` (the module is `m`); its exit status, signal and stderr. */
function runChild(body: string): Promise<{ status: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  const script = `const m = require(${JSON.stringify(GUARD)});\n${body}`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', d => { stderr += d; });
    child.once('error', reject);
    child.once('close', (status, signal) => resolve({ status, signal, stderr }));
  });
}

describe('the inactivity guard of the test runs', () => {
  it('stops a run waiting forever and names the test and its wait (exit 1 by default)', async () => {
    const r = await runChild(`
      m.startInactivityGuard('run-tests', 200);
      m.waitingFor('diagnostics of a.plan v2'); // what a test helper reports (test/support/lspClient.ts)
      setTimeout(() => {}, 1e9); // keeps the process alive, as an open handle of a stuck test would
    `);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /\[run-tests\] no progress for 0 s \(PLANMARK_TEST_INACTIVITY_MS=200\)/);
    assert.match(r.stderr, /Running: \(nothing yet\); waiting for diagnostics of a\.plan v2\. Stopping the run\./);
  });

  it('names the running test, and kills a run whose main thread is blocked', async () => {
    const r = await runChild(`
      const guard = m.startInactivityGuard('run-tests', 200, () => {}, 100);
      guard.progress('parse: a pathological line');
      guard.waiting('nothing in particular');
      guard.progress('parse: an endless loop');
      for (;;) { /* blocks the main thread: only the worker can end this */ }
    `);
    assert.equal(r.signal, 'SIGKILL', r.stderr);
    assert.match(r.stderr, /Running: parse: an endless loop\. Stopping the run\./, 'a new test clears the last wait');
    assert.match(r.stderr, /\[run-tests\] the run did not stop: killing it/);
  });

  it('lets a finished run exit at once after stop(), and does not keep an unfinished one alive either', async () => {
    const stopped = await runChild(`const guard = m.startInactivityGuard('run-tests', 600000); guard.progress('a test'); guard.stop(); guard.progress('after stop: ignored');`);
    assert.deepEqual([stopped.status, stopped.stderr], [0, '']);
    const left = await runChild(`m.startInactivityGuard('run-tests', 600000).progress('a test');`);
    assert.deepEqual([left.status, left.stderr], [0, '']);
  });

  it(`reads its window from ${INACTIVITY_ENV}, with a clear message for a bad value`, () => {
    assert.equal(inactivityWindow({}), DEFAULT_INACTIVITY_MS);
    assert.equal(DEFAULT_INACTIVITY_MS, 10 * 60_000);
    assert.equal(inactivityWindow({ [INACTIVITY_ENV]: '1500' }), 1500);
    for (const bad of ['0', '-5', 'ten minutes']) {
      assert.throws(() => inactivityWindow({ [INACTIVITY_ENV]: bad }), new RegExp(`^Error: ${INACTIVITY_ENV} must be a positive number of milliseconds, not '${bad}'$`));
    }
  });
});
