// Every feature at every position of real and degenerate documents: nothing throws, edit
// ranges stay on their line, and selection chains nest.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { parsePlan } from '../../../core/parse';
import type { PlanDocument } from '../../../core/model';
import { documentSymbols } from '../../../core/features/documentSymbols';
import { foldingRanges } from '../../../core/features/folding';
import { selectionRange } from '../../../core/features/selectionRanges';
import { completions } from '../../../core/features/completion';
import { hover } from '../../../core/features/hover';
import { documentStats } from '../../../core/features/stats';
import { featureContext as ctx } from '../../support/context';
import { allPlans } from '../../support/fixtures';
import { SAMPLE } from '../../support/sample';
import { describeSeeds, readSeed, SEED_NUMBERS } from '../../support/seeds';

type Position = { line: number; character: number };
const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);

/** Positions on every line and one past the last, including some past the line ends. */
function positions(doc: PlanDocument): Position[] {
  const out: Position[] = [];
  for (let line = 0; line <= doc.lines.length; line++) {
    const len = (doc.lines[line] ?? '').length;
    for (const character of [0, 1, 2, 5, 9, 12, Math.floor(len / 2), len, len + 3]) out.push({ line, character });
  }
  return out;
}

function checkEverywhere(text: string): void {
  const doc = parsePlan(text);
  documentSymbols(doc, 'en');
  foldingRanges(doc);
  documentStats(doc);
  for (const pos of positions(doc)) {
    const edits = completions(doc, pos, ctx({ locale: 'en' })).flatMap(item => (item.range ? [item.range] : []));
    for (const range of edits) {
      assert.equal(range.start.line, pos.line);
      assert.ok(range.start.character <= range.end.character);
    }
    hover(doc, pos, ctx({ locale: 'zh-cn' }));
  }
  const inside = positions(doc).filter(p => p.line < doc.lines.length && p.character <= doc.lines[p.line].length);
  for (const pos of inside) {
    for (let s = selectionRange(doc, pos); s && s.parent; s = s.parent) {
      assert.ok(before(s.parent.range.start, s.range.start) && before(s.range.end, s.parent.range.end), `selection chain nests at ${pos.line}:${pos.character}`);
    }
  }
}

describe('features: robustness', function () {

  it('never throws at any position of edge cases and the sample, and selection chains nest', () => {
    for (const text of ['', '---', '---\n标题:', '一、\n1.\n责任股室:\n', '1、\n(一)\n①\n第一篇\n', SAMPLE]) checkEverywhere(text);
  });

  for (const plan of allPlans()) {
    it(`never throws at any position of ${plan.name}, and selection chains nest`, () => {
      checkEverywhere(fs.readFileSync(plan.file, 'utf8'));
    });
  }
});

describeSeeds('features: robustness on the raw seeds', function () {

  for (const n of SEED_NUMBERS) {
    it(`never throws at any position of seed ${n}, and selection chains nest`, () => {
      checkEverywhere(readSeed(n));
    });
  }
});
