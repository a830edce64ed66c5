// PLAN020-unbalanced-brackets: one rule's findings, messages (both languages), ranges and data.
import { strict as assert } from 'assert';
import { covered, doc, findings, lint } from '../../support/lint';

describe('PLAN020 unbalanced-brackets', () => {
  it('reports an unclosed 《 at its position', () => {
    const text = doc('一、甲', '1.贯彻落实《新时代公民道德建设实施纲要,一体化构建体系。');
    const d = lint(text, 'PLAN020');
    assert.equal(d.length, 1);
    assert.equal(d[0].range.start.line, 1);
    assert.equal(covered(text, d[0]), '《');
    assert.equal(d[0].message, '“《”缺少与之配对的“》”');
  });
  it('reports a stray closing quote and parenthesis', () => {
    const text = doc('一、甲', '1.落实“双减”要求”,县直学校(园))。');
    const d = lint(text, 'PLAN020', { locale: 'en' });
    assert.deepEqual(d.map(x => [covered(text, x), x.message]),
      [['”', 'Unmatched ”: no “ before it on this line'], [')', 'Unmatched ): no \uFF08 before it on this line']]);
  });
  it('pairs ASCII and full-width parentheses, and accepts balanced text', () => {
    assert.deepEqual(findings(doc('一、甲', '1.实施《纲要》“五育并举”(试行\uFF09〔2020〕【重点】。', '1)列表标记'), 'PLAN020'), []);
  });
});
