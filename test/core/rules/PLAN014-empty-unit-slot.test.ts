// PLAN014-empty-unit-slot: one rule's findings, messages (both languages), ranges and data.
import { strict as assert } from 'assert';
import { findings, lint, itemWithUnits } from '../../support/lint';

describe('PLAN014 empty-unit-slot', () => {
  it('reports two separators with nothing between them', () => {
    const text = itemWithUnits('人事股、、基教股。');
    const d = lint(text, 'PLAN014');
    assert.equal(d.length, 1);
    assert.equal(d[0].range.start.line, 4);
    assert.equal(d[0].message, '“责任股室(单位)”的单位列表中有空项（多余的分隔符）');
  });
  it('accepts a clean list with a note', () => {
    assert.deepEqual(findings(itemWithUnits('秘书股、机关党委,各乡镇中心校、县直学校(园)。(排名第一为牵头股室,下同)'), 'PLAN014'), []);
  });
});
