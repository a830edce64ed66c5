// The real-VS-Code suite's workspace, assembled at run time from the repository's own plans
// (none are stored as copies): the clean example and the plan fixtures the suite opens.
// Used by driver.js and electron.ts.
'use strict';
const fs = require('fs');
const path = require('path');

const REPO = path.resolve(__dirname, '..', '..');

/** [source in the repository, name in the workspace] */
const WORKSPACE_FILES = [
  ['examples/clean.plan', 'clean.plan'],
  ['test/fixtures/plans/county-bureau.plan', 'county-bureau.plan'],
  ['test/fixtures/plans/one-line-items.plan', 'one-line-items.plan'],
  // A web copy to fix and format on save (test/e2e/suite/fixes.test.ts).
  ['test/fixtures/plans/web-copy.plan', 'web-copy.plan'],
  // Two plans of the workspace fixture (units across files: rename, the Units view).
  ['test/fixtures/workspace/plan-2024.plan', 'units/plan-2024.plan'],
  ['test/fixtures/workspace/plan-2025.plan', 'units/plan-2025.plan'],
  // The worked example of docs/progress.md, as of its .planmark.json's date (the Tasks view's groupings).
  ['examples/progress/tracking.plan', 'progress/tracking.plan'],
  ['examples/progress/.planmark.json', 'progress/.planmark.json'],
  ['examples/progress/returned/台账-教研室.csv', 'progress/returned/台账-教研室.csv'],
];

/** Creates `dir` with the workspace files in it; returns `dir`. */
function assembleWorkspace(dir) {
  fs.mkdirSync(dir, { recursive: true });
  for (const [source, name] of WORKSPACE_FILES) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.copyFileSync(path.join(REPO, source), path.join(dir, name));
  }
  return dir;
}

module.exports = { WORKSPACE_FILES, assembleWorkspace };
