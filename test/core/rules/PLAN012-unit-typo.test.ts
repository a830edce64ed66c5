// PLAN012-unit-typo: one rule's findings, messages (both languages), ranges and data.
import { strict as assert } from 'assert';
import { covered, doc, findings, lint, itemWithUnits, FULL_WIDTH_UNIT_LIST } from '../../support/lint';

describe('PLAN012 unit-typo', () => {
  it('reports a typo with the suggestion in the message and in data', () => {
    const text = itemWithUnits('秘书股、人是股,各乡镇中心校。');
    const d = lint(text, 'PLAN012');
    assert.equal(d.length, 1);
    assert.equal(d[0].range.start.line, 4);
    assert.equal(d[0].message, '单位“人是股”疑似“人事股”的笔误');
    assert.deepEqual(d[0].data, { suggestion: '人事股', replacement: '人事股' });
    assert.equal(covered(text, d[0]), '人是股');
  });
  it('checks inline responsibility too', () => {
    assert.deepEqual(findings(doc('一、甲', '1.推进改革。做好工作(责任单位:基教服)'), 'PLAN012', { locale: 'en' }),
      [[2, 'Unit 基教服 looks like a typo of 基教股']]);
  });
  it('accepts known units', () => {
    assert.deepEqual(findings(itemWithUnits('秘书股、人事股,各乡镇中心校、县直学校(园)。'), 'PLAN012'), []);
  });
  it('checks each unit of a list written with ，and ；, ignoring a full-width note', () => {
    assert.deepEqual(lint(FULL_WIDTH_UNIT_LIST, 'PLAN012').map(d => covered(FULL_WIDTH_UNIT_LIST, d)), ['人是股', '人是股']);
  });
});
