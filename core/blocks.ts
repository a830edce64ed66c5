// The one table that maps block labels as written (责任科室, 责任股室(单位) …) to kinds.
import type { BlockKind } from './model';
import table from './data/blockLabels.json';

const KINDS: BlockKind[] = ['target', 'measures', 'responsible', 'lead', 'cooperate', 'deadline', 'leader'];
const byLabel = new Map<string, BlockKind>();
for (const kind of KINDS) for (const label of (table as unknown as Record<string, string[]>)[kind]) byLabel.set(label, kind);

/** Normalises a label key: drops inner spaces (`责任 股室`). */
export function normaliseLabel(key: string): string {
  return key.replace(/[\s\u00A0\u3000]+/g, '');
}

/** The block kind for a label key, or undefined when it is not a block label. */
export function blockKindOf(key: string): BlockKind | undefined {
  return byLabel.get(normaliseLabel(key));
}

/** The canonical label of a kind (目标任务, 工作措施, 责任股室 …). */
export function canonicalLabel(kind: BlockKind): string {
  return (table as unknown as Record<string, string[]>)[kind][0];
}

/** Every known label, canonical ones first (for completion). */
export function allLabels(): { label: string; kind: BlockKind }[] {
  return KINDS.flatMap(kind => (table as unknown as Record<string, string[]>)[kind].map(label => ({ label, kind })));
}

/** Kinds whose text is a list of units. */
export function isUnitKind(kind: BlockKind): boolean {
  return kind === 'responsible' || kind === 'lead' || kind === 'cooperate';
}

/** Kinds whose text runs on over following paragraphs (the others are one line). */
export function isContinuingKind(kind: BlockKind): boolean {
  return kind === 'target' || kind === 'measures';
}

/** Accepts a canonical label, an alias, or a kind name; returns the kind. */
export function parseBlockKind(name: string): BlockKind | undefined {
  if ((KINDS as string[]).includes(name)) return name as BlockKind;
  return blockKindOf(name);
}

export const BLOCK_KINDS: readonly BlockKind[] = KINDS;
