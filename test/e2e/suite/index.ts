// Mocha entry of the e2e suite: the `run()` module that VS Code's extension host loads as
// extensionTestsPath (both under @vscode/test-electron and under the code-server driver).
// It runs every *.test.js compiled next to it (out/test/e2e/suite/); suite/zh/ holds the tests
// of the run with VS Code's display language set to zh-cn (its own index.js, TESTS=… LOCALE=zh-cn).
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  return runSuiteIn(__dirname);
}

/** Runs every *.test.js directly in `dir` (not in its subfolders: suite/zh/ is its own run). */
export function runSuiteIn(dir: string): Promise<void> {
  // No timeouts: a test waits for its condition however long it takes; the driver's inactivity
  // guard stops a run that makes no progress, naming the test announced below.
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 0 });
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  for (const f of files) mocha.addFile(path.join(dir, f));

  return new Promise<void>((resolve, reject) => {
    if (files.length === 0) {
      console.log('0 passed, 1 failed');
      reject(new Error(`no *.test.js files in ${dir} (did the compile run?)`));
      return;
    }
    try {
      const skipped: string[] = [];
      const runner = mocha.run((failures) => {
        const passes = runner.stats?.passes ?? 0;
        for (const title of skipped) console.log(`[e2e] skipped: ${title}`);
        // bare summary line: the driver/CI (and scripts/run-tests.js) read it verbatim
        console.log(`${passes} passed, ${failures} failed, ${skipped.length} skipped`);
        if (failures > 0) reject(new Error(`${failures} e2e test(s) failed`));
        else resolve();
      });
      runner.on('pending', (test) => skipped.push(test.fullTitle()));
      // progress lines for the driver's inactivity guard (it does not print them)
      runner.on('test', (test) => console.log(`[planmark-e2e] test ${test.fullTitle()}`));
      runner.on('hook', (hook) => console.log(`[planmark-e2e] test ${hook.fullTitle()}`));
    } catch (err) {
      console.error(err);
      console.log('0 passed, 1 failed');
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
