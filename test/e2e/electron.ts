// Runs the e2e suite in a downloaded VS Code desktop build via @vscode/test-electron.
// Needs internet access (update.code.visualstudio.com). On machines without it use
// `bash test/e2e/run.sh` (code-server + headless chromium) instead.
//
//   npm run compile && node out/test/e2e/electron.js
// Env: VSCODE_VERSION (default 'stable'; e.g. '1.100.3'), WORKSPACE (default: a temp folder
// assembled from examples/ and test/fixtures/ by test/e2e/workspace.js).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<number> {
  // compiled to out/test/e2e/electron.js: the repo root is three levels up
  const repo = path.resolve(__dirname, '..', '..', '..');
  const extensionDevelopmentPath = repo;
  const extensionTestsPath = path.join(repo, 'out', 'test', 'e2e', 'suite', 'index.js');

  let workspace = process.env.WORKSPACE ? path.resolve(process.env.WORKSPACE) : undefined;
  let tmp: string | undefined;
  if (!workspace) {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'planmark-e2e-electron-'));
    // assembled from the repository's plans, as the code-server driver does
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { assembleWorkspace } = require(path.join(repo, 'test', 'e2e', 'workspace.js')) as { assembleWorkspace(dir: string): string };
    workspace = assembleWorkspace(path.join(tmp, 'workspace'));
  }

  try {
    return await runTests({
      version: process.env.VSCODE_VERSION || 'stable',
      extensionDevelopmentPath,
      extensionTestsPath,
      launchArgs: [workspace, '--disable-extensions', '--skip-welcome', '--skip-release-notes', '--disable-workspace-trust'],
    });
  } finally {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error('e2e (test-electron) failed:', err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
