// The unit registry: built-in units with groups and aliases, config and document units, and
// the typo suggestions PLAN012 makes.
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { parsePlan } from '../../../core/parse';
import { UnitRegistry } from '../../../core/units/registry';
import { itemWithUnits } from '../../support/lint';

describe('UnitRegistry', () => {
  const reg = UnitRegistry.builtin();

  it('knows the common county education bureau units, with groups', () => {
    for (const name of ['办公室', '秘书股', '人事股', '基教股', '财务股', '法宣股', '督导室', '教研室', '职教办', '勤管站', '电教馆',
      '仪器站', '体卫艺股', '安全办', '信访办', '行政审批股', '扶贫办', '审计股', '资助中心', '师德师风办', '营养办', '机关党委',
      '机关纪委', '教育工会', '教育团工委', '关工委办公室', '教师进修学校', '青少年活动中心', '各乡镇中心校', '县直学校(园)',
      '各股室', '二级机构', '直属单位', '各中小学', '各幼儿园', '组干科', '基教科', '计财科']) {
      const e = reg.lookup(name);
      assert.ok(e, name);
      assert.equal(e!.source, 'builtin');
      assert.ok(['股室', '学校', '二级机构', '群团', '集合'].includes(e!.group ?? ''), `${name}: ${e!.group}`);
    }
    assert.equal(reg.lookup('各乡镇中心校')!.group, '集合');
    assert.equal(reg.lookup('教育工会')!.group, '群团');
  });

  it('looks up aliases, ignoring inner spaces and the width of parentheses', () => {
    assert.equal(reg.lookup('进修学校')!.name, '教师进修学校');
    assert.equal(reg.lookup('县直学校\uFF08园\uFF09')!.name, '县直学校(园)');
    assert.equal(reg.lookup('人 事 股')!.name, '人事股');
    assert.equal(reg.isKnown('颍上一中'), false);
  });

  it('suggests the unit a typo stands for', () => {
    assert.equal(reg.suggest('人是股'), '人事股');
    assert.equal(reg.suggest('基教服'), '基教股');
    assert.equal(reg.suggest('行政审北股'), '行政审批股');
    assert.equal(reg.suggest('关工委办公事'), '关工委办公室');
  });

  it('does not suggest for genuinely different units', () => {
    assert.equal(reg.suggest('财务股'), undefined); // known
    assert.equal(reg.suggest('人事处'), undefined); // another level (股/科/处)
    assert.equal(reg.suggest('颍上二中'), undefined);
    assert.equal(reg.suggest('一中'), undefined); // too short to judge
    assert.equal(reg.suggest('审核股'), undefined); // 审核 is not a slip of 审计
  });

  it('does not take one unit for another with the same suffix (财务股 vs 法宣股)', () => {
    const only = UnitRegistry.builtin().withConfig([{ name: '法宣股' }]);
    // 财务股 is two characters away from 法宣股: not a typo.
    assert.equal(only.suggest('财务股'), undefined);
    assert.equal(reg.suggest('财宣股'), undefined);
  });

  it('adds config units (strings or objects) in a new registry', () => {
    const withConfig = reg.withConfig(['颍上一中', { name: '耿棚中学', aliases: ['耿棚中'], group: '学校' }, '颍上科技学校']);
    assert.notEqual(withConfig, reg);
    assert.equal(reg.isKnown('颍上一中'), false);
    assert.equal(withConfig.lookup('颍上一中')!.source, 'config');
    assert.equal(withConfig.lookup('耿棚中')!.name, '耿棚中学');
    assert.equal(withConfig.lookup('耿棚中学')!.group, '学校');
    assert.equal(withConfig.suggest('颍上科枝学校'), '颍上科技学校');
    // Short names need a known slip (事/是, 股/服): 栅/棚 is not one.
    assert.equal(withConfig.suggest('耿栅中学'), undefined);
    assert.ok(withConfig.isKnown('人事股'));
  });

  it('adds the document units with source "document", but never suggests them', () => {
    const d = parsePlan(itemWithUnits('颍上一中、人事股、新设股。'));
    const withDoc = reg.withDocument(d);
    assert.notEqual(withDoc, reg);
    assert.equal(withDoc.lookup('新设股')!.source, 'document');
    assert.equal(withDoc.lookup('人事股')!.source, 'builtin');
    assert.equal(reg.isKnown('新设股'), false);
    assert.equal(withDoc.suggest('新设服'), undefined);
    assert.ok(withDoc.all().some(u => u.name === '颍上一中' && u.source === 'document'));
    assert.ok(withDoc.all().length > reg.all().length);
  });

  it('has no name or alias used twice in the builtin data', () => {
    const seen = new Map<string, string>();
    for (const e of reg.all()) {
      for (const n of [e.name, ...e.aliases]) {
        assert.ok(!seen.has(n), `${n} in ${e.name} and ${seen.get(n)}`);
        seen.set(n, e.name);
      }
    }
  });
});

describe('UnitRegistry.suggest (properties)', () => {
  const reg = UnitRegistry.builtin();
  const names = reg.all().flatMap(e => [e.name, ...e.aliases]);
  const chars = [...new Set(names.join(''))];

  it('never suggests for a known name', () => {
    for (const n of names) assert.equal(reg.suggest(n), undefined, n);
  });

  it('suggests only known names, different from the input and one slip away', () => {
    fc.assert(fc.property(
      fc.constantFrom(...names), fc.nat(), fc.constantFrom(...chars),
      (name, pos, ch) => {
        const i = pos % name.length;
        const typo = name.slice(0, i) + ch + name.slice(i + 1);
        const s = reg.suggest(typo);
        // No suggestion is always allowed; a suggestion must be a known name for an unknown input.
        return s === undefined || (reg.isKnown(s) && s !== typo && !reg.isKnown(typo));
      }), { numRuns: 500 });
  });
});
