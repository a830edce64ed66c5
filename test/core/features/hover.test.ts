// Hover: a unit's items (lead and joins), an item's units and deadline, a 文号's parts.
import { strict as assert } from 'assert';
import { parsePlan } from '../../../core/parse';
import { hover } from '../../../core/features/hover';
import { featureContext as ctx } from '../../support/context';
import { SAMPLE } from '../../support/sample';

describe('features: hover', () => {
  const doc = parsePlan(SAMPLE);

  it('on a unit: how many items it leads and joins, with numbers and titles', () => {
    const h = hover(doc, { line: 10, character: 11 }, ctx({ locale: 'zh-cn' }))!;
    assert.match(h.contents, /\*\*人事股\*\*/);
    assert.match(h.contents, /本文件牵头 1 项 · 参与 1 项/);
    assert.match(h.contents, /牵头：1\. 推进改革/);
    assert.match(h.contents, /参与：2\. 第二项/);
    assert.deepEqual(h.range, { start: { line: 10, character: 9 }, end: { line: 10, character: 12 } });
  });

  it('on a unit: notes registry aliases and unknown units', () => {
    const units = ctx({ configUnits: [{ name: '人事股', aliases: ['人事科'], group: '股室' }] });
    assert.match(hover(doc, { line: 10, character: 11 }, units)!.contents, /Also written: 人事科/);
    const unknown = parsePlan('一、甲\n1.事项。\n责任单位:外事联络组\n');
    assert.match(hover(unknown, { line: 2, character: 7 }, units)!.contents, /Not in the unit registry/);
  });

  it('on an item number: its units (lead marked) and deadline', () => {
    const h = hover(doc, { line: 16, character: 0 }, ctx({ locale: 'zh-cn' }))!;
    assert.match(h.contents, /^\*\*第 3 项\*\* 第三项\n/, 'the inline (责任单位:…) is not part of the shown title');
    assert.ok(h.contents.includes('基教股（牵头）'), h.contents);
    assert.match(h.contents, /完成时限：6月底/);
    assert.match(hover(doc, { line: 7, character: 1 }, ctx({ locale: 'en' }))!.contents, /No deadline given/);
  });

  it('on a 文号: issuer code, year, serial', () => {
    const h = hover(doc, { line: 2, character: 6 }, ctx({ locale: 'en' }))!;
    assert.match(h.contents, /Issuer code: 厦湖教/);
    assert.match(h.contents, /Year: 2020/);
    assert.match(h.contents, /Serial: 132/);
    const inText = parsePlan('关于印发的通知\n湖教〔2021〕7号\n一、甲\n');
    assert.match(hover(inText, { line: 1, character: 3 }, ctx({ locale: 'zh-cn' }))!.contents, /发文顺序号：7/);
  });

  it('returns nothing elsewhere', () => {
    assert.equal(hover(doc, { line: 9, character: 3 }, ctx()), undefined);
    assert.equal(hover(doc, { line: 500, character: 3 }, ctx()), undefined);
  });
});
