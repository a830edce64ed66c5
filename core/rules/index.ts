// Every lint rule, in id order. Each rule lives in its own file.
import type { Rule } from '../lint/types';
import { sectionNumbering } from './PLAN001-section-numbering';
import { subsectionNumbering } from './PLAN002-subsection-numbering';
import { itemNumbering } from './PLAN003-item-numbering';
import { mixedItemSeparators } from './PLAN004-mixed-item-separators';
import { itemOutsideSection } from './PLAN005-item-outside-section';
import { emptySection } from './PLAN006-empty-section';
import { emptyTitle } from './PLAN007-empty-title';
import { missingBlocks } from './PLAN008-missing-blocks';
import { emptyBlock } from './PLAN009-empty-block';
import { duplicateBlock } from './PLAN010-duplicate-block';
import { blockOrder } from './PLAN011-block-order';
import { unitTypo } from './PLAN012-unit-typo';
import { duplicateUnit } from './PLAN013-duplicate-unit';
import { emptyUnitSlot } from './PLAN014-empty-unit-slot';
import { unknownUnit } from './PLAN015-unknown-unit';
import { placeholder } from './PLAN016-placeholder';
import { brokenNumber } from './PLAN017-broken-number';
import { webNoise } from './PLAN018-web-noise';
import { maskedText } from './PLAN019-masked-text';
import { unbalancedBrackets } from './PLAN020-unbalanced-brackets';
import { documentNumberBrackets } from './PLAN021-document-number-brackets';
import { titleYearMismatch } from './PLAN022-title-year-mismatch';
import { unknownMetaKey } from './PLAN023-unknown-meta-key';
import { duplicateMetaKey } from './PLAN024-duplicate-meta-key';
import { malformedDate } from './PLAN025-malformed-date';
import { unmappedTable } from './PLAN026-unmapped-table';
import { titleVariant } from './PLAN027-title-variant';
import { overdue } from './PLAN028-overdue';
import { dueSoon } from './PLAN029-due-soon';
import { doneWithoutProgress } from './PLAN030-done-without-progress';
import { unknownStatus } from './PLAN031-unknown-status';
import { unreadableDeadline } from './PLAN032-unreadable-deadline';
import { subItemNumbering } from './PLAN033-subitem-numbering';

export const ALL_RULES: readonly Rule[] = [
  sectionNumbering, subsectionNumbering, itemNumbering, mixedItemSeparators,
  itemOutsideSection, emptySection, emptyTitle,
  missingBlocks, emptyBlock, duplicateBlock, blockOrder,
  unitTypo, duplicateUnit, emptyUnitSlot, unknownUnit,
  placeholder, brokenNumber, webNoise, maskedText, unbalancedBrackets,
  documentNumberBrackets, titleYearMismatch, unknownMetaKey, duplicateMetaKey, malformedDate,
  unmappedTable, titleVariant,
  overdue, dueSoon, doneWithoutProgress, unknownStatus, unreadableDeadline,
  subItemNumbering,
];

/** Where the rules are documented (docs/rules.md in the repository package.json names; a test checks they agree). */
export const RULES_DOCUMENTATION = 'https://example.invalid/planmark/blob/main/docs/rules.md';

/** The documentation of one rule: its row of docs/rules.md (each row has an anchor, `#plan001`). */
export function ruleDocumentation(id: string): string {
  return `${RULES_DOCUMENTATION}#${id.toLowerCase()}`;
}

/** A rule by id (`PLAN003`) or name (`item-numbering`). */
export function findRule(idOrName: string): Rule | undefined {
  return ALL_RULES.find(r => r.id === idOrName || r.name === idOrName);
}
