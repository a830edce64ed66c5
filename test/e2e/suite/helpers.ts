// Helpers shared by the real-VS-Code tests.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

/**
 * No wait here has a deadline: a slow but healthy machine only makes them longer. Each wait
 * tells the driver what it waits for (a '[planmark-e2e] waiting for …' line); when the run
 * makes no progress at all for the inactivity window, the driver stops it and names the test
 * and that wait (test/e2e/README.md, "Hangs").
 */
function announceWait(what: string): void {
  console.log(`[planmark-e2e] waiting for ${what.replace(/\s+/g, ' ')}`);
}

/** The extension's API (what `activate` returns, typed by the caller) once its language client is ready. */
export async function planmarkApi<T extends { ready: Promise<void> }>(): Promise<T> {
  const ext = vscode.extensions.getExtension<T>('planmark.planmark');
  assert.ok(ext, 'the Planmark extension is installed');
  const exported = await ext.activate();
  await exported.ready;
  return exported;
}

/**
 * Polls `probe` every 100 ms until it returns a value (not undefined/false), however long that
 * takes. A probe that throws is polled again; its last error is announced to the driver, so that
 * a stall report says why the condition does not hold.
 */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>): Promise<T> {
  let lastError = '';
  for (let polls = 0; ; polls++) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value as T;
    } catch (err) {
      const message = String(err);
      if (message !== lastError) announceWait(`${what} (last error: ${message})`);
      lastError = message;
    }
    if (polls === 0 && !lastError) announceWait(what);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A file in the test workspace, which the driver (or electron.ts) assembles in a temp folder
 * from the repository's plans (test/e2e/workspace.js): clean.plan (examples/clean.plan),
 * county-bureau.plan and one-line-items.plan (test/fixtures/plans/).
 */
export function workspaceUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** A copy of workspace file `name` under a new name: a document no earlier test has opened. */
export async function freshCopy(name: string, copyName: string): Promise<vscode.Uri> {
  const copy = workspaceUri(copyName);
  await vscode.workspace.fs.copy(workspaceUri(name), copy, { overwrite: true });
  return copy;
}

/** Resolves at the next change of `uri`'s diagnostics (also when they are set to none), however long it takes. */
export function diagnosticsChange(uri: vscode.Uri): Promise<void> {
  announceWait(`a change of the diagnostics of ${uri.path}`);
  return new Promise((resolve) => {
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      listener.dispose();
      resolve();
    });
  });
}

/**
 * Asks the driver for a screenshot (test/e2e/README.md) and waits until it is written, so
 * that the window still shows what the test set up. Without a driver (electron.ts) nobody
 * takes it and there is nothing to wait for.
 */
export async function screenshot(name: string): Promise<void> {
  const dir = process.env.PLANMARK_E2E_SHOT_DIR;
  const requested = Date.now();
  console.log(`[planmark-e2e] screenshot ${name}`);
  if (!dir) return;
  const file = path.join(dir, `${name}.png`);
  await waitFor(`screenshot ${file}`, () => fs.existsSync(file) && fs.statSync(file).mtimeMs >= requested - 1000);
}

/** A step of `pressKeys`: a key (Playwright's names: 'F2', 'Enter', 'Control+A'), text typed, or an element waited for. */
export type KeyStep = { press: string } | { type: string } | { waitFor: string } | { waitHidden: string } | { waitValue: { selector: string; value: string } };

let keysRequested = 0;

/**
 * Asks the driver (test/e2e/driver.js) to press keys in the workbench, as a user types them,
 * and waits until it has. Returns false without a driver (the electron runner), which has no
 * keyboard to drive: the caller then says what it does instead.
 */
export async function pressKeys(steps: KeyStep[]): Promise<boolean> {
  const dir = process.env.PLANMARK_E2E_SHOT_DIR;
  if (!dir) return false;
  const id = `${process.pid}-${++keysRequested}`;
  const done = path.join(dir, `keys-${id}.done`);
  console.log(`[planmark-e2e] keys ${id} ${JSON.stringify(steps)}`);
  const result = await waitFor(`the driver pressing ${JSON.stringify(steps)}`, () => fs.existsSync(done) && fs.readFileSync(done, 'utf8'));
  fs.rmSync(done, { force: true });
  assert.strictEqual(result, 'ok', `the driver pressed the keys: ${result}`);
  return true;
}
