// Block kinds and their labels (目标任务, 工作措施, 责任股室(单位) …): one declaration,
// core/data/blocks.json, read here for the parser, the rules, completion and exports.
import type { BlockKind, Item, PlanDocument } from '../model';
import { itemsOf } from '../model';
import data from '../data/blocks.json';
import { simplified } from '../text/simplified';
import { mostCommon } from '../text/mostCommon';

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
  /** One of the blocks a new item gets when the document does not show which it uses. */
  usual: boolean;
  /** Lacked when there is nothing to say (no unit cooperates): never required by the document's own use. */
  optional: boolean;
  name: { en: string; zh: string };
}

interface BlockData { kind: string; labels: string[]; written: string; units: boolean; continues: boolean; usual?: boolean; optional?: boolean; order?: string; name: { en: string; zh: string } }

function load(): BlockKindInfo[] {
  const rows = (data as { kinds: BlockData[] }).kinds;
  const ranks = new Map<string, number>();
  let rank = 0;
  return rows.map(r => {
    const own = r.order ? ranks.get(r.order) : undefined;
    const info: BlockKindInfo = {
      kind: r.kind as BlockKind, labels: r.labels, written: r.written, units: r.units, continues: r.continues,
      rank: own ?? rank++, usual: !!r.usual, optional: !!r.optional, name: r.name,
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

/** The blocks a new item gets when the document does not show which it uses: 目标任务, 工作措施, 责任股室. */
export const USUAL_BLOCKS: readonly BlockKind[] = BLOCK_KINDS.filter(k => k.usual).map(k => k.kind);

/** The colon a document uses after labels (`:` or `：`), by majority. */
export function labelColon(doc: PlanDocument, fallback = ':'): string {
  const colons: string[] = [];
  for (const s of doc.syntax) if (s.kind === 'labeled') colons.push(s.separator);
  return mostCommon(colons, fallback);
}

/** The label of `kind` as the document writes it most (`责任股室(单位)`), else its written form. */
export function documentLabel(doc: PlanDocument, kind: BlockKind): string {
  const used = itemsOf(doc).flatMap(i => i.blocks).filter(b => b.origin === 'label' && b.blockKind === kind).map(b => b.label);
  return mostCommon(used, writtenLabel(kind));
}

/** The kinds an item has, a 牵头单位 or 配合单位 counting as naming its responsible units. */
export function kindsOfItem(item: Item): Set<BlockKind> {
  const has = new Set<BlockKind>(item.blocks.map(b => b.blockKind));
  if (item.units.length) has.add('responsible');
  return has;
}

/**
 * The blocks every item of a document must have: the configured ones, or (`auto`) those the
 * document's own items use, the kinds most of its items with blocks have. A 分工方案 that
 * writes only 牵头单位/责任单位 requires only those; a plan of plain items requires nothing.
 */
export function requiredBlocks(doc: PlanDocument, setting: readonly BlockKind[] | 'auto'): BlockKind[] {
  if (setting !== 'auto') return [...setting];
  return requiredByUse([blockUse(itemsOf(doc))]);
}

/** How many items (of some) have blocks, and how many of those have each kind: what `requiredBlocks` counts. */
export interface BlockUse {
  withBlocks: number;
  counts: ReadonlyMap<BlockKind, number>;
}

export function blockUse(items: readonly Item[]): BlockUse {
  let withBlocks = 0;
  const counts = new Map<BlockKind, number>();
  for (const item of items) {
    if (!item.blocks.length) continue;
    withBlocks++;
    for (const k of kindsOfItem(item)) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return { withBlocks, counts };
}

/** The blocks `auto` requires of a document whose items' use is the sum of `uses` (a part of the document each). */
export function requiredByUse(uses: readonly BlockUse[]): BlockKind[] {
  let withBlocks = 0;
  const counts = new Map<BlockKind, number>();
  for (const use of uses) {
    withBlocks += use.withBlocks;
    for (const [k, n] of use.counts) counts.set(k, (counts.get(k) ?? 0) + n);
  }
  const required = BLOCK_KINDS.filter(k => !k.optional).map(k => k.kind).filter(k => (counts.get(k) ?? 0) * 2 > withBlocks);
  // A required 牵头单位 names the responsible units too: one requirement, not two.
  return required.includes('lead') ? required.filter(k => k !== 'responsible') : required;
}
