// Moves disclosure headers (索引号, 发布机构, 文号, 成文日期 …) and the notice wrapper
// around a plan (文号, issuer, 关于…的通知, 主送, 现将…印发给你们, issuer and date,
// 抄送/印发) into front matter. Only lines before the first section (or after the
// last item, for 抄送/印发) are looked at.
import { blockKindOf } from '../domain/blocks';
import { parseDocNumber } from '../domain/docNumber';
import { IGNORED_DISCLOSURE_LABELS, META_KEYS, metaKeyOrder } from '../domain/meta';
import { classifyLine } from '../parse/lineSyntax';
import type { ImportReportEntry, WorkLine } from './report';

export interface MetaField { key: string; value: string; line: number }

/** A label with optional spaces between its characters (`索 引 号`), either slash in `备注/文号`. */
const spaced = (label: string) => [...label].map(ch => (ch === '/' ? '[/\uFF0F]' : ch)).join('\\s*');
const alternation = (labels: readonly string[]) => [...labels].sort((a, b) => b.length - a.length).map(spaced).join('|');

/** Disclosure header labels (core/data/metaKeys.json) and the key each goes to (none: dropped). */
const DISCLOSURE_KEYS: [RegExp, string | undefined][] = [
  ...META_KEYS.filter(k => k.disclosure).map((k): [RegExp, string] => [new RegExp(alternation([k.key, ...k.aliases])), k.key]),
  [new RegExp(alternation(IGNORED_DISCLOSURE_LABELS)), undefined],
];
const KEY_ALTERNATION = DISCLOSURE_KEYS.map(([re]) => `(?:${re.source})`).join('|');
/** A disclosure line: one or more `key:value` fields, maybe bulleted. */
const DISCLOSURE_LINE = new RegExp(`^[-•·*\\s]*(${KEY_ALTERNATION})\\s*[:\uFF1A]`);
const FIELD = new RegExp(`(${KEY_ALTERNATION})\\s*[:\uFF1A]`, 'g');

const NOTICE_TITLE = /^关于.{2,80}的(通知|决定|意见|函|批复)$/;
const FORWARD = /^(现将|现把|兹将|特将).{0,200}(印发|下发|转发|发)给你们/;
/** A notice line that is only a 文号 (bracketed or bare). */
const isDocNumber = (text: string) => parseDocNumber(text) !== undefined;
const DATE = /^(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*([\d一二三四五六七八九十]{1,3})\s*月\s*([\d一二三四五六七八九十]{1,3})\s*日$/;
const ISSUER = /^[^\s。,\uFF0C;\uFF1B:\uFF1A!?\uFF01\uFF1F、]{2,30}(局|委|委员会|政府|办公室|办公厅|厅|部|中心|院|处|校|学校|工委|党组|党委|机关|公司|会|所|站)$/;
const PUBLIC = /^[(\uFF08]\s*此件(.{0,6})公开\s*[)\uFF09]$/;
const CC = /^抄\s*送\s*[:\uFF1A]\s*(.+)$/;
const PRINTED = /^(.{2,30}?)\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*印\s*发$/;

/** 2020-07-02 → 2020年7月2日. */
export function chineseDate(value: string): string {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(\s.*)?$/.exec(value.trim());
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : value.trim();
}

function isStructure(text: string): boolean {
  const k = classifyLine(text).kind;
  return k === 'part' || k === 'section' || k === 'subsection' || k === 'item';
}

export interface FrontMatterResult { fields: MetaField[]; lines: WorkLine[] }

export function extractFrontMatter(lines: WorkLine[], report: ImportReportEntry[]): FrontMatterResult {
  const fields: MetaField[] = [];
  const taken = new Set<number>();
  const move = (index: number, key: string, value: string, reason: string, reasonZh: string) => {
    taken.add(index);
    fields.push({ key, value, line: lines[index].line });
    report.push({ line: lines[index].line, action: 'moved-to-front-matter', text: `${key}:${value}`, reason, reasonZh });
  };

  // An existing front matter (an already clean plan) is kept as it is.
  let from = 0;
  while (from < lines.length && !lines[from].text.trim()) from++;
  if (from < lines.length && /^\s*-{3,}\s*$/.test(lines[from].text)) {
    let j = from + 1;
    const found: MetaField[] = [];
    for (; j < lines.length && !/^\s*-{3,}\s*$/.test(lines[j].text); j++) {
      const m = /^\s*([^:\uFF1A]+?)\s*[:\uFF1A]\s*(.*)$/.exec(lines[j].text);
      if (m) found.push({ key: m[1].replace(/\s+/g, ''), value: m[2].trim(), line: lines[j].line });
    }
    if (j < lines.length) {
      fields.push(...found);
      for (let k = from; k <= j; k++) taken.add(k);
      from = j + 1;
    }
  }

  let end = lines.findIndex((l, i) => i >= from && !l.comment && isStructure(l.text));
  if (end < 0) end = lines.length;
  const head = (i: number) => i >= from && i < end && !lines[i].comment && !taken.has(i);

  // Disclosure headers, in any order, possibly several on a line, possibly empty.
  for (let i = from; i < end; i++) {
    if (!head(i)) continue;
    const text = lines[i].text.trim();
    if (!DISCLOSURE_LINE.test(text)) continue;
    const starts: { key: string | undefined; label: string; at: number; valueAt: number }[] = [];
    FIELD.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = FIELD.exec(text))) {
      const label = m[1];
      const entry = DISCLOSURE_KEYS.find(([re]) => new RegExp(`^(?:${re.source})$`).test(label));
      starts.push({ key: entry?.[1], label: label.replace(/\s+/g, ''), at: m.index, valueAt: m.index + m[0].length });
    }
    taken.add(i);
    starts.forEach((s, k) => {
      const value = text.slice(s.valueAt, k + 1 < starts.length ? starts[k + 1].at : text.length).trim();
      if (!s.key || !value) {
        report.push({ line: lines[i].line, action: 'removed', text: `${s.label}:${value}`, reason: value ? 'disclosure field with no front-matter key' : 'empty disclosure field', reasonZh: value ? '公开信息字段没有对应的前置元数据键' : '公开信息字段为空' });
        return;
      }
      fields.push({ key: s.key, value: s.key === '成文日期' ? chineseDate(value) : value, line: lines[i].line });
      report.push({ line: lines[i].line, action: 'moved-to-front-matter', text: `${s.key}:${value}`, reason: `disclosure header (${s.label})`, reasonZh: `公开信息表头（${s.label}）` });
    });
  }

  // The notice wrapper.
  const headIdx = [...Array(end).keys()].filter(head);
  const text = (i: number) => lines[i].text.trim();
  const wrapper = headIdx.some(i => isDocNumber(text(i)) || NOTICE_TITLE.test(text(i)) || FORWARD.test(text(i)));
  if (wrapper) {
    const forwardAt = headIdx.find(i => FORWARD.test(text(i)));
    for (const i of headIdx) {
      const t = text(i);
      if (isDocNumber(t)) {
        move(i, '文号', t.replace(/\s+/g, ''), 'notice wrapper: document number', '通知外壳：文号');
        const next = headIdx.find(j => j > i);
        if (next !== undefined && ISSUER.test(text(next)) && !taken.has(next)) move(next, '发文机关', text(next), 'notice wrapper: issuer', '通知外壳：发文机关');
      } else if (taken.has(i)) {
        continue;
      } else if (NOTICE_TITLE.test(t)) {
        move(i, '通知', t, 'notice wrapper: notice title', '通知外壳：通知标题');
      } else if (FORWARD.test(t)) {
        move(i, '印发说明', t, 'notice wrapper: forwarding sentence', '通知外壳：印发说明');
      } else if (DATE.test(t)) {
        const prev = [...headIdx].reverse().find(j => j < i);
        if (prev !== undefined && !taken.has(prev) && ISSUER.test(text(prev))) move(prev, '发文机关', text(prev), 'notice wrapper: issuer', '通知外壳：发文机关');
        move(i, '日期', t.replace(/\s+/g, ''), 'notice wrapper: date', '通知外壳：日期');
      } else if (PUBLIC.test(t)) {
        move(i, '公开方式', t.replace(/^[(\uFF08]\s*|\s*[)\uFF09]$/g, ''), 'notice wrapper: disclosure note', '通知外壳：公开方式');
      } else if (/[:\uFF1A]$/.test(t) && t.length <= 120 && (forwardAt === undefined || i < forwardAt)
        && !blockKindOf(t.replace(/[(\uFF08].*?[)\uFF09]/g, '').replace(/[:\uFF1A]$/, ''))) {
        move(i, '主送', t.replace(/[:\uFF1A]$/, ''), 'notice wrapper: addressees', '通知外壳：主送单位');
      }
    }
  }

  // 抄送 / 印发 lines at the very end.
  for (let i = lines.length - 1; i >= end && i > from; i--) {
    const t = lines[i].text.trim();
    if (!t || lines[i].comment) continue;
    const cc = CC.exec(t);
    const printed = PRINTED.exec(t);
    if (cc) move(i, '抄送', cc[1].replace(/[。.]$/, ''), 'notice wrapper: copy-to line', '通知外壳：抄送行');
    else if (printed) move(i, '印发', `${printed[1]} ${printed[2].replace(/\s+/g, '')}`, 'notice wrapper: printing line', '通知外壳：印发行');
    else break;
  }

  // One value per key: the notice's date wins over a disclosure date; same values merge.
  const merged: MetaField[] = [];
  for (const f of fields) {
    const same = merged.find(g => g.key === f.key);
    if (!same) { merged.push({ ...f }); continue; }
    if (same.value !== f.value && f.key !== '发文机关') merged.push({ ...f, key: `${f.key}` });
  }
  const date = merged.find(f => f.key === '日期');
  const written = merged.find(f => f.key === '成文日期');
  if (written && !date) written.key = '日期';
  else if (written && date && chineseDate(written.value) === date.value) {
    merged.splice(merged.indexOf(written), 1);
    for (const e of report) if (e.line === written.line && e.text.startsWith('成文日期:')) e.reason += `; same date as 日期 ${date.value}`;
  }
  const stable = merged.map((f, i) => ({ f, i })).sort((a, b) => metaKeyOrder(a.f.key) - metaKeyOrder(b.f.key) || a.i - b.i).map(x => x.f);
  // Duplicate keys with different values stay (the linter can report them); identical ones go.
  const unique = stable.filter((f, i) => stable.findIndex(g => g.key === f.key && g.value === f.value) === i);
  return { fields: unique, lines: lines.filter((_, i) => !taken.has(i)) };
}
