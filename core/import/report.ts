// The import report: what import removed, moved, split or joined, line by line.

export type ImportAction =
  | 'removed'
  | 'moved-to-front-matter'
  | 'split'
  | 'joined'
  | 'edited'
  | 'kept-as-comment'
  | 'numbered'
  | 'kept';

export interface ImportReportEntry {
  /** 1-based line in the input (for HTML: the source line of the element; for DOCX: the paragraph number). */
  line: number;
  action: ImportAction;
  /** The text concerned (the removed line, the moved value, the start of a split line …). */
  text: string;
  /** Why, in a few words. */
  reason: string;
  /** The same in Chinese (the report with a Chinese locale). */
  reasonZh: string;
  /** What kind of source material the entry is about, where import's later steps care. */
  cause?: 'page-furniture';
}

/** A line being worked on, with the input line it came from. */
export interface WorkLine {
  text: string;
  /** 1-based input line. */
  line: number;
  /** Set when the line is a `//` comment created by `keepNoise`. */
  comment?: boolean;
}

function clip(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

const ACTION_WIDTH = 'moved-to-front-matter'.length;

/** The actions in Chinese, as the report prints them with a Chinese locale. */
const ACTION_ZH: Record<ImportAction, string> = {
  removed: '已删除',
  'moved-to-front-matter': '移入前置元数据',
  split: '已拆分',
  joined: '已合并',
  edited: '已修改',
  'kept-as-comment': '保留为注释',
  numbered: '已编号',
  kept: '已保留',
};
const ACTION_ZH_WIDTH = Math.max(...Object.values(ACTION_ZH).map(a => a.length));

/** The summary as printed by the CLI and shown by the VS Code command: one entry per line. */
export function formatReport(report: readonly ImportReportEntry[], locale: 'en' | 'zh-cn' = 'en'): string {
  const zh = locale === 'zh-cn';
  if (!report.length) return zh ? '未删除或移动任何内容。\n' : 'Nothing removed or moved.\n';
  const width = String(Math.max(...report.map(e => e.line))).length;
  const counts = new Map<ImportAction, number>();
  for (const e of report) counts.set(e.action, (counts.get(e.action) ?? 0) + 1);
  const lines = report.map(e => zh
    ? `${String(e.line).padStart(width)}  ${ACTION_ZH[e.action].padEnd(ACTION_ZH_WIDTH, '\u3000')}  ${e.reasonZh}${e.text ? `:${clip(e.text)}` : ''}`
    : `${String(e.line).padStart(width)}  ${e.action.padEnd(ACTION_WIDTH)}  ${e.reason}${e.text ? `: ${clip(e.text)}` : ''}`);
  const total = zh
    ? [...counts].map(([a, n]) => `${ACTION_ZH[a]} ${n} 处`).join(',')
    : [...counts].map(([a, n]) => `${n} ${a}`).join(', ');
  return lines.join('\n') + `\n${total}\n`;
}
