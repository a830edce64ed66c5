// Real VS Code: the Tasks view grouped by status and by deadline (issue 14). The grouping is
// switched with the view-title command (planmark.tasks.groupBy, given the grouping as a
// keybinding would), the tree read through the view's provider as the workbench reads it,
// and the choice remembered (workspace state) across a switch. File: progress/tracking.plan
// (examples/progress, its .planmark.json fixing the as-of date at 2025-08-25).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { planmarkApi, waitFor } from './helpers';

interface GroupItem { uri: string; name: string; dueDate?: string; status?: string }
interface Group { key: string; status?: string; items: GroupItem[] }
type Node = { kind: string; group?: Group; item?: GroupItem };
interface TasksProvider { grouping: string; getChildren(node?: Node): Promise<Node[]>; getTreeItem(node: Node): vscode.TreeItem }
interface PlanmarkApi { ready: Promise<void>; views: { tasks: TasksProvider; savedTasksGrouping(): string | undefined } }

const api = () => planmarkApi<PlanmarkApi>();

const inExample = (i: GroupItem) => i.uri.endsWith('/progress/tracking.plan');

/** The example's tasks under each group label, as the tree shows them. */
async function shown(tasks: TasksProvider): Promise<[string, string[]][]> {
  const out: [string, string[]][] = [];
  for (const group of await tasks.getChildren()) {
    const items = (await tasks.getChildren(group)).filter(n => n.item && inExample(n.item));
    if (items.length) out.push([String(tasks.getTreeItem(group).label), items.map(n => String(tasks.getTreeItem(n).label).split('.')[0])]);
  }
  return out;
}

describe('Planmark: the Tasks view grouped by status and by deadline', () => {
  after(async () => { await vscode.commands.executeCommand('planmark.tasks.groupBy', 'plan'); });

  it('switches to by deadline and by status, and back to plans', async () => {
    const { views } = await api();
    await vscode.commands.executeCommand('planmark.tasks.focus');
    await vscode.commands.executeCommand('planmark.tasks.groupBy', 'deadline');
    assert.strictEqual(views.tasks.grouping, 'deadline');
    const english = !/^zh/i.test(vscode.env.language);
    const label = (en: string, zh: string) => (english ? en : zh);
    // As of 2025-08-25: task 2 (05-31) overdue, 5 (08-31) this month, 4 (第三季度) this quarter,
    // 1 (年底前) later, 6 (长期坚持) no deadline, 3 (已完成) done.
    const byDeadline = await waitFor('the example indexed and grouped by deadline', async () => {
      const groups = await shown(views.tasks);
      return groups.some(([, items]) => items.length) && groups.reduce((n, [, items]) => n + items.length, 0) === 6 ? groups : undefined;
    });
    assert.deepStrictEqual(byDeadline, [
      [label('Overdue', '逾期'), ['2']], [label('Due this month', '本月到期'), ['5']], [label('Due this quarter', '本季度到期'), ['4']],
      [label('Later', '以后'), ['1']], [label('No deadline', '无时限'), ['6']], [label('Done', '已完成'), ['3']],
    ]);
    const overdue = (await views.tasks.getChildren()).find(n => n.group?.key === 'overdue')!;
    const task2 = (await views.tasks.getChildren(overdue)).find(n => n.item && inExample(n.item))!;
    assert.match(String(views.tasks.getTreeItem(task2).description), /基教股 · 推进中/);

    await vscode.commands.executeCommand('planmark.tasks.groupBy', 'status');
    assert.strictEqual(views.savedTasksGrouping(), 'status', 'the choice is kept in workspace state');
    assert.deepStrictEqual(await shown(views.tasks), [
      ['推进中', ['1', '2']], ['已完成', ['3']], [label('No status', '未填状态'), ['4', '5', '6']],
    ]);

    await vscode.commands.executeCommand('planmark.tasks.groupBy', 'plan');
    assert.strictEqual(views.savedTasksGrouping(), 'plan');
    const plans = await views.tasks.getChildren();
    assert.ok(plans.every(n => n.kind === 'plan'), 'plans at the top again');
  });
});
