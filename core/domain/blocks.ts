// Block kinds and their labels (目标任务, 工作措施, 责任股室(单位) …): one declaration,
// core/data/blocks.json, read here for the parser, the rules, completion and exports.
import type { BlockKind } from '../model';
import data from '../data/blocks.json';
import { simplified } from '../text/simplified';

export interface BlockKindInfo {
  kind: BlockKind;
  /** Every label for the kind; the first is its canonical name. */
  labels: readonly string[];
  /** The label as completion, snippets and the formatter write it. */
  written: string;
  /** The text is a list of units. */
  units: boolean;
  /** The text runs on over following paragraphs. */
  continues: boolean;
  /** Position in the usual order (kinds that share a place have the same rank). */
  rank: number;
  name: { en: string; zh: string };
}

interface BlockData { kind: string; labels: string[]; written: string; units: boolean; continues: boolean; order?: string; name: { en: string; zh: string } }

function load(): BlockKindInfo[] {
  const rows = (data as { kinds: BlockData[] }).kinds;
  const ranks = new Map<string, number>();
  let rank = 0;
  return rows.map(r => {
    const own = r.order ? ranks.get(r.order) : undefined;
    const info: BlockKindInfo = {
      kind: r.kind as BlockKind, labels: r.labels, written: r.written, units: r.units, continues: r.continues,
      rank: own ?? rank++, name: r.name,
    };
    ranks.set(r.kind, info.rank);
    return info;
  });
}

/** Every block kind, in the usual order. */
export const BLOCK_KINDS: readonly BlockKindInfo[] = load();

const byKind: ReadonlyMap<BlockKind, BlockKindInfo> = new Map(BLOCK_KINDS.map(k => [k.kind, k]));
const byLabel: ReadonlyMap<string, BlockKind> = new Map(BLOCK_KINDS.flatMap(k => k.labels.map(label => [label, k.kind] as const)));

export function blockKindInfo(kind: BlockKind): BlockKindInfo {
  return byKind.get(kind)!;
}

/** Normalises a label key: drops inner spaces (`责任 股室`), reads traditional characters as simplified (`責任股室`). */
export function normaliseLabel(key: string): string {
  return simplified(key.replace(/[\s\u00A0\u3000]+/g, ''));
}

/** The block kind for a label key, or undefined when it is not a block label. */
export function blockKindOf(key: string): BlockKind | undefined {
  return byLabel.get(normaliseLabel(key));
}

/** The canonical label of a kind (目标任务, 工作措施, 责任股室 …). */
export function canonicalLabel(kind: BlockKind): string {
  return blockKindInfo(kind).labels[0];
}

/** The label as completion and the formatter write it (责任股室(单位)). */
export function writtenLabel(kind: BlockKind): string {
  return blockKindInfo(kind).written;
}

/** Every known label, canonical ones first, kinds in the usual order (for completion). */
export function allLabels(): { label: string; kind: BlockKind }[] {
  return BLOCK_KINDS.flatMap(k => k.labels.map(label => ({ label, kind: k.kind })));
}

/** Kinds whose text is a list of units. */
export function isUnitKind(kind: BlockKind): boolean {
  return blockKindInfo(kind).units;
}

/** Kinds whose text runs on over following paragraphs (the others are one line). */
export function isContinuingKind(kind: BlockKind): boolean {
  return blockKindInfo(kind).continues;
}

/** Position of a kind in the usual order: 目标任务 → 工作措施 → 责任/牵头/配合 → 完成时限 → 责任领导. */
export function blockRank(kind: BlockKind): number {
  return blockKindInfo(kind).rank;
}

/** Accepts a canonical label, an alias, or a kind name; returns the kind. */
export function parseBlockKind(name: string): BlockKind | undefined {
  return byKind.has(name as BlockKind) ? name as BlockKind : blockKindOf(name);
}
