// `planmark outline`: the documented JSON shape, and parts in the text outline.
import { strict as assert } from 'assert';
import { runCli } from '../support/cli';
import { planPath } from '../support/fixtures';

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
});
