// Registers the Units and Tasks views, their commands, and their refresh on the server's
// planmark/indexChanged notification and on editor switches.
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { IndexChangedNotification } from '../../../server/src/protocol';
import { GROUPINGS, TasksTreeProvider, groupingLabel } from './tasksView';
import type { TasksGrouping } from '../../../server/src/protocol';
import { UnitsTreeProvider, unitTaskListMarkdown } from './unitsView';
import type { ViewClient } from './shared';

const GROUPING_KEY = 'planmark.tasks.grouping';

export interface WorkspaceViews {
  units: UnitsTreeProvider;
  tasks: TasksTreeProvider;
  unitsView: vscode.TreeView<unknown>;
  /** The Tasks grouping as stored in workspace state (restored at the next activation). */
  savedTasksGrouping(): string | undefined;
}

export function registerWorkspaceViews(context: vscode.ExtensionContext, languageClient: LanguageClient): WorkspaceViews {
  const client: ViewClient = {
    running: () => languageClient.state === State.Running,
    request: (type, params) => languageClient.sendRequest(type, params),
  };
  const units = new UnitsTreeProvider(client);
  const tasks = new TasksTreeProvider(client);
  const unitsView = vscode.window.createTreeView('planmark.units', { treeDataProvider: units, showCollapseAll: true });
  const tasksView = vscode.window.createTreeView('planmark.tasks', { treeDataProvider: tasks, showCollapseAll: true });
  // The grouping (by plan, status or deadline) is remembered per workspace.
  const setGrouping = (grouping: TasksGrouping) => {
    tasks.setGrouping(grouping);
    tasksView.description = grouping === 'plan' ? undefined : groupingLabel(grouping);
    return context.workspaceState.update(GROUPING_KEY, grouping);
  };
  const saved = context.workspaceState.get<string>(GROUPING_KEY);
  if (saved && (GROUPINGS as readonly string[]).includes(saved)) void setGrouping(saved as TasksGrouping);
  const refresh = () => { units.refresh(); tasks.refresh(); };
  // The views show once the extension runs (package.json: when planmark.active).
  void vscode.commands.executeCommand('setContext', 'planmark.active', true);
  const follow = async (editor: vscode.TextEditor | undefined) => {
    if (!tasksView.visible || editor?.document.languageId !== 'plan') return;
    const node = tasks.planNode(editor.document.uri.toString());
    if (node) await tasksView.reveal(node, { select: true, expand: true, focus: false }).then(undefined, () => undefined);
  };
  context.subscriptions.push(
    unitsView, tasksView,
    languageClient.onDidChangeState(e => { if (e.newState === State.Running) refresh(); }),
    languageClient.onNotification(IndexChangedNotification.type, refresh),
    vscode.window.onDidChangeActiveTextEditor(editor => void follow(editor)),
    vscode.commands.registerCommand('planmark.units.refresh', refresh),
    vscode.commands.registerCommand('planmark.units.filter', async () => {
      const value = await vscode.window.showInputBox({
        prompt: vscode.l10n.t('Show the units whose name matches'), value: units.getFilter(), placeHolder: vscode.l10n.t('e.g. 人事'),
      });
      if (value !== undefined) units.setFilter(value.trim());
    }),
    vscode.commands.registerCommand('planmark.units.clearFilter', () => units.setFilter('')),
    // An argument (plan, status, deadline) skips the picker (keybindings, tests).
    vscode.commands.registerCommand('planmark.tasks.groupBy', async (arg?: unknown) => {
      let grouping = typeof arg === 'string' && (GROUPINGS as readonly string[]).includes(arg) ? arg as TasksGrouping : undefined;
      if (!grouping) {
        const picked = await vscode.window.showQuickPick(
          GROUPINGS.map(g => ({ label: groupingLabel(g), description: g === tasks.grouping ? vscode.l10n.t('current') : undefined, grouping: g })),
          { placeHolder: vscode.l10n.t('Group the tasks…') });
        grouping = picked?.grouping;
      }
      if (grouping) await setGrouping(grouping);
    }),
    vscode.commands.registerCommand('planmark.units.exportTaskList', async (node?: { kind: string; entry?: import('../../../server/src/protocol').UnitsViewEntry }) => {
      const entry = node?.entry ?? (await pickUnit(units));
      if (!entry) return;
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: unitTaskListMarkdown(entry) });
      await vscode.window.showTextDocument(doc);
    }),
  );
  return { units, tasks, unitsView: unitsView as vscode.TreeView<unknown>, savedTasksGrouping: () => context.workspaceState.get<string>(GROUPING_KEY) };
}

async function pickUnit(units: UnitsTreeProvider) {
  const picked = await vscode.window.showQuickPick(units.units.map(e => ({ label: e.name, description: vscode.l10n.t('leads {0} · joins {1}', e.leads, e.joins), entry: e })));
  return picked?.entry;
}
