// PLAN012-unit-typo: one rule's findings, messages (both languages), ranges and data.
import { strict as assert } from 'assert';
import { covered, doc, findings, lint, itemWithUnits, FULL_WIDTH_UNIT_LIST } from '../../support/lint';
import { readCorpus } from '../../support/paths';
import { UnitRegistry } from '../../../core/units/registry';

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
  it('takes another body for no typo: another first character, an added word, a missing word', () => {
    const reg = UnitRegistry.builtin();
    for (const [name, near] of [
      ['党委办公室', '县委办公室'], ['纪委办公室', '县委办公室'], ['规划财务科', '计划财务科'], ['律师工作科', '教师工作科'],
      ['市大数据局', '市数据局'], ['区自然资源分局', '区自然资源局'], ['县纪委监委机关', '县纪委监委'], ['计划财务装备科', '计划财务科'],
      ['县文化广电旅游体育局', '县文化广电旅游局'], ['各乡镇（场）人民政府', '各乡(镇)人民政府'],
    ]) {
      assert.ok(reg.isKnown(near), `${near} is built in, so ${name} is judged against it`);
      assert.equal(reg.suggest(name), undefined, name);
    }
    // A slip of one character is still one: a homophone, a character missed or doubled.
    assert.equal(reg.suggest('县人设局'), '县人社局');
    assert.equal(reg.suggest('行政审股'), '行政审批股');
    assert.equal(reg.suggest('行政审批批股'), '行政审批股');
  });
  it('says nothing on the corpus plans of other departments and a university (04, 05, 06, 11, 13, 15, 16, 17, 26, 27)', () => {
    for (const f of ['04-health-web-residue.plan', '05-gov-division-notice.plan', '06-university-party.plan', '11-table-cell-lines-bar-rows.plan',
      '13-table-section-cells.plan', '15-prose-responsibility.plan', '16-prose-trailing-notes.plan', '17-subsection-top-level.plan',
      '26-county-gov-notice.plan', '27-mixed-item-markers.plan']) {
      assert.deepEqual(findings(readCorpus(f), 'PLAN012'), [], f);
    }
  });
});
