// Document statistics (the status bar): parts, sections, subsections and items.
import { strict as assert } from 'assert';
import { parsePlan } from '../../../core/parse';
import { documentStats } from '../../../core/features/stats';
import { readPlan } from '../../support/fixtures';
import { describeSeeds, readSeed } from '../../support/seeds';

describe('features: stats', () => {
  it('counts parts, sections, subsections and items', () => {
    assert.deepEqual(documentStats(parsePlan(readPlan('county-bureau'))), { parts: 0, sections: 4, subsections: 0, items: 11 });
    const parts = documentStats(parsePlan(readPlan('two-parts')));
    assert.equal(parts.parts, 2);
    assert.equal(parts.items, 12);
    assert.deepEqual(documentStats(parsePlan(readPlan('subsections'))), { parts: 0, sections: 2, subsections: 2, items: 5 });
  });
});

describeSeeds('features: stats of the raw seeds', () => {
  it('counts parts, sections and items of seeds 003 and 002', () => {
    assert.deepEqual(documentStats(parsePlan(readSeed(3))), { parts: 0, sections: 6, subsections: 0, items: 26 });
    const s002 = documentStats(parsePlan(readSeed(2)));
    assert.equal(s002.parts, 2);
    assert.equal(s002.items, 71);
  });
});
