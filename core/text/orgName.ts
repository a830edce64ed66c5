// Does a name read as the name of an organisation (县财政局, 某镇人民政府, 耿棚中学), or is it
// a placeholder (某某), a word (有关, 待定) or a piece of a sentence? The unknown-unit rule
// (PLAN015) reports only the latter; the shapes are data (core/data/orgNames.json).
import data from '../data/orgNames.json';

interface OrgNameData {
  suffixes: string[];
  schools: string;
  roles: string[];
  placeholders: string[];
  notUnits: string[];
  fragmentStarts: string[];
  maxLength: number;
  levels: string[];
  collectives: string[];
  collectivePlaces: { prefixes: string[]; places: string[] };
  notVerbAfter: { words: string[] };
}

const D = data as OrgNameData;
const SUFFIXES: ReadonlySet<string> = new Set(D.suffixes);
const SUFFIX_LENGTHS: readonly number[] = [...new Set(D.suffixes.map(s => s.length))].sort((a, b) => b - a);
const SCHOOL = new RegExp(D.schools);
const NOT_UNITS: ReadonlySet<string> = new Set(D.notUnits);
/** A trailing parenthetical (`县委宣传部(县文明办)`, `各乡镇(街道)`): the name is what stands before it. */
const TRAILING_PAREN = /[(\uFF08][^()\uFF08\uFF09]*[)\uFF09]$/;
const LEVELS: ReadonlySet<string> = new Set(D.levels);
/** Characters that may open a name without naming the body: a level (县), a collective (各). */
const LEADING: ReadonlySet<string> = new Set([...D.levels, ...D.collectives]);
const SENTENCE_PUNCT = /[。！？!?：:；;，,]/;

/** Characters after 负责 that make it a noun (负责人, 负责制): for reading prose. */
export const NOT_VERB_AFTER: readonly string[] = D.notVerbAfter.words;

/** 各县（市、区）, 各县区, 全市各乡镇: a collective of places, read before its note is taken off. */
function isCollectiveOfPlaces(raw: string): boolean {
  const n = raw.replace(TRAILING_PAREN, '');
  return D.collectivePlaces.prefixes.some(p => n.startsWith(p) && n.length > p.length)
    && D.collectivePlaces.places.some(s => n.endsWith(s));
}

export type OrgNameVerdict = 'organisation' | 'placeholder' | 'not-a-name';

function endsWithSuffix(name: string): boolean {
  for (const n of SUFFIX_LENGTHS) if (name.length >= n && SUFFIXES.has(name.slice(-n))) return true;
  return false;
}

/** The name without a trailing parenthetical and a trailing role word (牵头, 配合, 等). */
function core(name: string): string {
  let n = name.trim();
  for (let changed = true; changed;) {
    changed = false;
    const stripped = n.replace(TRAILING_PAREN, '').trim();
    if (stripped && stripped !== n) { n = stripped; changed = true; }
    const role = D.roles.find(r => n.length > r.length && n.endsWith(r));
    if (role) { n = n.slice(0, -role.length).trim(); changed = true; }
  }
  return n;
}

/** How a unit name reads: as an organisation, as a placeholder, or as no name at all. */
export function orgNameVerdict(name: string): OrgNameVerdict {
  const raw = name.trim();
  if (D.placeholders.some(p => raw.includes(p))) return 'placeholder';
  if (raw.length > D.maxLength || SENTENCE_PUNCT.test(raw)) return 'not-a-name';
  if (isCollectiveOfPlaces(raw)) return 'organisation';
  const n = core(raw);
  if (n.length < 2 || NOT_UNITS.has(n) || D.fragmentStarts.some(f => n.startsWith(f))) return 'not-a-name';
  return endsWithSuffix(n) || SCHOOL.test(n) ? 'organisation' : 'not-a-name';
}

/** True when a name reads as the name of an organisation. */
export function looksLikeOrganisation(name: string): boolean {
  return orgNameVerdict(name) === 'organisation';
}

/**
 * True when two names differ only in the characters that name a level (州人社局 / 县人社局,
 * 团区委 / 团县委): the same department of another government, not a typo.
 */
export function isLevelVariant(a: string, b: string): boolean {
  const x = a.replace(/\s+/g, '');
  const y = b.replace(/\s+/g, '');
  if (x.length !== y.length || x === y) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i] && !(LEVELS.has(x[i]) && LEVELS.has(y[i]))) return false;
  return true;
}

/**
 * True when two names stand for different bodies of the same kind: they differ only in
 * their level (州人社局 / 县人社局, 团区委 / 团县委), or they share nothing before a common
 * ending but a level or a collective word, and differ there in more than one character
 * (城关镇人民政府 / 各乡镇人民政府). A typo of a known name is neither.
 */
export function isDifferentBody(a: string, b: string): boolean {
  const x = a.replace(/\s+/g, '');
  const y = b.replace(/\s+/g, '');
  if (isLevelVariant(x, y)) return true;
  let prefix = 0;
  while (prefix < x.length && prefix < y.length && x[prefix] === y[prefix]) prefix++;
  let suffix = 0;
  while (suffix < x.length - prefix && suffix < y.length - prefix && x[x.length - 1 - suffix] === y[y.length - 1 - suffix]) suffix++;
  // What each name has of its own, between the shared start and the shared ending.
  const own = Math.max(x.length, y.length) - prefix - suffix;
  return own >= 2 && (prefix === 0 || (prefix === 1 && LEADING.has(x[0])));
}
