// The Tasks view's data: plans → sections → items, each item with its lead unit.
import type { Range } from '../model';
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
