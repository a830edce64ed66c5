// `planmark check --fix`, `planmark format [--check]` and `check --format sarif`.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../support/cli';
import { tempDirPerTest } from '../support/tmp';

const MESSY = '某县2021年工作要点\n一、甲,乙\n1.推进XX年任务\n3、落实\n';

describe('planmark check --fix, format, sarif', () => {
  const tmp = tempDirPerTest('planmark-fix');

  it('check --fix applies every unambiguous fix, says what changed and reports what is left', async () => {
    const file = path.join(tmp(), 'a.plan');
    fs.writeFileSync(file, MESSY);
    const r = await runCli(['check', '--fix', file], { cwd: tmp() });
    assert.equal(fs.readFileSync(file, 'utf8'), '某县2021年工作要点\n一、甲,乙\n1.推进2021年任务\n2.落实\n');
    assert.match(r.stderr, /a\.plan:3 fixed PLAN016/);
    assert.match(r.stderr, /a\.plan:4 fixed PLAN003/);
    assert.equal(r.code, 0);
    const again = await runCli(['check', '--fix', '--format', 'json', file], { cwd: tmp() });
    assert.deepEqual(JSON.parse(again.stdout), [], 'nothing left');
    assert.doesNotMatch(again.stderr, /fixed/);
  });

  it('check --fix refuses standard input', async () => {
    const r = await runCli(['check', '--fix', '-'], { stdin: MESSY });
    assert.equal(r.code, 2);
  });

  it('format --check exits 1 and names the file that would change; format writes it; then --check exits 0', async () => {
    const file = path.join(tmp(), 'b.plan');
    fs.writeFileSync(file, MESSY);
    const check = await runCli(['format', '--check', tmp()], { cwd: tmp() });
    assert.equal(check.code, 1);
    assert.equal(check.stdout, 'b.plan\n');
    assert.equal(fs.readFileSync(file, 'utf8'), MESSY, '--check writes nothing');
    const r = await runCli(['format', file], { cwd: tmp() });
    assert.equal(r.code, 0);
    assert.equal(fs.readFileSync(file, 'utf8'), '某县2021年工作要点\n一、甲，乙\n1.推进XX年任务\n3.落实\n');
    assert.equal((await runCli(['format', '--check', file], { cwd: tmp() })).code, 0);
    assert.deepEqual(fs.readdirSync(tmp()), ['b.plan'], 'no temporary file left');
  });

  it('format - writes the formatted text to standard output', async () => {
    const r = await runCli(['format', '-'], { stdin: '一、甲,乙  \n' });
    assert.equal(r.stdout, '一、甲，乙\n');
  });

  it('check --format sarif writes SARIF 2.1.0 with rules, levels and regions', async () => {
    const file = path.join(tmp(), 'c.plan');
    fs.writeFileSync(file, MESSY);
    const r = await runCli(['check', '--format', 'sarif', file], { cwd: tmp() });
    const log = JSON.parse(r.stdout);
    assert.equal(log.version, '2.1.0');
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, 'planmark');
    const ids = run.tool.driver.rules.map((x: { id: string }) => x.id);
    assert.deepEqual(ids, ['PLAN003', 'PLAN004', 'PLAN016']);
    const result = run.results.find((x: { ruleId: string }) => x.ruleId === 'PLAN003');
    assert.equal(result.level, 'warning');
    assert.equal(result.ruleIndex, ids.indexOf('PLAN003'));
    assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 4, startColumn: 1, endLine: 4, endColumn: 2 });
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'c.plan');
    assert.match(run.tool.driver.rules[0].helpUri, /docs\/rules\.md#plan003$/);
  });
});
