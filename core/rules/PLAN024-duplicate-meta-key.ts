// A front-matter key given twice: the second value is silently lost (the first one wins).
// Aliases count as their key (文号 and 发文字号, 成文日期 and 发布日期); config metaKeys count
// by name. Unknown keys are PLAN023's.
import type { Message, Rule } from '../lint/types';
import { canonicalMetaKey } from '../domain/meta';
import { frontMatterEntries } from './shared';

const MESSAGES: Record<'same' | 'alias', Message> = {
  same: { en: 'Front-matter key {0} is given twice (first on line {1}); only the first value counts', zh: '前置元数据键“{0}”重复（第 {1} 行已有），只有第一个值有效' },
  alias: { en: 'Front-matter key {0} is {1} again (given as {2} on line {3}); only the first value counts', zh: '前置元数据键“{0}”即“{1}”，与第 {3} 行的“{2}”重复，只有第一个值有效' },
};

export const duplicateMetaKey: Rule = {
  id: 'PLAN024',
  name: 'duplicate-meta-key',
  defaultSeverity: 'warning',
  description: {
    en: 'A front-matter key is given once; an alias counts as its key (文号 and 发文字号).',
    zh: '前置元数据的每个键只出现一次；别名视同其键（文号与发文字号）。',
  },
  check(ctx) {
    const first = new Map<string, { written: string; line: number }>();
    for (const e of frontMatterEntries(ctx.doc, ctx.config.metaKeys)) {
      const key = canonicalMetaKey(e.key) ?? (ctx.config.metaKeys.includes(e.key) ? e.key : undefined);
      if (!key) continue;
      const seen = first.get(key);
      if (!seen) { first.set(key, { written: e.key, line: e.keyRange.start.line + 1 }); continue; }
      if (seen.written === e.key) ctx.report(e.keyRange, MESSAGES.same, [e.key, seen.line], { key });
      else ctx.report(e.keyRange, MESSAGES.alias, [e.key, key, seen.written, seen.line], { key });
    }
  },
};
