// The Explorer view 任务 / Tasks: plans → sections → items, the lead unit as description,
// following the active editor (its plan is revealed). Fed by the server's planmark/tasks.
import * as vscode from 'vscode';
import { TasksViewRequest, type TasksViewItem, type TasksViewPlan, type TasksViewSection } from '../../../server/src/protocol';
import { revealCommand, type ViewClient } from './shared';

type Node =
  | { kind: 'plan'; plan: TasksViewPlan }
  | { kind: 'section'; plan: TasksViewPlan; section: TasksViewSection }
  | { kind: 'item'; plan: TasksViewPlan; section?: TasksViewSection; item: TasksViewItem };

export class TasksTreeProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: Node[] = [];

  constructor(private readonly client: ViewClient) {}

  refresh(): void {
    this.changed.fire();
  }

  /** The plan node of `uri` among those last shown. */
  planNode(uri: string): Node | undefined {
    return this.roots.find(n => n.kind === 'plan' && n.plan.uri === uri);
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) {
      if (!this.client.running()) return [];
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
    return [];
  }

  getParent(node: Node): Node | undefined {
    if (node.kind === 'plan') return undefined;
    const plan = this.planNode(node.plan.uri);
    if (node.kind === 'item' && node.section) return { kind: 'section', plan: node.plan, section: node.section };
    return plan;
  }

  getTreeItem(node: Node): vscode.TreeItem {
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
