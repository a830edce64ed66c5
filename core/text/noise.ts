// Web-page chrome that survives copying a plan from a government, document or legal-database
// site. The patterns are data (core/data/noise.json); this module compiles them once and
// answers for the web-noise rule (PLAN018), import and the title heuristics.
import data from '../data/noise.json';

export interface NoisePattern {
  id: string;
  /** Matches a line (or the part of it) that is noise. */
  pattern: RegExp;
  /** True when the whole line is chrome (drop it on import). */
  wholeLine: boolean;
  /** Whole-line chrome wherever it stands on a line, even far inside a long one. */
  anywhere: boolean;
  /** Chrome that may stick to the end of a content line (`…工作。 扫一扫在手机上查看当前页面`), where import cuts it off. */
  trails: boolean;
  /** A line that also matches this is plan text, not residue. */
  unless?: RegExp;
  /** A line that does not match this cannot hold the residue (a cheap test before an expensive one). */
  needs?: RegExp;
  description: string;
  /** The same in Chinese (the import report in Chinese). */
  descriptionZh: string;
}

interface NoiseData {
  patterns: { id: string; description: string; descriptionZh: string; wholeLine: boolean; anywhere?: boolean; trails?: boolean; match: string[]; unless?: string; needs?: string }[];
}

/** Each pattern with its global twin, for finding every occurrence in a line. */
const COMPILED: readonly { pattern: NoisePattern; all: RegExp }[] = (data as NoiseData).patterns.map(p => {
  const source = p.match.map(m => `(?:${m})`).join('|');
  return {
    pattern: {
      id: p.id, description: p.description, descriptionZh: p.descriptionZh, wholeLine: p.wholeLine, anywhere: !!p.anywhere, trails: !p.anywhere || !!p.trails,
      pattern: new RegExp(source), ...(p.unless ? { unless: new RegExp(p.unless) } : {}), ...(p.needs ? { needs: new RegExp(p.needs) } : {}),
    },
    all: new RegExp(source, 'g'),
  };
});

export const NOISE_PATTERNS: readonly NoisePattern[] = COMPILED.map(c => c.pattern);

/**
 * Every pattern without a `needs` test, as one expression: a line it does not match holds
 * none of them. Most lines of a plan hold no residue, and one scan of them is much
 * cheaper than one per pattern.
 */
const ANY_COMMON = new RegExp((data as NoiseData).patterns.filter(p => !p.needs).flatMap(p => p.match.map(m => `(?:${m})`)).join('|'));

export interface NoiseHit { pattern: NoisePattern; index: number; length: number }

/** True when a line may hold the pattern's residue at all (`common`: the line matches ANY_COMMON). */
function mayHold(pattern: NoisePattern, line: string, common: boolean): boolean {
  return pattern.needs ? pattern.needs.test(line) : common;
}

function applies(pattern: NoisePattern, line: string): boolean {
  return !pattern.unless || !pattern.unless.test(line);
}

/** The noise that starts first in a line (at a tie, the pattern listed first), with where it matched. */
export function findNoise(line: string): NoiseHit | undefined {
  let first: NoiseHit | undefined;
  const common = ANY_COMMON.test(line);
  for (const pattern of NOISE_PATTERNS) {
    if (!mayHold(pattern, line, common)) continue;
    const m = pattern.pattern.exec(line);
    if (!m || (first && m.index >= first.index) || !applies(pattern, line)) continue;
    first = { pattern, index: m.index, length: Math.max(1, m[0].length) };
  }
  return first;
}

/**
 * The noise of a line, by position (the first pattern first at a tie): every occurrence of
 * an injected phrase, the first occurrence of each kind of whole-line chrome.
 */
export function findAllNoise(line: string): NoiseHit[] {
  const out: NoiseHit[] = [];
  const common = ANY_COMMON.test(line);
  for (const { pattern, all } of COMPILED) {
    if (!mayHold(pattern, line, common)) continue;
    if (pattern.wholeLine) {
      const m = pattern.pattern.exec(line);
      if (m && applies(pattern, line)) out.push({ pattern, index: m.index, length: Math.max(1, m[0].length) });
      continue;
    }
    all.lastIndex = 0;
    let applicable: boolean | undefined;
    for (let m = all.exec(line); m; m = all.exec(line)) {
      applicable ??= applies(pattern, line);
      if (!applicable) break;
      out.push({ pattern, index: m.index, length: Math.max(1, m[0].length) });
      if (!m[0].length) all.lastIndex++;
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** True when the line is web chrome as a whole. */
export function isNoiseLine(line: string): boolean {
  const common = ANY_COMMON.test(line);
  return NOISE_PATTERNS.some(p => p.wholeLine && mayHold(p, line, common) && p.pattern.test(line) && applies(p, line));
}

/** A whole-line pattern found far inside a long line is body text, not chrome. */
export const LONG_LINE = 120;

/**
 * The residue of a line as the linter sees it: the line itself when it is chrome (a
 * whole-line pattern at its start, or anywhere in a line of up to LONG_LINE characters),
 * else the phrases in it (injected phrases, and chrome that is chrome anywhere), in
 * order and not overlapping. Rules other than PLAN018 leave both alone.
 */
export interface Residue { line?: NoiseHit; phrases: readonly NoiseHit[] }

const NO_RESIDUE: Residue = { phrases: [] };

export function residueOf(text: string): Residue {
  const hits = findAllNoise(text);
  if (!hits.length) return NO_RESIDUE;
  const line = hits.find(h => h.pattern.wholeLine && (h.index === 0 || text.length <= LONG_LINE));
  if (line) return { line, phrases: [] };
  const phrases: NoiseHit[] = [];
  let end = -1;
  for (const h of hits) {
    if (h.pattern.wholeLine && !h.pattern.anywhere) continue;
    if (h.index < end) continue;
    phrases.push(h);
    end = h.index + h.length;
  }
  return phrases.length ? { phrases } : NO_RESIDUE;
}
