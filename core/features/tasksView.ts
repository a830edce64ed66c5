// The Tasks view's data: plans → sections → items, each item with its lead unit; or the
// same tasks grouped by status or by deadline as of a date (taskGroups).
import type { Range } from '../model';
import type { StatusConfig } from '../config/types';
import { periodEnds } from '../domain/deadlines';
import { trackTask } from '../domain/progress';
import type { IndexedPlan, PlanIndex } from './planIndex';

export interface TaskViewItem {
  name: string;
  lead?: string;
  deadline?: string;
  range: Range;
}

export interface TaskViewSection {
  name: string;
  range: Range;
  items: TaskViewItem[];
}

export interface TaskViewPlan {
  uri: string;
  title: string;
  sections: TaskViewSection[];
  /** Items outside any section. */
  items: TaskViewItem[];
}

function taskItem(i: IndexedPlan['items'][number]): TaskViewItem {
  return { name: i.name, ...(i.lead ? { lead: i.lead } : {}), ...(i.deadline ? { deadline: i.deadline } : {}), range: i.selectionRange };
}

export function taskTreeOfPlan(plan: IndexedPlan): TaskViewPlan {
  const sections: TaskViewSection[] = plan.sections.map(s => ({ name: s.name, range: s.selectionRange, items: [] }));
  const loose: TaskViewItem[] = [];
  for (const i of plan.items) (i.section !== undefined ? sections[i.section].items : loose).push(taskItem(i));
  return { uri: plan.uri, title: plan.title, sections, items: loose };
}

/** Every plan (or only `uri`), by title. */
export function tasksView(index: PlanIndex, uri?: string): TaskViewPlan[] {
  const plans = uri ? [index.get(uri)].filter((p): p is IndexedPlan => !!p) : [...index.values()];
  return plans.map(taskTreeOfPlan).sort((a, b) => a.title.localeCompare(b.title, 'zh') || a.uri.localeCompare(b.uri));
}

// ---------------------------------------------------------------------------------------------
// Grouped by status or by deadline

/** How the Tasks view groups: plans → sections → items (`plan`), by 状态, or by deadline. */
export type TaskGrouping = 'plan' | 'status' | 'deadline';

/** The deadline groups, in the view's order: 逾期, 本月到期, 本季度, 以后, 无时限, 已完成. */
export const DEADLINE_GROUPS = ['overdue', 'this-month', 'this-quarter', 'later', 'undated', 'done'] as const;
export type DeadlineGroup = typeof DEADLINE_GROUPS[number];

/** A task with its plan, as a group lists it. */
export interface TaskGroupItem extends TaskViewItem {
  uri: string;
  /** The plan's title. */
  plan: string;
  /** The 状态 normalised (the configured name), or as written when it is none of them. */
  status?: string;
  /** The date the task falls due by (by, range: the deadline's end). */
  dueDate?: string;
}

export interface TaskGroup {
  /**
   * By status: `status` (a configured status, named in `status`), `unknown` (a 状态 outside
   * the list) or `none` (no 状态). By deadline: one of DEADLINE_GROUPS.
   */
  key: 'status' | 'unknown' | 'none' | DeadlineGroup;
  status?: string;
  items: TaskGroupItem[];
}

/** What a plan's configuration says for grouping: its as-of date (YYYY-MM-DD) and statuses. */
export interface TaskGroupSettings { asOf: string; statuses: readonly StatusConfig[] }

/**
 * The tasks of every plan grouped by status or by deadline, each plan read with its own
 * as-of date and statuses (`settingsOf`). By deadline: a finished task is 已完成 whatever its
 * date; an unfinished one is 逾期 (its due date before the as-of date), 本月到期 (by the end of
 * the as-of month), 本季度 (by the end of its quarter), 以后, or 无时限 (no date: ongoing,
 * recurring, unread or no deadline). Only groups with tasks are given; the tasks of a group
 * by due date (by deadline) or in plan order (by status).
 */
export function taskGroups(index: PlanIndex, grouping: 'status' | 'deadline', settingsOf: (uri: string) => TaskGroupSettings): TaskGroup[] {
  const plans = [...index.values()].sort((a, b) => a.title.localeCompare(b.title, 'zh') || a.uri.localeCompare(b.uri));
  const groups = new Map<string, TaskGroup>();
  const statusOrder: string[] = [];
  const add = (id: string, group: Omit<TaskGroup, 'items'>, item: TaskGroupItem) => {
    let g = groups.get(id);
    if (!g) groups.set(id, g = { ...group, items: [] });
    g.items.push(item);
  };
  for (const plan of plans) {
    const { asOf, statuses } = settingsOf(plan.uri);
    for (const s of statuses) if (!statusOrder.includes(s.name)) statusOrder.push(s.name);
    const ends = periodEnds(asOf);
    for (const i of plan.items) {
      const t = trackTask(i.status, i.due, asOf, statuses, 0);
      const status = t.status?.name ?? i.status;
      const item: TaskGroupItem = { ...taskItem(i), uri: plan.uri, plan: plan.title, ...(status ? { status } : {}), ...(t.dueDate ? { dueDate: t.dueDate } : {}) };
      if (grouping === 'status') {
        if (t.status) add('status:' + t.status.name, { key: 'status', status: t.status.name }, item);
        else add(i.status ? 'unknown' : 'none', { key: i.status ? 'unknown' : 'none' }, item);
        continue;
      }
      const key: DeadlineGroup = t.state === 'done' ? 'done'
        : !t.dueDate ? 'undated'
        : t.dueDate < asOf ? 'overdue'
        : t.dueDate <= ends.month ? 'this-month'
        : t.dueDate <= ends.quarter ? 'this-quarter'
        : 'later';
      add(key, { key }, item);
    }
  }
  if (grouping === 'status') {
    return [...statusOrder.map(s => groups.get('status:' + s)), groups.get('unknown'), groups.get('none')].filter((g): g is TaskGroup => !!g);
  }
  const byDate = (a: TaskGroupItem, b: TaskGroupItem) => (a.dueDate ?? '').localeCompare(b.dueDate ?? '');
  return DEADLINE_GROUPS.map(k => groups.get(k)).filter((g): g is TaskGroup => !!g).map(g => ({ ...g, items: [...g.items].sort(byDate) }));
}
