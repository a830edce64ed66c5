// PLAN015-unknown-unit: one rule's findings, messages (both languages), ranges and data.
import { strict as assert } from 'assert';
import { covered, doc, findings, lint, itemWithUnits, FULL_WIDTH_UNIT_LIST } from '../../support/lint';

describe('PLAN015 unknown-unit', () => {
  it('reports a unit that is neither built in nor configured, as information', () => {
    const text = itemWithUnits('人事股、招商股。');
    const d = lint(text, 'PLAN015');
    assert.equal(d.length, 1);
    assert.equal(d[0].severity, 'information');
    assert.equal(d[0].message, '单位“招商股”不在单位表中（可在 .planmark.json 的 units 中添加）');
    assert.equal(covered(text, d[0]), '招商股');
  });
  it('still reports it when the document uses it twice (document units are not "known")', () => {
    const text = doc('一、甲', '1.条目', '责任股室:招商股。', '2.条目', '责任股室:招商股。');
    assert.equal(lint(text, 'PLAN015').length, 2);
  });
  it('accepts configured units, named schools and typos (reported by PLAN012)', () => {
    assert.deepEqual(findings(itemWithUnits('招商股、颍上一中、耿棚中学、人是股。'), 'PLAN015', { config: { units: [{ name: '招商股' }] } }), []);
  });
  it('checks each unit of a list written with ，and ；, ignoring a full-width note', () => {
    assert.deepEqual(lint(FULL_WIDTH_UNIT_LIST, 'PLAN015'), []);
  });
});
