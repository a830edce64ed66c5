// Helpers shared by the real-VS-Code tests.
import * as assert from 'assert';
import * as vscode from 'vscode';

export const TIMEOUT = 30000;

/** Polls `probe` every 100 ms until it returns a value (not undefined/false), or fails after `timeout`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeout = TIMEOUT): Promise<T> {
  const started = Date.now();
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value as T;
    } catch (err) {
      last = err;
    }
    if (Date.now() - started > timeout) throw new Error(`timed out after ${timeout} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A file in the test workspace (a temp copy of test/e2e/workspace/). */
export function workspaceUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}
