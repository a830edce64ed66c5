// The title: the first title-like line before the first section that names a plan.
// Site decorations come off it (a leading category year `2022县委…2022年…`, a trailing
// `2篇` collection count, `- 百度文库`); repeats of it and variants that differ only in
// a year are removed, and reported. Of variants with different years, the title is the
// one whose year agrees with the preamble (core/domain/title.ts, as the parser decides).
import { classifyLine } from '../parse/lineSyntax';
import { chooseTitle, PLAN_WORD } from '../domain/title';
import type { ImportReportEntry, WorkLine } from './report';
const SENTENCE_PUNCT = /[。;\uFF1B!?\uFF01\uFF1F]$/;

function titleLike(text: string): boolean {
  const t = text.trim();
  // A table row (cells between | or tabs) is never a title.
  if (!t || t.length > 60 || SENTENCE_PUNCT.test(t) || /[,\uFF0C|\uFF5C\t]/.test(t)) return false;
  const kind = classifyLine(t).kind;
  return kind === 'paragraph';
}

/** A line that may be the plan's title: title-like and naming a plan (要点, 计划, 方案 …). */
export function isTitleCandidate(text: string): boolean {
  return titleLike(text) && PLAN_WORD.test(text);
}

/** Takes the site's decoration off a title; returns the reasons (English and Chinese). */
export function undecorate(title: string): { title: string; reasons: { en: string; zh: string }[] } {
  let t = title.trim();
  const reasons: { en: string; zh: string }[] = [];
  // A category year stuck before the title, when the title itself still states a year.
  const prefix = /^(\d{4})(?![\d年届级学\-—.~/])(?=[\u4e00-\u9fff])/.exec(t);
  if (prefix && /\d{4}\s*年/.test(t.slice(4))) {
    t = t.slice(4);
    reasons.push({ en: `site prefix "${prefix[1]}" dropped from the title`, zh: `删去标题前网站加上的“${prefix[1]}”` });
  }
  const suffixes: RegExp[] = [
    /\s*[(\uFF08【\[]?\s*(通用|精选|最新|合集|优选|热门)?\s*\d+\s*篇\s*[)\uFF09】\]]?$/,
    /\s*[-_—|]\s*(百度文库|道客巴巴|豆丁网|原创力文档|360文库|文库|第一范文网|范文网)$/,
  ];
  for (const re of suffixes) {
    const m = re.exec(t);
    if (m && m.index > 4 && !/第\s*$/.test(t.slice(0, m.index))) {
      reasons.push({ en: `site suffix "${m[0].trim()}" dropped from the title`, zh: `删去标题后网站加上的“${m[0].trim()}”` });
      t = t.slice(0, m.index).trim();
    }
  }
  return { title: t, reasons };
}

const key = (t: string) => t.replace(/\s+/g, '').replace(/\d{4}/g, '#');

/**
 * `webCopy`: the input showed web chrome. Site decorations come off the title only then,
 * or when the title is repeated: a clean plan whose title starts with a year keeps it.
 */
export function fixTitle(lines: WorkLine[], report: ImportReportEntry[], keepNoise = false, webCopy = false): WorkLine[] {
  let end = lines.findIndex(l => !l.comment && ['part', 'section', 'subsection', 'item'].includes(classifyLine(l.text.trim()).kind));
  if (end < 0) end = lines.length;
  const candidates: number[] = [];
  for (let i = 0; i < end; i++) if (!lines[i].comment && titleLike(lines[i].text)) candidates.push(i);
  if (!candidates.length) return lines;
  const preamble = lines.slice(0, end).filter(l => !l.comment && !titleLike(l.text));
  const choice = chooseTitle(candidates.map(i => undecorate(lines[i].text).title), preamble)!;
  const chosen = candidates[choice.title];
  // Only a title at the top (before any paragraph of text) is the title.
  const firstText = lines.findIndex(l => !l.comment && l.text.trim());
  if (lines.slice(firstText, chosen).some(l => !l.comment && l.text.trim() && !titleLike(l.text))) return lines;

  const repeated = candidates.some(i => i !== chosen && key(undecorate(lines[i].text).title) === key(undecorate(lines[chosen].text).title));
  const { title, reasons } = webCopy || repeated ? undecorate(lines[chosen].text) : { title: lines[chosen].text.trim(), reasons: [] };
  for (const reason of reasons) report.push({ line: lines[chosen].line, action: 'edited', text: lines[chosen].text.trim(), reason: reason.en, reasonZh: reason.zh });
  const out = lines.map(l => ({ ...l }));
  out[chosen].text = title;
  const drop = new Set<number>();
  for (const i of candidates) {
    if (i === chosen) continue;
    const other = undecorate(lines[i].text).title;
    if (other === title) {
      drop.add(i);
      report.push({ line: lines[i].line, action: keepNoise ? 'kept-as-comment' : 'removed', text: lines[i].text.trim(), reason: 'repeated title', reasonZh: '重复的标题' });
    } else if (key(other) === key(title)) {
      drop.add(i);
      const years = (s: string) => (s.match(/\d{4}/g) ?? []).join('/');
      report.push({ line: lines[i].line, action: keepNoise ? 'kept-as-comment' : 'removed', text: lines[i].text.trim(), reason: `title variant (${years(other)} where the title says ${years(title)}, as the text does)`, reasonZh: `标题的变体（写作 ${years(other)}，而标题与正文均为 ${years(title)}）` });
    }
  }
  // The title goes first.
  const result = keepNoise
    ? out.map((l, i) => drop.has(i) ? { ...l, text: `// ${l.text.trim()}`, comment: true } : l)
    : out.filter((_, i) => !drop.has(i));
  const at = result.indexOf(out[chosen]);
  if (at > 0) {
    const firstContent = result.findIndex(l => !l.comment);
    if (firstContent >= 0 && firstContent < at) {
      const [t] = result.splice(at, 1);
      result.splice(firstContent, 0, t);
    }
  }
  return result;
}
