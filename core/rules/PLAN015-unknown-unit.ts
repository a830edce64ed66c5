// A unit that is neither built in nor configured (and not a typo of one) and does not
// read as the name of an organisation: a placeholder (某某), a word (有关, 待定) or a
// piece of a sentence. Unlisted but well-formed names (县财政局, 某镇人民政府, 颍上一中)
// are not reported: no registry can list every body (core/text/orgName.ts decides).
import { nodeLocal, type Message, type Rule } from '../lint/types';
import { orgNameVerdict } from '../text/orgName';
import { hasPlaceholderOrMask } from '../text/placeholders';
import { checkNodes, isUnregistered, listedUnits, typoSuggestion } from './shared';
import { textAt } from './fixEdits';

const MESSAGES: Record<'placeholder' | 'not-a-name', Message> = {
  'placeholder': { en: 'Unit {0} is a placeholder, not the name of a unit', zh: '单位“{0}”是占位符，不是单位名称' },
  'not-a-name': {
    en: 'Unit {0} does not look like the name of an organisation and is not in the unit registry (if it is one, add it to `units` in .planmark.json)',
    zh: '单位“{0}”不像机构名称，也不在单位表中（如确为单位，可在 .planmark.json 的 units 中添加）',
  },
};

/** Per top-level node: its items' units, against the built-in and configured ones (nothing document-wide). */
const byNode = nodeLocal((node, ctx, report) => {
  for (const { unit: u } of listedUnits(node)) {
    if (!isUnregistered(ctx.units, u.name) || typoSuggestion(ctx.units, u.name)) continue;
    // Placeholders and masks that PLAN016/PLAN019 report are theirs.
    if (hasPlaceholderOrMask(u.name)) continue;
    const verdict = orgNameVerdict(u.name);
    if (verdict === 'organisation') continue;
    report(u.range, MESSAGES[verdict], [u.name]);
  }
});

export const unknownUnit: Rule = {
  id: 'PLAN015',
  name: 'unknown-unit',
  defaultSeverity: 'information',
  description: {
    en: 'A unit that is not in the built-in registry or the config `units` and does not look like the name of an organisation (某某, 有关, a sentence fragment).',
    zh: '单位不在内置单位表或配置 units 中，且不像机构名称（如“某某”“有关”或半句话）。',
  },
  check: checkNodes(byNode),
  byNode,
  fix(ctx) {
    const name = textAt(ctx.doc, ctx.diagnostic.range).trim();
    if (!name) return [];
    return [{ title: { en: 'Add {0} to units in .planmark.json', zh: '将“{0}”加入 .planmark.json 的 units' }, args: [name], edits: [], preferred: false, config: { kind: 'add-unit', name } }];
  },
};
