// 文号 (document numbers) such as 厦湖教〔2020〕132号: issuer code, year in brackets, serial.
// GB/T 9704-2012 §7.2.4 puts the year in 六角括号 〔〕; real documents also write [], (), 【】,
// ﹝﹞, 〖〗 (half- or full-width). One finder, parser and normaliser for all of them, used by
// PLAN021 and its fix, hover and import.

export interface DocNumber {
  /** The 文号 as written. */
  text: string;
  issuer: string;
  year: number;
  serial: number;
  /** Offsets of the 文号 in the text it was found in. */
  start: number;
  end: number;
  /** The brackets around the year as written (absent in a bare 文号 such as 县教2021 12号). */
  open?: string;
  close?: string;
  /** Offsets of the opening bracket and just after the closing one. */
  bracketStart?: number;
  bracketEnd?: number;
}

export const CANONICAL_OPEN = '〔';
export const CANONICAL_CLOSE = '〕';

const OPEN = '〔\\[\\uFF3B(\\uFF08【﹝〖{\\uFF5B';
const CLOSE = '〕\\]\\uFF3D)\\uFF09】﹞〗}\\uFF5D';
const ISSUER = '[\\u4e00-\\u9fffA-Za-z]{1,12}?';
const YEAR = '((?:19|20)\\d{2})';
const SERIAL = '第?\\s*(\\d{1,5})\\s*号';

const BRACKETED = `(${ISSUER})\\s*([${OPEN}])\\s*${YEAR}\\s*([${CLOSE}])\\s*${SERIAL}`;
const FIND = new RegExp(BRACKETED, 'g');
const WHOLE = new RegExp(`^${BRACKETED}$`);
const BARE = new RegExp(`^(${ISSUER})\\s*${YEAR}\\s*${SERIAL}$`);
/** A line that is only a 文号, maybe behind a `文号:` label or a list dash. */
const LINE = new RegExp(`^[-\\s\\u3000]*(?:(?:备注\\s*/\\s*)?文\\s*号\\s*[:\\uFF1A]\\s*)?(${ISSUER}\\s*[${OPEN}]?\\s*(?:19|20)\\d{2}\\s*[${CLOSE}]?\\s*${SERIAL})\\s*$`);

function fromMatch(m: RegExpExecArray, offset: number): DocNumber {
  const [whole, issuer, open, year, close, serial] = m;
  const start = offset + m.index;
  const bracketStart = start + whole.indexOf(open, issuer.length);
  const bracketEnd = start + whole.lastIndexOf(close) + 1;
  return { text: whole, issuer, year: Number(year), serial: Number(serial), start, end: start + whole.length, open, close, bracketStart, bracketEnd };
}

/** Every bracketed 文号 in a line of text. */
export function findDocNumbers(text: string): DocNumber[] {
  const out: DocNumber[] = [];
  FIND.lastIndex = 0;
  for (let m = FIND.exec(text); m; m = FIND.exec(text)) out.push(fromMatch(m, 0));
  return out;
}

/** A whole value (a front-matter 文号, a notice line) as a 文号: bracketed, or bare (县教2021 12号). */
export function parseDocNumber(value: string): DocNumber | undefined {
  const lead = value.length - value.trimStart().length;
  const v = value.trim();
  const m = WHOLE.exec(v);
  if (m) return fromMatch(m, lead);
  const b = BARE.exec(v);
  return b ? { text: v, issuer: b[1], year: Number(b[2]), serial: Number(b[3]), start: lead, end: lead + v.length } : undefined;
}

/** True when a line holds nothing but a 文号 (with or without brackets). */
export function isDocNumberLine(text: string): boolean {
  return LINE.test(text);
}

/** True when the year is in 〔〕, as GB/T 9704 asks (a bare 文号 has no brackets to check). */
export function hasStandardBrackets(n: DocNumber): boolean {
  return n.open === undefined || (n.open === CANONICAL_OPEN && n.close === CANONICAL_CLOSE);
}

/** The 文号 in its standard form: 厦湖教〔2020〕132号. */
export function standardDocNumber(n: DocNumber): string {
  return `${n.issuer}${CANONICAL_OPEN}${n.year}${CANONICAL_CLOSE}${n.serial}号`;
}

/** The standard bracketed year, the replacement for what stands between `bracketStart` and `bracketEnd`. */
export function standardYear(n: DocNumber): string {
  return `${CANONICAL_OPEN}${n.year}${CANONICAL_CLOSE}`;
}
