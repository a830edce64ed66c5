// planmark/units, planmark/tasks and planmark/taskGroups: the data of the Units and Tasks views, from the
// workspace index; planmark/indexChanged tells the client to refresh them (throttled).
import type { Disposable } from 'vscode-languageserver/node';
import { unitsView } from '../../../core/features/unitsView';
import { taskGroups, tasksView } from '../../../core/features/tasksView';
import { asOfDate } from '../../../core/domain/progress';
import { createPlanService } from '../../../core/service';
import { cancellable } from '../cancellation';
import { IndexChangedNotification, TaskGroupsRequest, TasksViewRequest, UnitsViewRequest } from '../protocol';
import type { Services } from '../services';

const NOTIFY_MS = 500;

/** Registers the handlers; disposing stops the pending change notification. */
export function registerWorkspaceViews({ connection, log, documents, configuration, workspace }: Services): Disposable {
  const builtin = createPlanService().units;
  const current = () => {
    for (const text of documents.all()) workspace.updateDocument(text.uri, documents.parse(text));
    return workspace.plans();
  };
  connection.onRequest(UnitsViewRequest.type, cancellable({ log, documents }, 'units view', [], params => {
    const units = params?.uri ? configuration.forDocumentNow(params.uri).service.units : builtin;
    return unitsView(current(), units, params?.filter || undefined);
  }));
  connection.onRequest(TasksViewRequest.type, cancellable({ log, documents }, 'tasks view', [], params => tasksView(current(), params?.uri)));
  // Each plan grouped as of its own configuration's date (planmark.asOf, .planmark.json) and statuses.
  connection.onRequest(TaskGroupsRequest.type, cancellable({ log, documents }, 'task groups', [], params => {
    const settingsOf = (uri: string) => {
      const { config } = configuration.forDocumentNow(uri);
      return { asOf: asOfDate(config.asOf), statuses: config.statuses };
    };
    return taskGroups(current(), params?.grouping === 'status' ? 'status' : 'deadline', settingsOf);
  }));

  let timer: NodeJS.Timeout | undefined;
  workspace.onDidChange(() => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (stopped) return;
      void connection.sendNotification(IndexChangedNotification.type, { plans: workspace.plans().size }).catch(log.failed('indexChanged'));
    }, NOTIFY_MS);
  });
  let stopped = false;
  return { dispose: () => { stopped = true; if (timer) clearTimeout(timer); timer = undefined; } };
}
