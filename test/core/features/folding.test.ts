// Folding ranges: front matter, comment runs, sections, items and multi-line blocks.
import { strict as assert } from 'assert';
import { parsePlan } from '../../../core/parse';
import { foldingRanges } from '../../../core/features/folding';
import { itemsOf } from '../../../core/model';
import { readPlan } from '../../support/fixtures';
import { SAMPLE } from '../../support/sample';
import { describeSeeds, readSeed } from '../../support/seeds';

function assertEveryItemFolds(text: string): void {
  const doc = parsePlan(text);
  const folds = foldingRanges(doc);
  assert.ok(itemsOf(doc).length > 0);
  for (const item of itemsOf(doc)) assert.ok(folds.some(f => f.startLine === item.range.start.line && f.endLine === item.range.end.line));
}

describe('features: folding', () => {
  it('folds front matter, comment runs, sections, items and multi-line blocks', () => {
    const folds = foldingRanges(parsePlan(SAMPLE));
    assert.ok(folds.some(f => f.startLine === 0 && f.endLine === 3 && f.kind === 'region'), 'front matter');
    assert.ok(folds.some(f => f.startLine === 4 && f.endLine === 5 && f.kind === 'comment'), 'comments');
    assert.ok(folds.some(f => f.startLine === 6 && f.endLine === 13), 'section 一');
    assert.ok(folds.some(f => f.startLine === 7 && f.endLine === 10), 'item 1');
    assert.ok(folds.every(f => f.endLine > f.startLine));
  });

  it('folds every item of the county plan', () => {
    assertEveryItemFolds(readPlan('county-bureau'));
  });
});

describeSeeds('features: folding of the raw seeds', () => {
  it('folds every item of seed 003', () => {
    assertEveryItemFolds(readSeed(3));
  });
});
