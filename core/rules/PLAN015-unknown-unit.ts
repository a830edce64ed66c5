// A unit that is neither built in nor configured (and not a typo of one). Named
// schools (颍上一中, 耿棚中学) are not reported: no registry can list them.
import type { Rule } from '../lint/types';
import { isUnregistered, listedUnits } from './shared';

const SCHOOL = /(中学|小学|学校|幼儿园|[一二三四五六七八九十]中|[一二三四五六七八九十]小|中心校|完小|附中|附小|学院|大学|分校|教学点|职教中心|校区)$/;

export const unknownUnit: Rule = {
  id: 'PLAN015',
  name: 'unknown-unit',
  defaultSeverity: 'information',
  description: {
    en: 'A unit that is not in the built-in registry or the config `units` (named schools excepted).',
    zh: '单位不在内置单位表或配置 units 中（具体学校名称除外）。',
  },
  check(ctx) {
    for (const { unit: u } of listedUnits(ctx.doc)) {
      if (!isUnregistered(ctx.units, u.name) || SCHOOL.test(u.name) || ctx.units.suggest(u.name)) continue;
      ctx.report(u.range, {
        en: 'Unit {0} is not in the unit registry (add it to `units` in .planmark.json)',
        zh: '单位“{0}”不在单位表中（可在 .planmark.json 的 units 中添加）',
      }, [u.name]);
    }
  },
};
