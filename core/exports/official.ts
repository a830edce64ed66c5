// The parts of a 公文 (GB/T 9704-2012 §7) that a plan's front matter, notice and 版记 give:
// 版头 (份号, 密级, 紧急程度, 发文机关标志, 文号), 主体 (标题, 主送, the notice's sentence,
// 附件说明, 落款 and 成文日期, 附注) and 版记 (抄送, 印发机关和印发日期). What no part takes
// is listed in `unplaced`, so an export can say so instead of dropping it silently.
import type { PlanDocument } from '../model';
import { canonicalMetaKey, metaValue } from '../domain/meta';
import { splitClosing } from '../domain/notice';
import { titleOf } from './flow';

export interface OfficialParts {
  /** 份号, 密级, 紧急程度: top left of page 1 (§7.2.1–7.2.3). */
  copyNumber?: string;
  secrecy?: string;
  urgency?: string;
  /** 发文机关标志: front matter 版头, else 发文机关 + 文件. */
  masthead?: string;
  docNumber?: string;
  /** The 公文's title: the notice's title when the plan comes with one, else the plan's. */
  title: string;
  /** The plan's own title when it is printed as the notice's attachment. */
  attachedTitle?: string;
  addressees?: string;
  /** The notice's sentence (现将…印发给你们). */
  noticeText?: string;
  /** 附件说明 entries (1．… 2．…), numbering removed. */
  attachments: string[];
  issuer?: string;
  date?: string;
  /** 附注, e.g. （此件公开发布）. */
  note?: string;
  copiesTo?: string;
  printed?: { office: string; date: string };
  /** Closing lines of the text that are neither the issuer nor the date (printed as written). */
  closingText: string[];
  /** Front-matter (and notice) keys no part takes, as written. */
  unplaced: string[];
}

const DATE = /^(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日$/;
/** A signature line: an organisation's name, no sentence punctuation. */
const SIGNATURE = /^[^\s。，,；;：:！？!?、《》]{2,40}$/;

/** Keys that the parts below take (canonical names). */
const PLACED: ReadonlySet<string> = new Set(['标题', '文号', '版头', '发文机关', '主送', '通知', '印发说明', '附件', '日期', '成文日期', '公开方式', '抄送', '印发', '编号', '密级', '紧急程度']);

/** 附件：1．甲 2．乙 → [甲, 乙]; one attachment without a number stays whole. */
function attachmentList(value: string): string[] {
  const parts = value.split(/\s*(?:^|\s)[0-9\uFF10-\uFF19]{1,2}\s*[.\uFF0E、]\s*/).map(s => s.trim()).filter(Boolean);
  return parts.length ? parts : [value.trim()];
}

const compact = (s: string) => s.replace(/[\s\u3000]+/g, '');

/** The 公文 parts of a document. `masthead`: print the 发文机关标志. */
export function officialParts(doc: PlanDocument, options: { masthead?: boolean } = {}): OfficialParts {
  const v = (key: string) => metaValue(doc, key);
  const notice = v('通知');
  const planTitle = titleOf(doc);

  // 落款 and 成文日期 once each: the text's closing lines win over the front matter.
  let issuer: string | undefined;
  let date: string | undefined;
  const closingText: string[] = [];
  for (const c of doc.closing) {
    const t = c.text.trim();
    if (!t) continue;
    const glued = splitClosing(t);
    if (glued) { closingText.push(glued.text); issuer ??= glued.issuer; date ??= glued.date; continue; }
    if (DATE.test(compact(t)) && !date) date = compact(t);
    else if (SIGNATURE.test(t) && !issuer) issuer = t;
    else if (!(DATE.test(compact(t)) || t === issuer)) closingText.push(t);
  }
  const metaIssuer = v('发文机关');
  const metaDate = v('日期') ?? v('成文日期');
  // With a notice, the notice's 落款 is the 公文's; the plan's closing is the attachment's.
  if (notice) {
    const own = [issuer, date].filter((s): s is string => !!s && s !== metaIssuer && compact(s) !== compact(metaDate ?? ''));
    closingText.push(...own);
    issuer = metaIssuer; date = metaDate && compact(metaDate);
  } else {
    issuer ??= metaIssuer;
    date ??= metaDate && compact(metaDate);
  }

  const banner = v('版头');
  const publicNote = v('公开方式');
  const printed = v('印发');
  const printedMatch = printed ? /^(.*?)\s*((?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年.*日)\s*(?:印发)?$/.exec(printed) : undefined;

  const unplaced: string[] = [];
  const seen = new Set<string>();
  for (const e of doc.frontMatter?.entries ?? []) {
    const key = canonicalMetaKey(e.key);
    if (!e.value.trim() || seen.has(e.key)) continue;
    seen.add(e.key);
    if (!key || !PLACED.has(key) || (key === '版头' && !options.masthead)) unplaced.push(e.key);
    // 印发 needs an office and a date
    else if (key === '印发' && !printedMatch) unplaced.push(e.key);
  }
  for (const f of doc.notice?.fields ?? []) {
    if (f.key === '版头' && !options.masthead && !seen.has('版头')) { unplaced.push('版头'); seen.add('版头'); }
  }
  // Both dates given and different: the second has no place.
  const written = v('成文日期');
  if (v('日期') && written && compact(written) !== compact(v('日期')!) && !unplaced.includes('成文日期')) unplaced.push('成文日期');

  return {
    copyNumber: v('编号'),
    secrecy: v('密级'),
    urgency: v('紧急程度'),
    masthead: options.masthead ? (banner ?? (metaIssuer ? `${metaIssuer}文件` : undefined)) : undefined,
    docNumber: v('文号'),
    title: notice ?? planTitle,
    attachedTitle: notice ? planTitle : undefined,
    addressees: v('主送')?.replace(/[:\uFF1A]$/, ''),
    noticeText: v('印发说明'),
    attachments: v('附件') ? attachmentList(v('附件')!) : [],
    issuer,
    date,
    note: publicNote ? `（${/^此件/.test(publicNote) ? publicNote : `此件${publicNote}`}）` : undefined,
    copiesTo: v('抄送')?.replace(/[。.]$/, ''),
    printed: printedMatch ? { office: printedMatch[1].trim(), date: compact(printedMatch[2]) } : undefined,
    closingText,
    unplaced,
  };
}
