// The test runs' one guard against a hang (README, Testing). No test has a deadline: mocha's
// timeouts are off (.mocharc.json, the e2e suite's index.ts) and every wait polls or listens for
// its condition for as long as it takes, so a slow but healthy machine never fails a test. What
// stops a run that is truly stuck is this guard, in the runners only (scripts/run-tests.js for
// mocha, test/e2e/driver.js for the real-VS-Code suite): it fires when the run makes NO progress
// at all — no test started or finished, no wait began, nothing printed — for a whole window
// (PLANMARK_TEST_INACTIVITY_MS, default 10 minutes), and then names the test that was running
// and what it was waiting for.
//
// The clock runs in a worker thread, so the guard also fires when a test blocks the main thread
// (an endless loop in synchronous code): the worker writes the report straight to stderr, asks
// the main thread to stop the run, and kills the process itself if the main thread does not
// answer within a grace period.
import { Worker } from 'worker_threads';

export const INACTIVITY_ENV = 'PLANMARK_TEST_INACTIVITY_MS';
export const DEFAULT_INACTIVITY_MS = 10 * 60_000;
/** After reporting a stall, how long the worker lets the main thread stop the run before killing the process. */
const DEFAULT_GRACE_MS = 30_000;

/** The inactivity window from the environment; a clear error for a value that is not a positive number of milliseconds. */
export function inactivityWindow(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[INACTIVITY_ENV];
  if (raw === undefined || raw.trim() === '') return DEFAULT_INACTIVITY_MS;
  const ms = Number(raw);
  if (!Number.isFinite(ms) || ms <= 0) throw new Error(`${INACTIVITY_ENV} must be a positive number of milliseconds, not '${raw}'`);
  return ms;
}

export interface InactivityGuard {
  /** Something happened (a test started or ended, output); `running` names what runs from now on. */
  progress(running?: string): void;
  /** A wait for a condition began; a stall report names it (with the running test). */
  waiting(what: string): void;
  /** Ends the guard (the run is over). */
  stop(): void;
}

/** What the worker is told: every message is progress. */
interface Note { running?: string; waiting?: string; stop?: true }

const WORKER = `
const { parentPort, workerData, receiveMessageOnPort } = require('worker_threads');
const fs = require('fs');
const { label, windowMs, graceMs, env } = workerData;
let last = Date.now();
let running = '';
let waiting = '';
let stopped = false;
const take = note => {
  if (note.stop) { stopped = true; clearInterval(tick); parentPort.close(); return; }
  last = Date.now();
  if (note.running !== undefined) { running = note.running; waiting = ''; }
  if (note.waiting !== undefined) waiting = note.waiting;
};
parentPort.on('message', take);
const tick = setInterval(() => {
  // notes sent but not yet delivered (this thread was paused) count before the verdict
  for (let m; !stopped && (m = receiveMessageOnPort(parentPort)); ) take(m.message);
  if (stopped || Date.now() - last < windowMs) return;
  clearInterval(tick);
  const report = '[' + label + '] no progress for ' + Math.round(windowMs / 1000) + ' s (' + env + '): no test started or finished, no wait began and nothing was printed. '
    + 'Running: ' + (running || '(nothing yet)') + (waiting ? '; waiting for ' + waiting : '') + '. Stopping the run.';
  fs.writeSync(2, '\\n' + report + '\\n');
  parentPort.postMessage(report);
  setTimeout(() => { fs.writeSync(2, '[' + label + '] the run did not stop: killing it\\n'); process.kill(process.pid, 'SIGKILL'); }, graceMs);
}, Math.max(10, Math.min(5000, windowMs / 20)));
`;

/** The guard of this process's run, if a runner started one. */
let current: InactivityGuard | undefined;

/** For test helpers: a wait for `what` begins (a no-op when no runner guards the run, e.g. under plain `npx mocha`). */
export function waitingFor(what: string): void {
  current?.waiting(what);
}

/** For test helpers: something is progressing (e.g. a long child process printed a line). */
export function progressing(): void {
  current?.progress();
}

/**
 * Starts the guard (the process's current one, which `waitingFor` and `progressing` report to).
 * `onStall` gets the report (already written to stderr) and must end the run; the default exits
 * with status 1. If the main thread does not end it within `graceMs` (it is blocked), the worker
 * kills the process.
 */
export function startInactivityGuard(label: string, windowMs = inactivityWindow(), onStall: (report: string) => void = () => process.exit(1), graceMs = DEFAULT_GRACE_MS): InactivityGuard {
  const worker = new Worker(WORKER, { eval: true, workerData: { label, windowMs, graceMs, env: `${INACTIVITY_ENV}=${windowMs}` } });
  worker.on('message', (report: string) => onStall(report));
  worker.unref(); // after adding the listener (which refs the worker again): the guard never keeps a finished run alive
  let stopped = false;
  const post = (note: Note) => { if (!stopped) worker.postMessage(note); };
  const guard: InactivityGuard = {
    progress: running => post(running === undefined ? {} : { running }),
    waiting: what => post({ waiting: what }),
    stop: () => {
      post({ stop: true });
      stopped = true;
      if (current === guard) current = undefined;
    },
  };
  current = guard;
  return guard;
}
