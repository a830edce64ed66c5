// One declaration of the settings (core/data/settings.json): the generated schema, manifest
// and validator are up to date, and .planmark.json, VS Code settings and the CLI accept
// and reject the same values.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { configFromSettings, loadConfigForFile, parseConfigText } from '../../../core/config/load';
import { DEFAULT_CONFIG } from '../../../core/config/resolve';
import { SETTINGS } from '../../../core/config/settings';
import { formatMessage, toLocale } from '../../../core/messages';
import { REPO_ROOT } from '../../support/paths';

describe('settings: one declaration', () => {
  it('generates the schema, the manifest settings and their descriptions (node scripts/gen-config.js --check)', () => {
    const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'gen-config.js'), '--check'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
  });

  it('declares every setting of the manifest and of the schema, with both languages', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    const schema = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'schemas', 'planmark.schema.json'), 'utf8'));
    const editor = SETTINGS.filter(s => s.in.includes('editor')).map(s => `planmark.${s.key}`).sort();
    const file = SETTINGS.filter(s => s.in.includes('file')).map(s => s.key).sort();
    assert.deepEqual(Object.keys(pkg.contributes.configuration.properties).sort(), editor);
    assert.deepEqual(Object.keys(schema.properties).filter(k => k !== '$schema').sort(), file);
    const nls = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.nls.zh-cn.json'), 'utf8'));
    for (const s of SETTINGS) {
      assert.ok(s.description.en && /[\u4e00-\u9fff]/.test(s.description.zh), s.key);
      assert.equal(nls[`config.${s.key}`], s.description.zh);
    }
  });

  it('takes its defaults from the declaration', () => {
    assert.equal(DEFAULT_CONFIG.requiredBlocks, 'auto');
    assert.equal(DEFAULT_CONFIG.numbering, 'auto');
  });
});

describe('settings: one validator for the file, the editor and the CLI', () => {
  const cases: [string, unknown, string][] = [
    ['an unknown block label in requiredBlocks', { requiredBlocks: ['目标任务', '工作计划'] }, 'requiredBlocks'],
    ['a severity that does not exist', { rules: { PLAN001: 'loud' } }, 'rules.PLAN001'],
    ['a numbering style that does not exist', { numbering: 'sometimes' }, 'numbering'],
    ['a unit that is neither a name nor an object', { units: ['人事股', 7] }, 'units.1'],
    ['an unknown setting', { numbring: 'auto' }, 'numbring'],
  ];
  for (const [what, value, at] of cases) {
    it(`reports ${what} in .planmark.json and in VS Code settings alike`, () => {
      const file = parseConfigText(JSON.stringify(value, null, 2), '/x/.planmark.json');
      const settings = configFromSettings(value);
      assert.equal(file.errors.length, 1, JSON.stringify(file.errors));
      assert.equal(settings.problems.length, 1);
      assert.equal(settings.problems[0].path.join('.'), at);
      assert.equal(file.errors[0].code, settings.problems[0].code);
      assert.equal(formatMessage(file.errors[0].message, 'en', file.errors[0].args), formatMessage(settings.problems[0].message, 'en', settings.problems[0].args));
    });
  }

  it('keeps the valid entries of a list or map and drops the invalid ones', () => {
    const { config, problems } = configFromSettings({
      rules: { PLAN001: 'off', PLAN002: 'loud', PLAN003: 3 },
      numbering: 'per-section',
      requiredBlocks: ['目标任务', 'responsible'],
      units: ['人事股', { name: '督导室', aliases: ['教育督导室'] }, 7, null],
      metaKeys: ['项目', 1],
    });
    assert.deepEqual(config.rules, { PLAN001: 'off' });
    assert.equal(config.numbering, 'per-section');
    assert.deepEqual(config.requiredBlocks, ['target', 'responsible']);
    assert.deepEqual(config.units.map(u => u.name), ['人事股', '督导室']);
    assert.deepEqual(config.metaKeys, ['项目']);
    assert.deepEqual(problems.map(p => p.path.join('.')).sort(), ['metaKeys.1', 'rules.PLAN002', 'rules.PLAN003', 'units.2', 'units.3']);
  });

  it('accepts an empty requiredBlocks (no block is required) in both places', () => {
    assert.deepEqual(configFromSettings({ requiredBlocks: [] }).config.requiredBlocks, []);
    assert.deepEqual(parseConfigText('{"requiredBlocks": []}', 'f').errors, []);
  });

  it('ignores absent settings and editor-only ones', () => {
    assert.deepEqual(configFromSettings(undefined).config, DEFAULT_CONFIG);
    assert.deepEqual(configFromSettings({ trace: { server: 'verbose' }, numbering: null }).problems, []);
  });

  it('points at the key in the file, in both languages', () => {
    const { errors } = parseConfigText('{\n  "numbering": "sometimes",\n  "rules": { "PLAN001": "loud" }\n}\n', 'f');
    assert.deepEqual(errors.map(e => [e.line, e.column]), [[1, 2], [2, 13]]);
    assert.match(formatMessage(errors[0].message, 'zh-cn', errors[0].args), /“numbering”应为/);
  });

  it('reports broken JSON and a file that is not a regular file by code', () => {
    assert.equal(parseConfigText('{ "rules": { ', 'f').errors[0].code, 'invalid-json');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planmark-config-'));
    try {
      fs.mkdirSync(path.join(dir, 'sub'));
      // A folder named .planmark.json is not a configuration: the search goes on above it.
      fs.mkdirSync(path.join(dir, 'sub', '.planmark.json'));
      fs.writeFileSync(path.join(dir, '.planmark.json'), '{"numbering": "continuous"}');
      assert.equal(loadConfigForFile(path.join(dir, 'sub', 'a.plan')).config.numbering, 'continuous');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  // Windows has no FIFOs (mkfifo): there the test is reported as skipped, by name.
  (process.platform === 'win32' ? it.skip : it)('reports a FIFO named .planmark.json, never reading it (reading it would block)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planmark-config-'));
    try {
      fs.mkdirSync(path.join(dir, 'sub'));
      assert.equal(spawnSync('mkfifo', [path.join(dir, 'sub', '.planmark.json')]).status, 0, 'mkfifo');
      const loaded = loadConfigForFile(path.join(dir, 'sub', 'a.plan'));
      assert.equal(loaded.errors[0].code, 'not-a-file', 'a FIFO is reported, never read (reading it would block)');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('maps editor and platform locales to message locales', () => {
    assert.deepEqual(['zh-cn', 'zh-CN', 'zh-tw', 'zh', 'zh_CN.UTF-8', 'en-us', 'en', 'de', '', 42].map(toLocale),
      ['zh-cn', 'zh-cn', 'zh-cn', 'zh-cn', 'zh-cn', 'en', 'en', undefined, undefined, undefined]);
  });
});
