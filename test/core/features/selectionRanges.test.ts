// Smart selection: from a unit out to its block, item, section and the document.
import { strict as assert } from 'assert';
import { parsePlan } from '../../../core/parse';
import { selectionRange } from '../../../core/features/selectionRanges';
import { SAMPLE } from '../../support/sample';

describe('features: selection ranges', () => {
  it('grows from a unit to the block, item, section and document', () => {
    const doc = parsePlan(SAMPLE);
    const chain = [];
    for (let s: ReturnType<typeof selectionRange> | undefined = selectionRange(doc, { line: 10, character: 11 }); s; s = s.parent) chain.push(s.range);
    assert.deepEqual(chain[0], { start: { line: 10, character: 9 }, end: { line: 10, character: 12 } }); // 人事股
    assert.deepEqual(chain[chain.length - 1].start, { line: 0, character: 0 });
    assert.ok(chain.some(r => r.start.line === 7 && r.end.line === 10), 'the item');
    assert.ok(chain.some(r => r.start.line === 6 && r.end.line === 13), 'the section');
  });
});
