// The Explorer view 责任单位 / Units: every unit of the workspace with its counts; a unit
// expands to the plans that name it and their items (lead or joined, with the deadline);
// clicking an item reveals it. Fed by the server's planmark/units request (its index is the
// one source of truth); a filter box; "Export this unit's task list" opens the list as a
// new Markdown document (nothing is written to disk until the user saves it).
import * as vscode from 'vscode';
import { UnitsViewRequest, type UnitsViewEntry, type UnitsViewItem, type UnitsViewPlan } from '../../../server/src/protocol';
import { revealCommand, type ViewClient } from './shared';

type Node =
  | { kind: 'unit'; entry: UnitsViewEntry }
  | { kind: 'plan'; entry: UnitsViewEntry; plan: UnitsViewPlan }
  | { kind: 'item'; item: UnitsViewItem };

export class UnitsTreeProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private filter = '';
  /** The units last shown (for tests and the export command). */
  units: UnitsViewEntry[] = [];

  constructor(private readonly client: ViewClient) {}

  refresh(): void {
    this.changed.fire();
  }

  setFilter(filter: string): void {
    this.filter = filter;
    void vscode.commands.executeCommand('setContext', 'planmark.unitsFiltered', !!filter);
    this.refresh();
  }

  getFilter(): string {
    return this.filter;
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) {
      if (!this.client.running()) return [];
      const uri = vscode.window.activeTextEditor?.document.languageId === 'plan' ? vscode.window.activeTextEditor.document.uri.toString() : undefined;
      this.units = await this.client.request(UnitsViewRequest.type, { filter: this.filter || undefined, uri });
      return this.units.map(entry => ({ kind: 'unit', entry }));
    }
    if (node.kind === 'unit') return node.entry.plans.map(plan => ({ kind: 'plan', entry: node.entry, plan }));
    if (node.kind === 'plan') return node.plan.items.map(item => ({ kind: 'item', item }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'unit') {
      const t = new vscode.TreeItem(node.entry.name, vscode.TreeItemCollapsibleState.Collapsed);
      t.description = vscode.l10n.t('leads {0} · joins {1}', node.entry.leads, node.entry.joins);
      t.tooltip = node.entry.aliases.length ? vscode.l10n.t('Also written: {0}', node.entry.aliases.join(', ')) : undefined;
      t.contextValue = 'planmarkUnit';
      t.iconPath = new vscode.ThemeIcon(node.entry.known ? 'organization' : 'question');
      t.id = 'unit:' + node.entry.name;
      return t;
    }
    if (node.kind === 'plan') {
      const t = new vscode.TreeItem(node.plan.title, vscode.TreeItemCollapsibleState.Expanded);
      t.description = vscode.workspace.asRelativePath(vscode.Uri.parse(node.plan.uri));
      t.iconPath = vscode.ThemeIcon.File;
      t.resourceUri = vscode.Uri.parse(node.plan.uri);
      t.id = `unit:${node.entry.name}|${node.plan.uri}`;
      return t;
    }
    const t = new vscode.TreeItem(node.item.name, vscode.TreeItemCollapsibleState.None);
    const role = node.item.lead ? vscode.l10n.t('lead') : vscode.l10n.t('joins');
    t.description = node.item.deadline ? `${role} · ${node.item.deadline}` : role;
    t.command = revealCommand(node.item.uri, node.item.range);
    return t;
  }
}

/** The unit's items across the workspace as a Markdown table (text escaped for table cells). */
export function unitTaskListMarkdown(entry: UnitsViewEntry): string {
  const cell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
  const lines = [`# ${cell(entry.name)}`, '', vscode.l10n.t('leads {0} · joins {1}', entry.leads, entry.joins), ''];
  lines.push(`| ${vscode.l10n.t('Plan')} | ${vscode.l10n.t('Item')} | ${vscode.l10n.t('Role')} | ${vscode.l10n.t('Deadline')} |`, '|---|---|---|---|');
  for (const plan of entry.plans) {
    for (const item of plan.items) {
      lines.push(`| ${cell(plan.title)} | ${cell(item.name)} | ${item.lead ? vscode.l10n.t('lead') : vscode.l10n.t('joins')} | ${cell(item.deadline ?? '')} |`);
    }
  }
  return lines.join('\n') + '\n';
}
