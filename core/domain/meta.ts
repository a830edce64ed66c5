// Front-matter keys (标题, 发文机关, 文号 …) and their aliases: one declaration,
// core/data/metaKeys.json, read by the unknown-key rule (PLAN023), completion, import
// and the exporters, so that what one accepts the others read.
import type { PlanDocument } from '../model';
import data from '../data/metaKeys.json';

export interface MetaKey {
  key: string;
  /** Other names read as this key. */
  aliases: readonly string[];
  /** Import takes it from disclosure header lines. */
  disclosure: boolean;
  en: string;
  zh: string;
}

interface MetaData {
  keys: { key: string; aliases?: string[]; disclosure?: boolean; en: string; zh: string }[];
  ignoredDisclosureLabels: string[];
}

/** Every known key, in the order a document writes them. */
export const META_KEYS: readonly MetaKey[] = (data as MetaData).keys.map(k => ({
  key: k.key, aliases: k.aliases ?? [], disclosure: !!k.disclosure, en: k.en, zh: k.zh,
}));

/** Disclosure header fields that describe the web page, not the document. */
export const IGNORED_DISCLOSURE_LABELS: readonly string[] = (data as MetaData).ignoredDisclosureLabels;

const canonical: ReadonlyMap<string, string> = new Map(META_KEYS.flatMap(k => [k.key, ...k.aliases].map(name => [name, k.key] as const)));

/** The canonical key for a key or alias as written (inner spaces ignored), or undefined when unknown. */
export function canonicalMetaKey(written: string): string | undefined {
  return canonical.get(written.replace(/[\s\u00A0\u3000]+/g, ''));
}

/** True when a key is a known key or alias, or one of `extra` (config `metaKeys`). */
export function isKnownMetaKey(written: string, extra: readonly string[] = []): boolean {
  return canonicalMetaKey(written) !== undefined || extra.includes(written);
}

/** Where a key sits in the written order (unknown keys last). */
export function metaKeyOrder(key: string): number {
  const i = META_KEYS.findIndex(k => k.key === canonicalMetaKey(key));
  return i < 0 ? META_KEYS.length : i;
}

/**
 * A value by canonical key, from the front matter (under the key or any of its aliases), else
 * from the notice the plan is issued with ('' values count as absent).
 */
export function metaValue(doc: PlanDocument, key: string): string | undefined {
  for (const entry of [...doc.frontMatter?.entries ?? [], ...doc.notice?.fields ?? [], ...doc.imprint?.fields ?? []]) {
    if (canonicalMetaKey(entry.key) === key && entry.value.trim()) return entry.value.trim();
  }
  return undefined;
}
