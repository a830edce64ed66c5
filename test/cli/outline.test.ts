// `planmark outline`: the documented JSON shape, and parts in the text outline.
import { strict as assert } from 'assert';
import { runCli } from '../support/cli';
import * as fs from 'fs';
import * as path from 'path';
import { planPath } from '../support/fixtures';
import { tempDirPerTest } from '../support/tmp';

describe('planmark outline', () => {
  it('--help', async () => {
    const r = await runCli(['outline', '--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Usage: planmark outline/);
  });

  it('--format json has the documented shape', async () => {
    const r = await runCli(['outline', '--format', 'json', planPath('county-bureau')]);
    assert.equal(r.code, 0);
    const outline = JSON.parse(r.stdout);
    assert.equal(outline.title, '青河县教育局2024年工作要点');
    assert.deepEqual(outline.meta, {});
    assert.equal(outline.children.length, 4);
    assert.ok(outline.children.every((n: { kind: string }) => n.kind === 'section'));
    const items = outline.children.flatMap((s: { children: unknown[] }) => s.children);
    assert.equal(items.length, 11);
    const first = items[0];
    assert.equal(first.kind, 'item');
    assert.equal(first.number, 1);
    assert.equal(first.line, 13);
    assert.equal(first.lead, '秘书股');
    assert.deepEqual(first.units.slice(0, 3), ['秘书股', '机关党委', '人事股']);
    assert.deepEqual(first.children.map((b: { kind: string; label: string }) => `${b.kind}:${b.label}`),
      ['block:目标任务', 'block:工作措施', 'block:责任股室(单位)']);
    assert.ok(first.children[0].text.startsWith('把学习会议精神列为'));
  });

  it('of a two-part document nests sections under parts', async () => {
    const r = await runCli(['outline', '--format', 'json', planPath('two-parts')]);
    const outline = JSON.parse(r.stdout);
    assert.deepEqual(outline.children.map((p: { kind: string; number: number }) => `${p.kind}${p.number}`), ['part1', 'part2']);
    const text = await runCli(['outline', planPath('two-parts')]);
    assert.match(text.stdout, /^第二篇 {2}:29$/m);
  });

  describe('with a calendar', () => {
    const dir = tempDirPerTest('planmark-outline-calendar');
    const PLAN = '某县教育局2025年工作要点\n一、教育教学\n1.做好开学准备\n完成时限：春季开学前\n2.防汛检查\n完成时限：汛期前\n';
    const dues = (stdout: string) => JSON.parse(stdout).children[0].children.map((i: { due: unknown }) => i.due);

    it('gives each item its due as the .planmark.json calendar has the named day', async () => {
      const file = path.join(dir(), 'plan.plan');
      fs.writeFileSync(file, PLAN);
      const before = await runCli(['outline', '--format', 'json', file]);
      assert.deepEqual(dues(before.stdout), [
        { text: '春季开学前', start: null, end: '2025-02-19', kind: 'by' },
        { text: '汛期前', start: null, end: '2025-05-31', kind: 'by' },
      ]);
      fs.writeFileSync(path.join(dir(), '.planmark.json'), JSON.stringify({ calendar: { 春季开学: '02-10', 汛期: { start: '05-15', end: '09-15' } } }));
      const after = await runCli(['outline', '--format', 'json', file]);
      assert.equal(after.code, 0, after.stderr);
      assert.equal(after.stderr, '');
      assert.deepEqual(dues(after.stdout), [
        { text: '春季开学前', start: null, end: '2025-02-09', kind: 'by' },
        { text: '汛期前', start: null, end: '2025-05-14', kind: 'by' },
      ]);
    });

    it('says where a calendar entry is wrong, and reads with the rest', async () => {
      const file = path.join(dir(), 'plan.plan');
      fs.writeFileSync(file, PLAN);
      fs.writeFileSync(path.join(dir(), '.planmark.json'), '{\n  "calendar": {\n    "春季开学": "2月10日",\n    "汛期": "05-20"\n  }\n}\n');
      const r = await runCli(['outline', '--format', 'json', file], { cwd: dir() });
      assert.match(r.stderr, /^\.planmark\.json:3:5 error config calendar "春季开学": must be a day "MM-DD"/);
      assert.deepEqual(dues(r.stdout).map((d: { end: string }) => d.end), ['2025-02-19', '2025-05-19']);
    });
  });
});
