// PLAN013-duplicate-unit: one rule's findings, messages (both languages), ranges and data.
import { strict as assert } from 'assert';
import { findings, lint, itemWithUnits, FULL_WIDTH_UNIT_LIST } from '../../support/lint';

describe('PLAN013 duplicate-unit', () => {
  it('reports a unit listed twice in one list', () => {
    const text = itemWithUnits('人事股、基教股、人事股。');
    const d = lint(text, 'PLAN013');
    assert.equal(d.length, 1);
    assert.equal(d[0].message, '单位“人事股”在“责任股室(单位)”中重复列出');
    assert.equal(d[0].range.start.character, text.split('\n')[4].lastIndexOf('人事股'));
  });
  it('accepts distinct units', () => {
    assert.deepEqual(findings(itemWithUnits('人事股、基教股。'), 'PLAN013'), []);
  });
  it('checks each unit of a list written with ，and ；, ignoring a full-width note', () => {
    assert.equal(lint(FULL_WIDTH_UNIT_LIST, 'PLAN013').length, 1);
  });
});
