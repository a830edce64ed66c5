// String similarity for unit names: a bounded Damerau (optimal string alignment)
// distance and the checks that tell a typo from a genuinely different unit.

/** Optimal-string-alignment distance, or `max + 1` as soon as it must exceed `max`. */
export function boundedDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  let prev2: number[] = new Array(m + 1).fill(0);
  let prev: number[] = new Array(m + 1);
  let cur: number[] = new Array(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2; prev2 = prev; prev = cur; cur = t;
  }
  return prev[m];
}

/** Last characters that name the kind or level of a body: 人事股 / 人事科 / 人事处 are different bodies. */
const LEVEL_SUFFIX: ReadonlySet<string> = new Set('股科室处办站馆所院委会部局厅组队团校园'.split(''));
const NUMERAL = /[0-9０-９一二三四五六七八九十〇零两]/;

/**
 * True when `typed` differs from `known` in a way that looks like a real, different
 * unit rather than a slip: a different numeral (一中 / 二中), or a different
 * level suffix at the end (基教股 / 基教科).
 */
export function isGenuineVariant(typed: string, known: string): boolean {
  if (typed.length !== known.length) return false;
  for (let i = 0; i < typed.length; i++) {
    const a = typed[i];
    const b = known[i];
    if (a === b) continue;
    if (NUMERAL.test(a) && NUMERAL.test(b)) return true;
    if (i === typed.length - 1 && LEVEL_SUFFIX.has(a) && LEVEL_SUFFIX.has(b)) return true;
  }
  return false;
}

/**
 * True when `typed`, close to `known` by edit distance, still reads as another body, not a
 * slip of typing: its first character differs (党委办公室 / 县委办公室, 规划财务科 /
 * 计划财务科: the first character names whose body it is); or it adds characters that
 * are not a doubled neighbour (市大数据局 / 市数据局, 区自然资源分局 / 区自然资源局,
 * 县纪委监委机关 / 县纪委监委); or it lacks more than one character, or lacks one and changes another (县文化广电旅游局 /
 * 县文化广电旅游体育局, 区自然资源分局 / 区自然资源规划局: a word, not a slip). An input method slips on one character at a
 * time: a homophone, a character missed, a key pressed twice.
 */
export function isOtherBody(typed: string, known: string): boolean {
  if (typed.length === known.length) return typed[0] !== known[0];
  if (typed.length > known.length) {
    // Every added character repeats the one before it (人事事股).
    let i = 0;
    let j = 0;
    while (i < typed.length) {
      if (j < known.length && typed[i] === known[j]) { i++; j++; continue; }
      if (i > 0 && typed[i] === typed[i - 1]) { i++; continue; }
      return true;
    }
    return j !== known.length;
  }
  // Shorter: one character missed, and nothing else changed (区自然资源分局 is not 区自然资源规划局).
  let prefix = 0;
  while (prefix < typed.length && typed[prefix] === known[prefix]) prefix++;
  let suffix = 0;
  while (suffix < typed.length - prefix && typed[typed.length - 1 - suffix] === known[known.length - 1 - suffix]) suffix++;
  return prefix + suffix < typed.length || known.length - typed.length >= 2;
}

/** Characters that differ between two strings of equal length (for confusable scoring). */
export function differingPairs(a: string, b: string): [string, string][] {
  const out: [string, string][] = [];
  if (a.length !== b.length) return out;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) out.push([a[i], b[i]]);
  return out;
}
