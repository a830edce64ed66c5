// The status bar item that shows the active plan document's counts
// ("一级 6 · 条目 26 · 问题 3"), fed by the server's `planmark/stats` request.
import * as vscode from 'vscode';
import type { DocumentStats } from '../../server/src/protocol';

/** The counts the item shows. */
export type StatusBarCounts = Pick<DocumentStats, 'parts' | 'sections' | 'items' | 'problems' | 'progress'>;

/** Sends `planmark/stats` for a document URI (null: the server does not have it); rejects when the server cannot answer. */
export type StatsFetcher = (uri: string) => Promise<DocumentStats | null>;

/** Formats the counts, localised through the l10n bundles. */
export function formatStats(stats: StatusBarCounts): string {
  const counts = vscode.l10n.t('Sections {0} · Items {1} · Problems {2}', stats.sections, stats.items, stats.problems);
  const text = stats.parts > 0 ? `${vscode.l10n.t('Parts {0}', stats.parts)} · ${counts}` : counts;
  // A plan that records progress: 已完成 n/m · 逾期 k.
  return stats.progress ? `${text} · ${vscode.l10n.t('Done {0}/{1} · Overdue {2}', stats.progress.done, stats.progress.total, stats.progress.overdue)}` : text;
}

export class StatsStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** Increases with every request, so that a late reply never overwrites a newer one. */
  private generation = 0;
  private lastStats: StatusBarCounts | undefined;
  private lastUri: string | undefined;
  private readonly changed = new vscode.EventEmitter<StatusBarCounts | undefined>();
  /** Fires after every update of the item (undefined when it was hidden). */
  readonly onDidUpdate = this.changed.event;

  constructor(private readonly fetchStats: StatsFetcher, private readonly languageId = 'plan') {
    this.item = vscode.window.createStatusBarItem('planmark.stats', vscode.StatusBarAlignment.Left, 50);
    this.item.name = vscode.l10n.t('Planmark Document Statistics');
    this.item.command = 'workbench.actions.view.problems';
    this.item.tooltip = vscode.l10n.t('Planmark: sections, items and problems of this document. Click to open the Problems view.');
    this.disposables.push(
      this.item,
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const doc = this.activeDocument();
        if (doc && e.uris.some((u) => u.toString() === doc.uri.toString())) this.schedule(100);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        const doc = this.activeDocument();
        if (doc && e.document === doc) this.schedule(500);
      }),
      vscode.workspace.onDidOpenTextDocument((d) => {
        // A document's language may be set after the editor shows it.
        if (d === vscode.window.activeTextEditor?.document) this.schedule(0);
      }),
    );
    this.schedule(0);
  }

  /** The text the item shows now ('' when hidden); for tests. */
  get text(): string {
    return this.lastStats ? this.item.text : '';
  }

  get stats(): StatusBarCounts | undefined {
    return this.lastStats;
  }

  /** Refreshes after `delay` ms, coalescing bursts of events. */
  schedule(delay = 0): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.update();
    }, delay);
  }

  /** Asks the server for the active document's counts and shows them. */
  async update(): Promise<void> {
    const generation = ++this.generation;
    const doc = this.activeDocument();
    if (!doc) {
      this.hide();
      return;
    }
    let stats: DocumentStats | null;
    try {
      stats = await this.fetchStats(doc.uri.toString());
    } catch {
      // Server not ready, restarting or crashed: keep the last counts for this
      // document if any, otherwise fall back to the diagnostics we can see.
      if (generation !== this.generation) return;
      if (this.lastStats && this.lastUri === doc.uri.toString()) return;
      this.lastStats = undefined;
      this.lastUri = undefined;
      const problems = vscode.languages.getDiagnostics(doc.uri).length;
      this.item.text = `$(list-tree) ${vscode.l10n.t('Problems {0}', problems)}`;
      this.item.show();
      return;
    }
    if (generation !== this.generation || doc !== this.activeDocument()) return;
    if (!stats || typeof stats.items !== 'number') {
      this.hide();
      return;
    }
    this.lastStats = {
      parts: stats.parts ?? 0,
      sections: stats.sections ?? 0,
      items: stats.items ?? 0,
      problems: stats.problems ?? 0,
      ...(stats.progress ? { progress: stats.progress } : {}),
    };
    this.lastUri = doc.uri.toString();
    this.item.text = `$(list-tree) ${formatStats(this.lastStats)}`;
    this.item.show();
    this.changed.fire(this.lastStats);
  }

  private activeDocument(): vscode.TextDocument | undefined {
    const doc = vscode.window.activeTextEditor?.document;
    return doc && doc.languageId === this.languageId ? doc : undefined;
  }

  private hide(): void {
    this.lastStats = undefined;
    this.lastUri = undefined;
    this.item.hide();
    this.changed.fire(undefined);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.generation++;
    for (const d of this.disposables) d.dispose();
  }
}
