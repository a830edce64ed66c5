// Front-matter keys the tools know (标题, 发文机关, 文号 …, plus config metaKeys).
import type { Rule } from '../lint/types';
import { META_KEYS, isKnownMetaKey } from '../domain/meta';
import { boundedDistance } from '../units/similarity';
import { textAt } from './fixEdits';

/** The known key (or alias) nearest to `written`, when one is nearest and one or two edits away. */
export function closestMetaKey(written: string, extra: readonly string[]): string | undefined {
  const names = [...new Set([...META_KEYS.flatMap(k => [k.key, ...k.aliases]), ...extra])];
  let best: string | undefined;
  let bestDistance = 3;
  let tie = false;
  for (const name of names) {
    const d = boundedDistance(written, name, Math.min(2, Math.max(1, name.length - 1)));
    if (d > Math.min(2, Math.max(1, name.length - 1))) continue;
    if (d < bestDistance) { best = name; bestDistance = d; tie = false; } else if (d === bestDistance) tie = true;
  }
  return tie ? undefined : best;
}

export const unknownMetaKey: Rule = {
  id: 'PLAN023',
  name: 'unknown-meta-key',
  defaultSeverity: 'warning',
  description: {
    en: 'Front-matter keys are known ones (标题, 发文机关, 文号, 日期, 年度, 主送 …, and their aliases: core/data/metaKeys.json) or listed in config `metaKeys`.',
    zh: '前置元数据的键应为已知键（标题、发文机关、文号、日期、年度、主送等及其别名，见 core/data/metaKeys.json）或配置 metaKeys 中所列的键。',
  },
  check(ctx) {
    const fm = ctx.doc.frontMatter;
    if (!fm) return;
    for (const e of fm.entries) {
      if (isKnownMetaKey(e.key, ctx.config.metaKeys)) continue;
      ctx.report(e.keyRange, {
        en: 'Unknown front-matter key {0} (known: {1})', zh: '未知的前置元数据键“{0}”（已知：{1}）',
      }, [e.key, META_KEYS.map(k => k.key).join('、')]);
    }
  },
  fix(ctx) {
    const written = textAt(ctx.doc, ctx.diagnostic.range);
    const key = written && closestMetaKey(written, ctx.config.metaKeys);
    if (!key) return [];
    // The nearest name is a guess: offered, never applied unasked.
    return [{ title: { en: 'Change the key to {0}', zh: '将键改为“{0}”' }, args: [key], edits: [{ range: ctx.diagnostic.range, newText: key }], preferred: false }];
  },
};
