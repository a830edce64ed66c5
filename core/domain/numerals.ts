// Numerals of official-document numbering: Chinese numerals (一 … 九千九百九十九, and the
// digit-by-digit 二〇二一), ASCII and full-width digits, circled numbers. One reader and
// one writer for each, used by the grammar's semantics, the rules, completion and import.

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A Chinese numeral to a number (0 to 9999; `二〇二一` reads digit by digit); NaN when malformed. */
export function chineseToNumber(text: string): number {
  if (!text) return NaN;
  if (![...text].some(ch => ch in UNITS)) {
    // 二〇二一, 五: digits only, positional.
    let n = 0;
    for (const ch of text) {
      if (!(ch in DIGITS)) return NaN;
      n = n * 10 + DIGITS[ch];
    }
    return n;
  }
  let total = 0;
  let digit: number | undefined;
  let lastUnit = Infinity;
  for (const ch of text) {
    if (ch === '零' || ch === '〇') {
      if (digit !== undefined) return NaN; // 三零十
      continue; // a placeholder: 一千零五
    }
    if (ch in DIGITS) {
      if (digit !== undefined) return NaN; // two digits in a row: 一二十
      digit = DIGITS[ch];
    } else if (ch in UNITS) {
      const unit = UNITS[ch];
      if (unit >= lastUnit) return NaN; // 十十, 十百
      // A unit without its digit means one of it: 十二, 一百十.
      total += (digit ?? 1) * unit;
      digit = undefined;
      lastUnit = unit;
    } else {
      return NaN;
    }
  }
  return total + (digit ?? 0);
}

const SMALL = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const POSITIONS: [number, string][] = [[1000, '千'], [100, '百'], [10, '十'], [1, '']];

/** A number to a Chinese numeral: 0 → 零, 10 → 十, 12 → 十二, 110 → 一百一十, 1005 → 一千零五 (0 to 9999). */
export function numberToChinese(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) return String(n);
  if (n === 0) return SMALL[0];
  let out = '';
  let pendingZero = false;
  for (const [value, unit] of POSITIONS) {
    const d = Math.floor(n / value) % 10;
    if (d === 0) {
      if (out) pendingZero = true;
      continue;
    }
    if (pendingZero) out += SMALL[0];
    pendingZero = false;
    // 十二, not 一十二, when the tens lead.
    out += (value === 10 && !out && d === 1 ? '' : SMALL[d]) + unit;
  }
  return out;
}

/** ASCII or full-width digits to a number; NaN when any character is not a digit. */
export function digitsToNumber(text: string): number {
  if (!text) return NaN;
  let n = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    const d = c >= 0xff10 && c <= 0xff19 ? c - 0xff10 : c - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/** ① … ⑳ to 1 … 20. */
export function circledToNumber(ch: string): number {
  const c = ch.charCodeAt(0);
  return c >= 0x2460 && c <= 0x2473 ? c - 0x2460 + 1 : NaN;
}

/** 1 … 20 to ① … ⑳. */
export function numberToCircled(n: number): string {
  return Number.isInteger(n) && n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : `(${n})`;
}
