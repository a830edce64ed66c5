// The Explorer view 任务 / Tasks: plans → sections → items, the lead unit as description,
// following the active editor (its plan is revealed); or the same tasks grouped by status or
// by deadline (the grouping is the core's, asked with planmark/taskGroups; remembered per
// workspace). Fed by the server's planmark/tasks and planmark/taskGroups.
import * as vscode from 'vscode';
import {
  TaskGroupsRequest, TasksViewRequest,
  type TasksGroup, type TasksGroupItem, type TasksGrouping, type TasksViewItem, type TasksViewPlan, type TasksViewSection,
} from '../../../server/src/protocol';
import { revealCommand, type ViewClient } from './shared';

type Node =
  | { kind: 'plan'; plan: TasksViewPlan }
  | { kind: 'section'; plan: TasksViewPlan; section: TasksViewSection }
  | { kind: 'item'; plan: TasksViewPlan; section?: TasksViewSection; item: TasksViewItem }
  | { kind: 'group'; group: TasksGroup }
  | { kind: 'groupItem'; group: TasksGroup; item: TasksGroupItem };

export const GROUPINGS: readonly TasksGrouping[] = ['plan', 'status', 'deadline'];

/** A grouping's name, as the picker and the view's description show it. */
export function groupingLabel(g: TasksGrouping): string {
  return g === 'plan' ? vscode.l10n.t('By plan') : g === 'status' ? vscode.l10n.t('By status') : vscode.l10n.t('By deadline');
}

/** A group's name: a status as configured, or the deadline group in the display language. */
export function groupLabel(group: TasksGroup): string {
  switch (group.key) {
    case 'status': return group.status ?? '';
    case 'unknown': return vscode.l10n.t('Unknown status');
    case 'none': return vscode.l10n.t('No status');
    case 'overdue': return vscode.l10n.t('Overdue');
    case 'this-month': return vscode.l10n.t('Due this month');
    case 'this-quarter': return vscode.l10n.t('Due this quarter');
    case 'later': return vscode.l10n.t('Later');
    case 'undated': return vscode.l10n.t('No deadline');
    case 'done': return vscode.l10n.t('Done');
  }
}

export class TasksTreeProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: Node[] = [];
  private groupingValue: TasksGrouping = 'plan';

  constructor(private readonly client: ViewClient) {}

  refresh(): void {
    this.changed.fire();
  }

  get grouping(): TasksGrouping {
    return this.groupingValue;
  }

  /** Shows the tasks grouped by plan, status or deadline. */
  setGrouping(grouping: TasksGrouping): void {
    if (grouping === this.groupingValue) return;
    this.groupingValue = grouping;
    this.roots = [];
    this.changed.fire();
  }

  /** The plan node of `uri` among those last shown. */
  planNode(uri: string): Node | undefined {
    return this.roots.find(n => n.kind === 'plan' && n.plan.uri === uri);
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) {
      if (!this.client.running()) return [];
      if (this.groupingValue !== 'plan') {
        const groups = await this.client.request(TaskGroupsRequest.type, { grouping: this.groupingValue });
        this.roots = groups.map(group => ({ kind: 'group', group }));
        return this.roots;
      }
      const plans = await this.client.request(TasksViewRequest.type, {});
      this.roots = plans.map(plan => ({ kind: 'plan', plan }));
      return this.roots;
    }
    if (node.kind === 'plan') {
      return [
        ...node.plan.items.map((item): Node => ({ kind: 'item', plan: node.plan, item })),
        ...node.plan.sections.map((section): Node => ({ kind: 'section', plan: node.plan, section })),
      ];
    }
    if (node.kind === 'section') return node.section.items.map(item => ({ kind: 'item', plan: node.plan, section: node.section, item }));
    if (node.kind === 'group') return node.group.items.map(item => ({ kind: 'groupItem', group: node.group, item }));
    return [];
  }

  getParent(node: Node): Node | undefined {
    if (node.kind === 'plan' || node.kind === 'group') return undefined;
    if (node.kind === 'groupItem') return { kind: 'group', group: node.group };
    const plan = this.planNode(node.plan.uri);
    if (node.kind === 'item' && node.section) return { kind: 'section', plan: node.plan, section: node.section };
    return plan;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      const t = new vscode.TreeItem(groupLabel(node.group), vscode.TreeItemCollapsibleState.Expanded);
      t.description = String(node.group.items.length);
      t.iconPath = new vscode.ThemeIcon(node.group.key === 'overdue' ? 'warning' : node.group.key === 'done' ? 'pass' : 'list-unordered');
      t.id = `group:${this.groupingValue}:${node.group.key}:${node.group.status ?? ''}`;
      return t;
    }
    if (node.kind === 'groupItem') {
      const { item } = node;
      const t = new vscode.TreeItem(item.name, vscode.TreeItemCollapsibleState.None);
      // By deadline the status is what the line adds; by status, the due date.
      const detail = this.groupingValue === 'status' ? item.dueDate : item.status;
      t.description = [item.lead ?? vscode.l10n.t('no responsible unit'), detail].filter(Boolean).join(' · ');
      t.tooltip = [
        `${item.name}\n${item.plan}`,
        item.deadline ? `${vscode.l10n.t('Deadline')}: ${item.deadline}${item.dueDate ? ` (${item.dueDate})` : ''}` : '',
        item.status ? `${vscode.l10n.t('Status')}: ${item.status}` : '',
      ].filter(Boolean).join('\n');
      t.iconPath = new vscode.ThemeIcon('symbol-function');
      t.command = revealCommand(item.uri, item.range);
      t.id = `groupItem:${this.groupingValue}:${item.uri}#${item.range.start.line}`;
      return t;
    }
    if (node.kind === 'plan') {
      const t = new vscode.TreeItem(node.plan.title, vscode.TreeItemCollapsibleState.Collapsed);
      t.description = vscode.workspace.asRelativePath(vscode.Uri.parse(node.plan.uri));
      t.resourceUri = vscode.Uri.parse(node.plan.uri);
      t.iconPath = vscode.ThemeIcon.File;
      t.id = 'plan:' + node.plan.uri;
      return t;
    }
    if (node.kind === 'section') {
      const t = new vscode.TreeItem(node.section.name, vscode.TreeItemCollapsibleState.Collapsed);
      t.iconPath = new vscode.ThemeIcon('symbol-namespace');
      t.command = revealCommand(node.plan.uri, node.section.range);
      t.id = `section:${node.plan.uri}#${node.section.range.start.line}`;
      return t;
    }
    const t = new vscode.TreeItem(node.item.name, vscode.TreeItemCollapsibleState.None);
    t.description = node.item.lead ?? vscode.l10n.t('no responsible unit');
    t.tooltip = node.item.deadline ? `${node.item.name}\n${vscode.l10n.t('Deadline')}: ${node.item.deadline}` : node.item.name;
    t.iconPath = new vscode.ThemeIcon('symbol-function');
    t.command = revealCommand(node.plan.uri, node.item.range);
    t.id = `item:${node.plan.uri}#${node.item.range.start.line}`;
    return t;
  }
}
