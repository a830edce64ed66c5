// PLAN015-unknown-unit: one rule's findings, messages (both languages), ranges and data.
import { strict as assert } from 'assert';
import { covered, doc, findings, lint, itemWithUnits, FULL_WIDTH_UNIT_LIST } from '../../support/lint';
import { readCorpus } from '../../support/paths';
import { UnitRegistry } from '../../../core/units/registry';
import { orgNameVerdict } from '../../../core/text/orgName';

describe('PLAN015 unknown-unit', () => {
  it('reports a unit that is neither built in nor configured nor shaped like an organisation, as information', () => {
    const text = itemWithUnits('人事股、有关。');
    const d = lint(text, 'PLAN015');
    assert.equal(d.length, 1);
    assert.equal(d[0].severity, 'information');
    assert.equal(d[0].message, '单位“有关”不像机构名称，也不在单位表中（如确为单位，可在 .planmark.json 的 units 中添加）');
    assert.equal(covered(text, d[0]), '有关');
  });
  it('still reports it when the document uses it twice (document units are not "known")', () => {
    const text = doc('一、甲', '1.条目', '责任股室:有关。', '2.条目', '责任股室:有关。');
    assert.equal(lint(text, 'PLAN015').length, 2);
  });
  it('accepts configured units, named schools and typos (reported by PLAN012)', () => {
    assert.deepEqual(findings(itemWithUnits('招商股、颍上一中、耿棚中学、人是股。'), 'PLAN015', { config: { units: [{ name: '招商股' }] } }), []);
  });
  it('checks each unit of a list written with ，and ；, ignoring a full-width note', () => {
    assert.deepEqual(lint(FULL_WIDTH_UNIT_LIST, 'PLAN015'), []);
  });
});

// PLAN015 on the unit lists of government plans: a well-formed organisation name is not
// reported, whether the registry lists it or not; a placeholder, a word or a piece of a
// sentence is. The registry knows county, city and district departments, so typos of them
// are corrected (PLAN012), but the same department of another level is no typo.
/** A task-division plan (分工方案): each task with its lead and responsible units inline. */
const division = (...units: string[]) => doc(
  '某县2024年政府工作报告重点任务分工方案',
  '一、重点任务',
  ...units.map((u, i) => `${i + 1}.推进第${i + 1}项重点工作。(牵头单位:${u})`),
);

describe('PLAN015 unknown-unit: organisation names', () => {
  const reg = UnitRegistry.builtin();

  it('knows county, city and district departments, mass organisations and collectives, with their short forms', () => {
    for (const [name, canonical, group] of [
      ['县发改局', '县发展和改革局', '政府部门'], ['县发改委', '县发展和改革局', '政府部门'], ['市发改委', '市发展和改革委员会', '政府部门'],
      ['县人社局', '县人力资源和社会保障局', '政府部门'], ['县住建局', '县住房和城乡建设局', '政府部门'], ['县卫健委', '县卫生健康委员会', '政府部门'],
      ['县市场监管局', '县市场监督管理局', '政府部门'], ['县文化广电和旅游局', '县文化和旅游局', '政府部门'], ['市文化和旅游局', '市文化广电和旅游局', '政府部门'],
      ['区住建局', '区住房和城乡建设局', '政府部门'], ['市卫健委', '市卫生健康委员会', '政府部门'], ['县医保局', '县医疗保障局', '政府部门'],
      ['县退役军人事务局', '县退役军人事务局', '政府部门'], ['县委宣传部', '县委宣传部', '党委部门'], ['县委编办', '县委机构编制委员会办公室', '党委部门'],
      ['团县委', '团县委', '群团'], ['县妇联', '县妇联', '群团'], ['县总工会', '县总工会', '群团'], ['县残联', '县残联', '群团'], ['县科协', '县科协', '群团'],
      ['各乡镇人民政府', '各乡镇人民政府', '集合'], ['各乡镇(街道)', '各乡镇人民政府', '集合'], ['各街道办事处', '各街道办事处', '集合'], ['县直有关单位', '县直有关单位', '集合'],
    ]) {
      const e = reg.lookup(name);
      assert.ok(e, name);
      assert.deepEqual([e!.name, e!.group], [canonical, group], name);
    }
  });

  it('says nothing about a task-division plan whose units are departments, listed or not', () => {
    const text = division(
      '县发改局;责任单位:县财政局、县自然资源局、各乡镇人民政府',
      '县卫健委;责任单位:县医保局、县人民医院、县疾控中心',
      '县乡村振兴局;责任单位:县供销合作社、城关镇人民政府、经开区管委会',
      '县教育局牵头，县财政局配合;责任单位:县委党校、城关二小、县城投公司',
      '县委宣传部(县文明办);责任单位:县财政局等、团县委、县妇联、县残联',
      '州人力资源和社会保障局;责任单位:区住建局、市卫健委、县直有关单位',
    );
    assert.deepEqual(lint(text).filter(d => d.code === 'PLAN012' || d.code === 'PLAN015').map(d => `${d.code} ${covered(text, d)}`), []);
  });

  it('knows schools, customs and party organisations by their ending (01, 05, 06, 19 of the corpus)', () => {
    for (const f of ['01-county-edu-blocks.plan', '05-gov-division-notice.plan', '06-university-party.plan', '19-traditional-chars.plan']) {
      assert.deepEqual(findings(readCorpus(f), 'PLAN015'), [], f);
    }
  });
  it('reports a placeholder, a word and a sentence fragment', () => {
    const text = division('某某;责任单位:有关、待定', '负责组织实施;责任单位:做好相关工作、县财政局');
    const d = lint(text, 'PLAN015');
    assert.deepEqual(d.map(x => covered(text, x)), ['某某', '有关', '待定', '负责组织实施', '做好相关工作']);
    assert.equal(d[0].message, '单位“某某”是占位符，不是单位名称');
    assert.deepEqual(findings(division('有关'), 'PLAN015', { locale: 'en' }), [[3,
      'Unit 有关 does not look like the name of an organisation and is not in the unit registry (if it is one, add it to `units` in .planmark.json)']]);
  });

  it('reads names as organisations by their ending, after a parenthetical and a role word', () => {
    for (const name of ['县乡村振兴局', '某县教育局', '县委党校', '城关二小', '县财政局等', '县教育局牵头', '县委宣传部(县文明办)', '各乡镇(街道)', '经开区管委会']) {
      assert.notEqual(orgNameVerdict(name), 'not-a-name', name);
    }
    assert.equal(orgNameVerdict('某县教育局'), 'placeholder');
    for (const name of ['有关', '相关', '待定', '负责组织实施', '做好相关工作', '由县教育局', '县教育局负责，县财政局配合', '全部']) {
      assert.equal(orgNameVerdict(name), 'not-a-name', name);
    }
  });
});

describe('PLAN012 unit-typo on the new registry', () => {
  const reg = UnitRegistry.builtin();

  it('corrects slips in department names, short forms by confusable characters only', () => {
    assert.equal(reg.suggest('县人设局'), '县人社局');
    assert.equal(reg.suggest('县住健局'), '县住建局');
    assert.equal(reg.suggest('市卫建委'), '市卫健委');
    assert.equal(reg.suggest('县市场监官局'), '县市场监管局');
    assert.equal(reg.suggest('县人力资源和社会保账局'), '县人力资源和社会保障局');
    // Short names: a changed character must be a known slip.
    assert.equal(reg.suggest('县财务局'), undefined);
    assert.equal(reg.suggest('县人事局'), undefined);
  });

  it('reports the slip in a plan, and takes another body of the same kind for no typo', () => {
    const text = division('县人设局;责任单位:州人力资源和社会保障局、旗人力资源和社会保障局、城关镇人民政府、各相镇中心校');
    assert.deepEqual(lint(text, 'PLAN012').map(d => [covered(text, d), d.data?.suggestion]), [['县人设局', '县人社局'], ['各相镇中心校', '各乡镇中心校']]);
    assert.deepEqual(lint(text, 'PLAN015'), []);
  });
});
