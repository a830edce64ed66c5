// The notice a plan is issued with (印发通知): 版头 (XX县教育局文件), 文号, the notice's own
// title (…关于印发《X》的通知, the 文号 sometimes glued before it, sometimes over two lines),
// 主送 (a line ending in ：), the forwarding sentence (现将…印发给你们, 经…同意，现将…, 《X》已经…
// 通过，现印发给你们), 附件说明 (附件：1．… 2．…, never items), the issuer and 成文日期, and
// (此件公开发布). One reader, used by the parser (the notice's fields become the document's
// meta, X its title) and by import (the fields go to front matter).
import { parseDocNumber } from './docNumber';

export type NoticeKey = '版头' | '文号' | '通知' | '主送' | '印发说明' | '附件' | '发文机关' | '日期' | '公开方式' | '抄送' | '印发';

export interface NoticeField {
  key: NoticeKey;
  value: string;
  /** The lines the field was read from (indexes into the lines given). */
  lines: number[];
}

export interface Notice {
  fields: NoticeField[];
  /** The plan's title as the notice names it: X of 关于印发《X》的通知. */
  planTitle?: string;
  /** Every line the notice takes (its fields and its blank lines), in order. */
  lines: number[];
  /** The line after the notice (the plan's title is usually written there again). */
  end: number;
}

/** A line of text as the reader sees it: trimmed, indentation gone. */
const clean = (text: string) => text.replace(/^[\s\u00A0\u3000\uFEFF]+|[\s\u00A0\u3000]+$/g, '');

const BANNER = /^(.{2,30}?)\s*文\s*件$/;
const NOTICE_TITLE = /关于(?:印发|转发|下发|发布|公布)?.{0,80}的(?:通知|决定|意见|函)$/;
const TITLE_START = /^关于/;
const PLAN_IN_TITLE = /《([^《》]{2,80})》/;
const FORWARD = /现将|现印发|印发给你们|转发给你们|下发给你们|现予印发|请认真贯彻|请结合实际/;
const ADDRESSEES = /[:\uFF1A]$/;
const ATTACHMENT = /^附\s*件\s*[:\uFF1A]/;
const ATTACHMENT_ENTRY = /^[0-9\uFF10-\uFF19]{1,2}\s*[.\uFF0E、]/;
const PUBLIC = /^[(\uFF08]\s*此件.{0,8}[)\uFF09]$/;
const DATE = /^(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日$/;
/** An issuer written alone on its line (before the date): an organisation's name, no punctuation. */
const ISSUER = /^[^\s。，,；;：:！？!?、《》]{2,40}(?:局|委|委员会|政府|办公室|办公厅|厅|部|中心|院|处|校|学校|大学|工委|党组|党委|机关|公司|会|所|站|室)$/;

/** Splits a 文号 glued before the notice title: 桐政办发〔2024〕5号桐川市…关于印发《…》的通知. */
function gluedDocNumber(text: string): { number: string; rest: string } | undefined {
  const m = /^(.{1,12}?[〔\[［(（【﹝〖{｛]\s*(?:19|20)\d{2}\s*[〕\]］)）】﹞〗}｝]\s*第?\s*\d{1,5}\s*号)\s*(.+)$/.exec(text);
  return m && parseDocNumber(m[1]) ? { number: m[1], rest: m[2] } : undefined;
}

/**
 * Reads the notice at the head of `lines` (from `from` on), if there is one: it must have a
 * notice title within its first lines. Reading stops at the first line that is no part of a
 * notice (the plan's title or text), so a plain plan is never touched.
 */
/** How many non-blank lines from the top readNotice looks at for a notice's title. */
const TITLE_WINDOW = 12;

/**
 * The first line past what readNotice(lines, from) can look at when it finds no notice (the
 * title window and the line after it, which a two-line title reads): an edit at or after this
 * line cannot make a notice appear.
 */
export function noticeWindowEnd(lines: readonly string[], from = 0): number {
  let seen = 0;
  let i = from;
  for (; i < lines.length && seen < TITLE_WINDOW; i++) if (clean(lines[i])) seen++;
  return i + 1;
}

export function readNotice(lines: readonly string[], from = 0): Notice | undefined {
  // A notice has its title near the top: look for it first, in the first non-blank lines.
  let seen = 0;
  let titleAt = -1;
  for (let i = from; i < lines.length && seen < TITLE_WINDOW; i++) {
    const t = clean(lines[i]);
    if (!t) continue;
    seen++;
    const unglued = gluedDocNumber(t)?.rest ?? t;
    const before = clean(lines[i - 1] ?? '');
    // 松岭县人民政府 / 关于印发《…》的通知: a title over two lines starts with its issuer.
    if (NOTICE_TITLE.test(unglued)) { titleAt = TITLE_START.test(unglued) && ISSUER.test(before) ? i - 1 : i; break; }
    if (TITLE_START.test(unglued) && NOTICE_TITLE.test(unglued + clean(lines[i + 1] ?? ''))) { titleAt = i; break; }
  }
  if (titleAt < 0) return undefined;
  // The notice starts at its title, or at the 版头 and 文号 lines just above it; what comes
  // before (a site's disclosure header) is not the notice's.
  let begin = titleAt;
  for (let k = titleAt - 1, looked = 0; k >= from && looked < 4; k--) {
    const t = clean(lines[k]);
    if (!t) continue;
    looked++;
    if (BANNER.test(t) || parseDocNumber(t)) begin = k; else break;
  }

  const fields: NoticeField[] = [];
  const taken: number[] = [];
  const add = (key: NoticeKey, value: string, at: number[]) => { fields.push({ key, value, lines: at }); taken.push(...at); };
  const has = (key: NoticeKey) => fields.some(f => f.key === key);
  let planTitle: string | undefined;
  let i = begin;
  for (; i < lines.length; i++) {
    const t = clean(lines[i]);
    if (!t) { taken.push(i); continue; }
    const next = clean(lines[i + 1] ?? '');
    const glued = gluedDocNumber(t);
    if (!has('通知') && (NOTICE_TITLE.test(glued?.rest ?? t) || (TITLE_START.test(next) && NOTICE_TITLE.test(t + next)) || (TITLE_START.test(glued?.rest ?? t) && NOTICE_TITLE.test((glued?.rest ?? t) + next)))) {
      // The notice title, maybe with its 文号 glued before it, maybe over two lines.
      let title = glued?.rest ?? t;
      const at = [i];
      if (!NOTICE_TITLE.test(title)) { title += next; at.push(i + 1); }
      if (glued && !has('文号')) fields.push({ key: '文号', value: glued.number, lines: [i] });
      add('通知', title, at);
      planTitle = PLAN_IN_TITLE.exec(title)?.[1];
      i = at[at.length - 1];
      continue;
    }
    if (!has('版头') && !has('通知') && BANNER.test(t)) { add('版头', t, [i]); continue; }
    if (!has('文号') && parseDocNumber(t)) { add('文号', t, [i]); continue; }
    if (!has('通知')) break; // something before the notice's title that is no part of a notice
    if (PUBLIC.test(t)) { add('公开方式', t.replace(/^[(\uFF08]\s*|\s*[)\uFF09]$/g, ''), [i]); continue; }
    if (DATE.test(t.replace(/\s+/g, ''))) { add('日期', t.replace(/\s+/g, ''), [i]); continue; }
    if (ISSUER.test(t) && DATE.test(next.replace(/\s+/g, ''))) { add('发文机关', t, [i]); continue; }
    if (ATTACHMENT.test(t)) {
      // 附件：1．… then 2．… on its own (indented) line, or on the same line.
      const at = [i];
      let value = t;
      while (i + 1 < lines.length && ATTACHMENT_ENTRY.test(clean(lines[i + 1]))) { value += ' ' + clean(lines[++i]); at.push(i); }
      add('附件', value.replace(/^附\s*件\s*[:\uFF1A]\s*/, ''), at);
      continue;
    }
    if (!has('主送') && !has('印发说明') && ADDRESSEES.test(t) && t.length <= 200) { add('主送', t.replace(/[:\uFF1A]$/, ''), [i]); continue; }
    if (!has('印发说明') && FORWARD.test(t)) { add('印发说明', t, [i]); continue; }
    break;
  }
  // A 版头 names the issuer when no signature does.
  const banner = fields.find(f => f.key === '版头');
  if (banner && !has('发文机关')) fields.push({ key: '发文机关', value: BANNER.exec(clean(banner.value))![1], lines: banner.lines });
  // Trailing blank lines belong to what follows.
  while (taken.length && !clean(lines[taken[taken.length - 1]])) taken.pop();
  if (!has('通知')) return undefined;
  return { fields, planTitle, lines: [...new Set(taken)].sort((a, b) => a - b), end: i };
}

const COPIES_TO = /^抄\s*送\s*[:\uFF1A]\s*(.+?)[。.]?$/;
const PRINTED = /^(.{2,40}?)\s*((?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日)\s*印\s*发$/;

/**
 * The 版记 at the very end of a 公文: `抄送：…` and `<印发机关> <日期>印发` (GB/T 9704 §7.4),
 * read backwards from the last line. Empty when the text does not end with them.
 */
export function readImprint(lines: readonly string[]): NoticeField[] {
  const out: NoticeField[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = clean(lines[i]);
    if (!t || /^[-—─_\s]+$/.test(t)) continue; // blank lines and the rules between them
    const cc = COPIES_TO.exec(t);
    const printed = PRINTED.exec(t);
    if (cc && !out.some(f => f.key === '抄送')) out.unshift({ key: '抄送', value: cc[1], lines: [i] });
    else if (printed && !out.some(f => f.key === '印发')) out.unshift({ key: '印发', value: `${clean(printed[1])} ${printed[2].replace(/\s+/g, '')}`, lines: [i] });
    else break;
  }
  return out;
}

/**
 * A 落款 glued to the end of a line (a one-line copy): `…（责任股室：办公室） 白鹭县应急管理局 2024年2月2日`
 * is the text, the issuer and the date.
 */
export function splitClosing(text: string): { text: string; issuer: string; date: string } | undefined {
  const m = /^(.*[。)\uFF09！？!?])[\s\u3000]+([^\s\u3000。，,；;：:！？!?、《》]{2,40})[\s\u3000]+(\S{6,16}日)$/.exec(text);
  if (!m || !ISSUER.test(m[2]) || !DATE.test(m[3])) return undefined;
  return { text: m[1], issuer: m[2], date: m[3] };
}
