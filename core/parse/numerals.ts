// Numerals used by official-document numbering.

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Chinese numeral (一 … 九十九, 一百…) to a number; NaN when malformed. */
export function chineseToNumber(text: string): number {
  if (!text) return NaN;
  let total = 0;
  let current = 0;
  let sawDigit = false;
  for (const ch of text) {
    if (ch in DIGITS) {
      current = current * 10 + DIGITS[ch]; // 二〇二一 style digit strings
      sawDigit = true;
    } else if (ch === '十') {
      total += (sawDigit ? current : 1) * 10;
      current = 0;
      sawDigit = false;
    } else if (ch === '百') {
      total += (sawDigit ? current : 1) * 100;
      current = 0;
      sawDigit = false;
    } else {
      return NaN;
    }
  }
  return total + current;
}

const SMALL = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一, 100 → 一百. */
export function numberToChinese(n: number): string {
  if (!Number.isInteger(n) || n < 0) return String(n);
  if (n < 10) return SMALL[n];
  if (n < 20) return '十' + (n % 10 ? SMALL[n % 10] : '');
  if (n < 100) return SMALL[Math.floor(n / 10)] + '十' + (n % 10 ? SMALL[n % 10] : '');
  const rest = n % 100;
  return SMALL[Math.floor(n / 100)] + '百' + (rest === 0 ? '' : rest < 10 ? '零' + SMALL[rest] : rest < 20 ? '一' + numberToChinese(rest) : numberToChinese(rest));
}

/** ASCII or full-width digits to a number. */
export function digitsToNumber(text: string): number {
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
