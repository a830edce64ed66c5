// The incremental parse (core/parse/index.ts PlanParser: unchanged lines keep their syntax,
// an edit inside one section rebuilds that section only, build.ts rebuildSection) equals a
// fresh parse after every edit of random edit storms on the corpus plans and the seeds:
// typing inside lines (the section rebuild) and every other edit (line breaks, headings,
// directives, front matter, tables: the whole build).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { PlanParser } from '../../../core/parse';
import { CORPUS, corpusFiles } from '../../support/corpus';
import { describeSeeds, readSeed, SEED_NUMBERS } from '../../support/seeds';
import { applyEdit, inlineEditArb, stormEditArb, type Edit } from '../../support/editStorms';

/** After every edit of every storm, the parser that followed the storm gives a fresh parse's tree; how many parses rebuilt one section. */
function assertStormsParseEqual(texts: readonly string[], edit: fc.Arbitrary<Edit>, numRuns: number): number {
  let rebuilds = 0;
  const storm = fc.record({ which: fc.nat({ max: texts.length - 1 }), edits: fc.array(edit, { minLength: 1, maxLength: 20 }) });
  fc.assert(fc.property(storm, ({ which, edits }) => {
    const parser = new PlanParser();
    let text = texts[which];
    parser.parse(text);
    edits.forEach((e, k) => {
      text = applyEdit(text, e);
      assert.deepStrictEqual(parser.parse(text), new PlanParser().parse(text), `after edit ${k + 1}`);
    });
    rebuilds += parser.sectionRebuilds;
  }), { numRuns });
  return rebuilds;
}

const corpusTexts = corpusFiles().map(f => fs.readFileSync(path.join(CORPUS, f), 'utf8'));

describe('incremental parse', () => {
  it('rebuilds only the section an edit inside it reaches, sharing the other sections', () => {
    const text = corpusTexts[0];
    const parser = new PlanParser();
    const before = parser.parse(text);
    const sections = before.children.filter(c => c.kind === 'section');
    assert.ok(sections.length >= 2, 'the plan has sections');
    const lines = text.split('\n');
    const line = sections[0].range.end.line;
    lines[line] += '改';
    const after = parser.parse(lines.join('\n'));
    assert.equal(parser.sectionRebuilds, 1);
    assert.notEqual(after.children[before.children.indexOf(sections[0])], sections[0], 'the edited section is new');
    assert.equal(after.children[before.children.indexOf(sections[1])], sections[1], 'the next section is the previous tree\'s');
    assert.deepStrictEqual(after, new PlanParser().parse(lines.join('\n')));
  });

  it('equals a fresh parse after every edit typed inside lines of the corpus plans', () => {
    assert.ok(assertStormsParseEqual(corpusTexts, inlineEditArb, 40) > 0, 'some edits rebuilt one section');
  });

  it('equals a fresh parse after every edit of random edit storms on the corpus plans', () => {
    assertStormsParseEqual(corpusTexts, stormEditArb, 40);
  });
});

describeSeeds('incremental parse on the raw seeds', () => {
  it('equals a fresh parse after every edit of random edit storms on the seeds', () => {
    assert.ok(assertStormsParseEqual(SEED_NUMBERS.map(readSeed), stormEditArb, 20) > 0, 'some edits rebuilt one section');
  });
});
