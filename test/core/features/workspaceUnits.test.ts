// The workspace index of unit usage (what completion counts across documents).
import { strict as assert } from 'assert';
import { parsePlan } from '../../../core/parse';
import { buildUnitUsage, unitUsageOfDocument, withoutDocument } from '../../../core/features/workspaceUnits';
import { SAMPLE } from '../../support/sample';

describe('features: workspace units', () => {
  it('indexes unit usage across documents and drops one document', () => {
    const a = parsePlan(SAMPLE);
    const b = parsePlan('一、甲\n1.事项。\n责任单位:人事股、基教股\n');
    const index = buildUnitUsage([{ uri: 'a', doc: a }, { uri: 'b', doc: b }]);
    assert.deepEqual({ leads: index.get('人事股')!.leads, joins: index.get('人事股')!.joins }, { leads: 2, joins: 1 });
    assert.deepEqual(index.get('人事股')!.items.map(i => `${i.uri}:${i.number}`), ['a:1', 'a:2', 'b:1']);
    const without = withoutDocument(index, 'b');
    assert.equal(without.get('人事股')!.leads, 1);
    assert.equal(without.has('基教股') && without.get('基教股')!.items.every(i => i.uri !== 'b'), true);
    assert.equal(unitUsageOfDocument('x', parsePlan('')).size, 0);
  });
});
