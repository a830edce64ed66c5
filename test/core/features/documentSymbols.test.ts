// Document symbols (the Outline): sections, items with their lead unit, blocks, parts and
// front matter, in the chosen language.
import { strict as assert } from 'assert';
import { parsePlan } from '../../../core/parse';
import { documentSymbols, flattenSymbols } from '../../../core/features/documentSymbols';
import { readPlan } from '../../support/fixtures';
import { SAMPLE } from '../../support/sample';
import { describeSeeds, readSeed } from '../../support/seeds';

/** Sections, items with three blocks each, the first lead, and every selectionRange inside its range. */
function assertOutline(text: string, expected: { sections: number; items: number; firstSection: string; firstLead: string }): void {
  const symbols = documentSymbols(parsePlan(text), 'zh-cn');
  const sections = symbols.filter(s => s.kind === 'section');
  assert.equal(sections.length, expected.sections);
  assert.equal(sections[0].name, expected.firstSection);
  const items = flattenSymbols(symbols).filter(s => s.kind === 'item');
  assert.equal(items.length, expected.items);
  assert.equal(items[0].detail, expected.firstLead);
  for (const item of items) {
    assert.ok(/^\d+\. /.test(item.name), item.name);
    assert.deepEqual(item.children.filter(c => c.kind === 'block').map(c => c.name).length, 3, item.name);
  }
  for (const s of flattenSymbols(symbols)) {
    assert.ok(s.name.length > 0);
    const inside = (s.range.start.line < s.selectionRange.start.line || (s.range.start.line === s.selectionRange.start.line && s.range.start.character <= s.selectionRange.start.character))
      && (s.selectionRange.end.line < s.range.end.line || (s.selectionRange.end.line === s.range.end.line && s.selectionRange.end.character <= s.range.end.character));
    assert.ok(inside, `selectionRange inside range for ${s.name}`);
  }
}

/** Two parts, each holding sections. */
function assertParts(text: string): void {
  const symbols = documentSymbols(parsePlan(text), 'en');
  const parts = symbols.filter(s => s.kind === 'part');
  assert.equal(parts.length, 2);
  assert.ok(parts.every(p => p.children.some(c => c.kind === 'section')));
}

describe('features: document symbols', () => {
  it('outlines the county plan as 4 sections, 11 items, three blocks each', () => {
    assertOutline(readPlan('county-bureau'), { sections: 4, items: 11, firstSection: '一、加强党的建设,筑牢教育发展根基', firstLead: '秘书股' });
  });

  it('nests sections under parts (two-part plan)', () => {
    assertParts(readPlan('two-parts'));
  });

  it('shows front matter with its keys and the detail in the chosen language', () => {
    const symbols = documentSymbols(parsePlan(SAMPLE), 'en');
    const fm = symbols.find(s => s.kind === 'frontMatter')!;
    assert.equal(fm.name, 'Front matter');
    assert.deepEqual(fm.children.map(c => c.name), ['标题', '文号']);
    const section = symbols.find(s => s.kind === 'section')!;
    assert.equal(section.detail, '2 items');
    assert.equal(documentSymbols(parsePlan(SAMPLE), 'zh-cn').find(s => s.kind === 'section')!.detail, '2 项');
  });
});

describeSeeds('features: document symbols of the raw seeds', () => {
  it('outlines seed 003 as 6 sections, 26 items, three blocks each', () => {
    assertOutline(readSeed(3), { sections: 6, items: 26, firstSection: '一、聚焦党的全面领导,提升党的建设质量', firstLead: '秘书股' });
  });

  it('nests sections under parts (seed 002)', () => {
    assertParts(readSeed(2));
  });
});
