// Progress recorded in the plan: the 状态 block (a value of the configured list, aliases
// read as their status), the 完成情况 and 进展 blocks (free text), and what the as-of date
// makes of a task: done, overdue, due soon, open. One answer for the rules, the code lens,
// the ledger and the merge.
import type { BlockKind, Due, Item, PlanDocument, Range } from '../model';
import { itemsOf } from '../model';
import type { StatusConfig } from '../config/types';
import { DEFAULT_CONFIG } from '../config/resolve';
import { DEFAULT_CALENDAR, daysBetween, planYear, readDeadline, type Calendar } from './deadlines';

/** The block kinds that record progress (状态, 完成情况, 进展). */
export const PROGRESS_KINDS: ReadonlySet<BlockKind> = new Set<BlockKind>(['status', 'progress', 'advance']);

/** The text of an item's first block of a kind, trimmed ('' when it has none). */
function blockText(item: Item, kind: 'status' | 'progress' | 'advance'): string | undefined {
  const b = item.blocks.find(x => x.blockKind === kind);
  return b ? b.text.trim() : undefined;
}

const key = (s: string) => s.replace(/[\s\u00A0\u3000。.；;，,]+/g, '');

/** A status value as written, read against the list: its configured name, or undefined when unknown. */
export function normaliseStatus(written: string, statuses: readonly StatusConfig[] = DEFAULT_CONFIG.statuses): StatusConfig | undefined {
  const k = key(written);
  if (!k) return undefined;
  return statuses.find(s => key(s.name) === k) ?? statuses.find(s => (s.aliases ?? []).some(a => key(a) === k));
}

/** The finished status names (已完成). */
export function doneStatuses(statuses: readonly StatusConfig[] = DEFAULT_CONFIG.statuses): string[] {
  return statuses.filter(s => s.done).map(s => s.name);
}

/** The item's 状态 as written, if it has a 状态 block. */
export function writtenStatus(item: Item): string | undefined {
  return blockText(item, 'status');
}

/** The item's 完成情况 text, then its 进展 text (either may be missing). */
export function progressText(item: Item): string | undefined {
  const parts = [blockText(item, 'progress'), blockText(item, 'advance')].filter((t): t is string => !!t);
  return parts.length ? parts.join('\n') : undefined;
}

/**
 * Fills each item's `due` (read with `calendar`: the configured one, else the built-in),
 * `status` and `progress` (the builder calls it once per parse).
 */
export function annotateTracking(doc: PlanDocument, calendar: Calendar = DEFAULT_CALENDAR): void {
  annotateItems(itemsOf(doc), planYear(doc), calendar);
}

/** annotateTracking for some items of a plan whose year is `year` (a section rebuilt after an edit). */
export function annotateItems(items: Iterable<Item>, year: ReturnType<typeof planYear>, calendar: Calendar = DEFAULT_CALENDAR): void {
  for (const item of items) {
    if (item.deadline) item.due = readDeadline(item.deadline, year, calendar);
    const status = writtenStatus(item);
    if (status) item.status = normaliseStatus(status)?.name ?? status;
    const progress = progressText(item);
    if (progress) item.progress = progress;
  }
}

/** Today as YYYY-MM-DD (local time), or the configured / given as-of date. */
export function asOfDate(setting?: string, now: Date = new Date()): string {
  if (setting && /^\d{4}-\d{2}-\d{2}$/.test(setting)) return setting;
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export type TaskState = 'done' | 'overdue' | 'due-soon' | 'open' | 'undated';

export interface TaskTracking {
  item: Item;
  /** The configured status, or undefined when none or unknown. */
  status?: StatusConfig;
  state: TaskState;
  /** The date the task falls due by (the deadline's end, for `by` and `range`). */
  dueDate?: string;
  /** Days past the due date (overdue), or left until it (the others, when dated). */
  days?: number;
}

/** What an item's status and deadline say as of a date. */
export function trackItem(item: Item, asOf: string, statuses: readonly StatusConfig[] = DEFAULT_CONFIG.statuses, dueSoonDays = DEFAULT_CONFIG.dueSoonDays): TaskTracking {
  return { item, ...trackTask(writtenStatus(item), item.due, asOf, statuses, dueSoonDays) };
}

/**
 * What a status as written and a deadline say as of a date (trackItem's answer without the
 * item, for what keeps only these two: the workspace index).
 */
export function trackTask(written: string | undefined, due: Pick<Due, 'kind' | 'end'> | undefined, asOf: string, statuses: readonly StatusConfig[] = DEFAULT_CONFIG.statuses, dueSoonDays = DEFAULT_CONFIG.dueSoonDays): Omit<TaskTracking, 'item'> {
  const status = written ? normaliseStatus(written, statuses) : undefined;
  const dueDate = due && (due.kind === 'by' || due.kind === 'range') ? due.end ?? undefined : undefined;
  if (status?.done) return { status, state: 'done', dueDate };
  if (!dueDate) return { status, state: 'undated' };
  const left = daysBetween(asOf, dueDate);
  if (left < 0) return { status, state: 'overdue', dueDate, days: -left };
  if (left <= dueSoonDays) return { status, state: 'due-soon', dueDate, days: left };
  return { status, state: 'open', dueDate, days: left };
}

export interface ProgressCounts { total: number; done: number; overdue: number; dueSoon: number }

/** Counts over items: 已完成 n/m · 逾期 k. */
export function countProgress(items: readonly Item[], asOf: string, statuses?: readonly StatusConfig[], dueSoonDays?: number): ProgressCounts {
  const counts: ProgressCounts = { total: items.length, done: 0, overdue: 0, dueSoon: 0 };
  for (const item of items) {
    const t = trackItem(item, asOf, statuses, dueSoonDays);
    if (t.state === 'done') counts.done++;
    else if (t.state === 'overdue') counts.overdue++;
    else if (t.state === 'due-soon') counts.dueSoon++;
  }
  return counts;
}

/**
 * A plan in 督办: some item records a 状态 or 完成情况. Overdue and due-soon checks run only
 * there, so that a plan being drafted (or last year's plan) is not a wall of warnings.
 */
export function isTracked(doc: PlanDocument): boolean {
  return itemsOf(doc).some(i => i.blocks.some(b => b.blockKind === 'status' || b.blockKind === 'progress' || b.blockKind === 'advance'));
}

/** Where an item's deadline is written (its 完成时限 block's text), else the item's title. */
export function deadlineRange(item: Item): Range {
  const b = item.blocks.find(x => x.blockKind === 'deadline' && x.text);
  return b ? b.textRange : item.titleRange;
}
