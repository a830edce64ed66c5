// Completion: units (most used first, with how often each leads and joins), block labels,
// next numbers, the item snippet and front-matter keys.
import { strict as assert } from 'assert';
import { parsePlan } from '../../../core/parse';
import { completions, type PlanCompletionItem } from '../../../core/features/completion';
import { buildUnitUsage } from '../../../core/features/workspaceUnits';
import { itemsOf, partsOf, sectionsOf } from '../../../core/model';
import { featureContext as ctx } from '../../support/context';
import { readPlan } from '../../support/fixtures';
import { SAMPLE } from '../../support/sample';
import { describeSeeds, readSeed } from '../../support/seeds';

const labels = (items: PlanCompletionItem[]) => items.map(i => i.label);

/**
 * A two-part plan whose part one numbers its items `N、` and part two restarts at 1 with `N.`:
 * the first item of part two is offered as `1.`, the next of part one as `N+1、`.
 */
function assertNumbersFollowParts(text: string): void {
  const doc = parsePlan(text);
  const firstOfPart2 = sectionsOf(partsOf(doc)[1])[0].range.start.line + 1;
  assert.ok(labels(completions(doc, { line: firstOfPart2, character: 0 }, ctx())).includes('1.'));
  const lastOfPart1 = itemsOf(doc).filter(i => i.range.start.line < partsOf(doc)[1].range.start.line).pop()!;
  assert.ok(labels(completions(doc, { line: lastOfPart1.range.end.line + 1, character: 0 }, ctx())).includes(`${lastOfPart1.number + 1}、`));
}

describe('features: completion', () => {
  const doc = parsePlan(SAMPLE);

  it('offers units in a 责任股室 line, most used first, without the ones already listed', () => {
    const line = SAMPLE.split('\n')[13];
    const items = completions(doc, { line: 13, character: line.length }, ctx({ locale: 'en' }));
    assert.ok(items.every(i => i.kind === 'unit'));
    // The caret is on 财务股, the token being typed: it is offered; 秘书股 and 人事股 are already listed.
    assert.ok(!labels(items).includes('秘书股'));
    assert.ok(!labels(items).includes('人事股'));
    assert.ok(labels(items).includes('财务股'));
    assert.deepEqual(items.find(i => i.label === '财务股')!.range, { start: { line: 13, character: 13 }, end: { line: 13, character: 16 } });
  });

  it('sorts by usage and says how often a unit leads and joins (with workspace usage)', () => {
    const other = parsePlan('一、甲\n1.事项。\n责任单位:财务股、基教股\n2.事项。\n责任单位:财务股\n');
    const usage = buildUnitUsage([{ uri: 'file:///other.plan', doc: other }]);
    const items = completions(doc, { line: 10, character: 9 }, ctx({ locale: 'zh-cn', workspace: usage, uri: 'file:///sample.plan' }));
    // Line 10 lists 人事股 and 秘书股; the caret sits right after the colon.
    const top = items.slice().sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    assert.equal(top[0].label, '财务股');
    assert.match(top[0].detail!, /本文件:牵头 0 项 · 参与 1 项;工作区:牵头 2 项 · 参与 0 项/);
    assert.ok(labels(items).includes('基教股'));
  });

  it('offers units from the registry', () => {
    const items = completions(doc, { line: 13, character: 5 }, ctx({ configUnits: [{ name: '督导室', aliases: ['教育督导室'], group: '股室' }] }));
    const d = items.find(i => i.label === '督导室')!;
    assert.equal(d.detail, 'not used yet');
    assert.match(d.documentation!, /Group: 股室/);
  });

  it('offers units inside an inline (责任单位:…', () => {
    const text = '一、甲\n1.事项。\n责任股室:人事股、秘书股\n2.事项(责任单位:';
    const d = parsePlan(text);
    const items = completions(d, { line: 3, character: 12 }, ctx({ locale: 'en' }));
    assert.ok(labels(items).includes('人事股'), labels(items).join());
  });

  it('offers the missing block labels first at a line start inside an item', () => {
    const text = SAMPLE.replace('责任股室:秘书股、人事股、财务股', '');
    const d = parsePlan(text);
    const required = { requiredBlocks: ['target', 'measures', 'responsible'] as ('target' | 'measures' | 'responsible')[] };
    const items = completions(d, { line: 13, character: 0 }, ctx({ locale: 'en', configOverrides: required }));
    const sorted = items.slice().sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    const blockLabels = sorted.filter(i => i.kind === 'label');
    assert.equal(blockLabels[0].label, '工作措施:');
    assert.equal(blockLabels[1].label, '责任股室(单位):');
    assert.ok(labels(items).includes('完成时限:'));
  });

  it('offers the next item number, section numeral and an item snippet at a line start', () => {
    const items = completions(doc, { line: 17, character: 0 }, ctx({ locale: 'en' }));
    assert.ok(labels(items).includes('4.'), labels(items).join(' '));
    assert.ok(labels(items).includes('三、'));
    assert.ok(labels(items).includes('(二)'));
    const snippet = items.find(i => i.kind === 'snippet')!;
    assert.ok(snippet.isSnippet);
    // The new item gets the blocks most of the document's items have (requiredBlocks: auto) …
    assert.equal(snippet.insertText, '4.${1:Item title}。\n目标任务:${2}\n责任股室(单位):${3}\n$0');
    // … or those the configuration names; a new document gets the usual three.
    const configured = completions(doc, { line: 17, character: 0 }, ctx({ locale: 'en', configOverrides: { requiredBlocks: ['target', 'measures', 'responsible'] } }));
    assert.equal(configured.find(i => i.kind === 'snippet')!.insertText, '4.${1:Item title}。\n目标任务:${2}\n工作措施:${3}\n责任股室(单位):${4}\n$0');
    const empty = completions(parsePlan(''), { line: 0, character: 0 }, ctx({ locale: 'en' }));
    assert.equal(empty.find(i => i.kind === 'snippet')!.insertText, '1.${1:Item title}。\n目标任务:${2}\n工作措施:${3}\n责任股室(单位):${4}\n$0');
  });

  it('follows the document’s separator and per-section numbering', () => {
    const text = '一、甲\n1、事项。\n2、事项。\n二、乙\n1、事项。\n三、丙\n';
    const items = completions(parsePlan(text), { line: 6, character: 0 }, ctx({ locale: 'en' }));
    assert.ok(labels(items).includes('1、'), labels(items).join(' '));
    const continuous = '一、甲\n1.事项。\n2.事项。\n二、乙\n3.事项。\n三、丙\n';
    assert.ok(labels(completions(parsePlan(continuous), { line: 6, character: 0 }, ctx())).includes('4.'));
    const typed = completions(parsePlan(continuous + '4'), { line: 6, character: 1 }, ctx());
    assert.deepEqual(typed.find(i => i.label === '4.')!.range, { start: { line: 6, character: 0 }, end: { line: 6, character: 1 } });
  });

  it('follows each part’s separator and restart (two-part plan: `N、`, then `1.`)', () => {
    assertNumbersFollowParts(readPlan('two-parts'));
  });

  it('offers front-matter keys not yet used inside the fences', () => {
    const text = '---\n标题:甲\n\n---\n一、乙\n';
    const items = completions(parsePlan(text), { line: 2, character: 0 }, ctx({ locale: 'zh-cn', configOverrides: { metaKeys: ['项目编号'] } }));
    assert.ok(items.every(i => i.kind === 'key'));
    assert.ok(!labels(items).includes('标题'));
    assert.ok(labels(items).includes('文号'));
    assert.ok(labels(items).includes('项目编号'));
    assert.equal(items.find(i => i.label === '文号')!.insertText, '文号:');
  });

  it('offers nothing in running text', () => {
    assert.deepEqual(completions(doc, { line: 9, character: 8 }, ctx()), []);
    assert.deepEqual(completions(doc, { line: 999, character: 0 }, ctx()), []);
  });
});

describeSeeds('features: completion on the raw seeds', () => {
  it('follows each part’s separator and restart (seed 002: `N、`, then `1.`)', () => {
    assertNumbersFollowParts(readSeed(2));
  });
});
