// Unit usage across the workspace (who leads and who joins which items), for completion
// and hover: open documents count with the editor's text, other `.plan` files under the
// workspace folders with their text on disk (scanned in the background, capped). It also
// keeps each plan's entry of the core's workspace index (core/features/planIndex.ts) for
// references, rename, workspace symbols and the views, and tells listeners what changed.
import * as path from 'path';
import { Emitter, MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver/node';
import type { PlanDocument } from '../../core/model';
import { PlanParser } from '../../core/parse/index';
import { DEFAULT_CALENDAR, type Calendar } from '../../core/domain/deadlines';
import { indexPlan, type IndexedPlan, type PlanIndex } from '../../core/features/planIndex';
import { mergeUnitUsage, unitUsageOfDocument, type UnitUsageIndex } from '../../core/features/workspaceUnits';
import { formatMessage, type Locale, type Message } from '../../core/messages';
import type { Initialization } from './initialize';
import type { ServerLog } from './log';
import { pathToUri, uriToPath } from './uris';
import { DEFAULT_SCAN, findPlanFiles, MAX_FILE_SIZE_SETTING, MAX_FILES_SETTING, readSmallFile, type ScanOptions } from './workspaceScan';

/** What the scan says when a limit left plans out (a window message and the log). */
export const SCAN_MESSAGES = {
  tooLarge: {
    en: 'Planmark did not index {0} .plan file(s) larger than {1} KB (planmark.{2}): {3}',
    zh: 'Planmark 未为 {0} 个大于 {1} KB 的 .plan 文件建立索引（planmark.{2}）：{3}',
  },
  tooMany: {
    en: 'Planmark indexed the first {0} .plan files of the workspace and stopped there (planmark.{1}); the others are left out of references, rename, workspace symbols and the views.',
    zh: 'Planmark 只为工作区中前 {0} 个 .plan 文件建立了索引（planmark.{1}）；其余文件不参与查找引用、重命名、工作区符号和视图。',
  },
  progress: { en: 'indexing .plan files', zh: '正在为 .plan 文件建立索引' },
} satisfies Record<string, Message>;

/** How the index learns its limits and the language of its messages (from the settings). */
export interface IndexSettings {
  /** The scan's limits now (the settings over the server's defaults). */
  limits(base: ScanOptions): Promise<ScanOptions>;
  locale(): Locale;
}

/** Marks a closed plan's entry: it was made from no open document's parse. */
const NO_PARSE = new WeakRef({} as PlanDocument);

export class WorkspaceUnitIndex {
  private readonly byUri = new Map<string, UnitUsageIndex>();
  /**
   * Each plan's index entry, and the parse it was made from (open documents: to skip a
   * repeat), held weakly: while the editor types, the index may be a parse behind the
   * document, and must not keep that older tree alive beside the current one.
   */
  private readonly planByUri = new Map<string, { plan: IndexedPlan; doc: WeakRef<PlanDocument> }>();
  private planView: Map<string, IndexedPlan> | undefined;
  private readonly changed = new Emitter<{ uri: string; doc?: PlanDocument; open: boolean }>();
  /** Fires when a plan was indexed (with its parse) or forgotten (no parse). */
  readonly onDidChange = this.changed.event;
  private readonly scanned = new Emitter<number>();
  /** Fires after each background scan with the number of files it indexed. */
  readonly onDidScan = this.scanned.event;
  private workDoneProgress = false;
  /** The sum over `byUri`, built when first asked for after a change. */
  private merged: UnitUsageIndex | undefined;
  private scanEnabled = true;
  private followFolders = false;
  private roots: string[] = [];
  private stopped = false;
  /** The calendar of a closed plan's configuration (startServer wires it to the configuration). */
  private calendarOf: (uri: string) => Calendar = () => DEFAULT_CALENDAR;
  /** The limits the last scan applied (the settings over `scan`). */
  private applied: ScanOptions;

  constructor(
    private readonly connection: Connection,
    private readonly log: ServerLog,
    private readonly isOpen: (uri: string) => boolean,
    private scan: ScanOptions = DEFAULT_SCAN,
    private readonly settings?: IndexSettings,
  ) {
    this.applied = scan;
  }

  /** Closed plans' deadlines are read with the calendar `calendarOf` gives for their URI. */
  useCalendars(calendarOf: (uri: string) => Calendar): void {
    this.calendarOf = calendarOf;
  }

  initialize(init: Initialization): void {
    this.scanEnabled = init.scanWorkspace;
    if (init.indexIdleMs !== undefined) this.idleMs = init.indexIdleMs;
    if (init.maxWorkspaceFiles !== undefined) this.scan = { ...this.scan, maxFiles: init.maxWorkspaceFiles };
    this.applied = this.scan;
    this.roots = init.roots;
    this.followFolders = init.client.workspaceFolders;
    this.workDoneProgress = !!init.client.workDoneProgress;
  }

  /** Scans the initial roots soon, and follows workspace folder changes when the client reports them. */
  start(): void {
    if (this.followFolders) {
      try {
        this.connection.workspace.onDidChangeWorkspaceFolders(ev => {
          for (const removed of ev.removed) {
            const root = uriToPath(removed.uri);
            if (root) this.forgetUnder(root);
          }
          this.scanInBackground(ev.added.map(f => uriToPath(f.uri)).filter((p): p is string => !!p));
        });
      } catch (e) {
        this.log.error('workspace folders', e);
      }
    }
    // After `initialized` has been answered; the scan yields between files anyway.
    setTimeout(() => this.scanInBackground(this.roots), 0);
  }

  stop(): void {
    this.stopped = true;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    this.pending.clear();
  }

  /**
   * Open documents' parses not indexed yet (updateDocumentWhenIdle): indexed when the
   * editor has been idle for `idleMs`, or at once when something reads the index.
   */
  private readonly pending = new Map<string, PlanDocument>();
  private idleTimer: NodeJS.Timeout | undefined;
  /** How long after the last edit's lint the pending parses are indexed. */
  idleMs = 300;

  /**
   * Indexes open document `uri` from `doc` once the editor is idle: a keystroke's lint
   * passes its parse here, so that the index's walk of the tree stays off the path from
   * one keystroke to the next. Every reader of the index (usage, plans, plansWith) takes
   * the pending parses first, so workspace features always answer from the latest text.
   */
  updateDocumentWhenIdle(uri: string, doc: PlanDocument): void {
    if (this.leftOut.has(uri)) return;
    this.pending.set(uri, doc);
    // Its entries of an older parse go now (their strings are cut from that parse's text, and
    // would keep it alive beside the current one); nobody reads them before the pending parse
    // is indexed, and listeners hear of it then.
    const dropped = this.byUri.delete(uri);
    if (this.planByUri.delete(uri) || dropped) { this.merged = undefined; this.planView = undefined; }
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => { this.idleTimer = undefined; this.flush(); }, this.idleMs);
  }

  /** Indexes the pending parses now. */
  flush(): void {
    if (this.idleTimer) { clearTimeout(this.idleTimer); this.idleTimer = undefined; }
    if (!this.pending.size || this.stopped) { this.pending.clear(); return; }
    const pending = [...this.pending];
    this.pending.clear();
    for (const [uri, doc] of pending) this.updateDocument(uri, doc);
  }

  /** The usage of every indexed document. */
  usage(): UnitUsageIndex {
    this.flush();
    if (!this.merged) this.merged = mergeUnitUsage(this.byUri.values());
    return this.merged;
  }

  /** Every indexed plan by URI (open documents as the editor has them). */
  plans(): PlanIndex {
    this.flush();
    if (!this.planView) this.planView = new Map([...this.planByUri].map(([uri, e]) => [uri, e.plan]));
    return this.planView;
  }

  /** The index with `doc` as the current text of `uri` (a request on an open document). */
  plansWith(uri: string, doc: PlanDocument): PlanIndex {
    this.pending.delete(uri);
    this.flush();
    if (this.planByUri.get(uri)?.doc.deref() !== doc) this.updateDocument(uri, doc);
    return this.plans();
  }

  /** Open documents kept out of the index (too large: server/src/largeDocuments.ts). */
  private readonly leftOut = new Set<string>();

  /** Keeps open document `uri` out of the index (`out`), or lets it in again. */
  leaveOut(uri: string, out: boolean): void {
    this.pending.delete(uri);
    if (!out) { this.leftOut.delete(uri); return; }
    if (this.leftOut.has(uri)) return;
    this.leftOut.add(uri);
    if (this.byUri.has(uri) || this.planByUri.has(uri)) this.set(uri, undefined);
  }

  /** An open document was parsed: its usage follows the editor's text. */
  updateDocument(uri: string, doc: PlanDocument): void {
    this.pending.delete(uri);
    if (this.leftOut.has(uri) || this.planByUri.get(uri)?.doc.deref() === doc) return;
    this.set(uri, unitUsageOfDocument(uri, doc), doc, true);
  }

  /** A document was closed: keep its usage only as the file on disk has it. */
  documentClosed(uri: string): void {
    this.pending.delete(uri);
    this.leftOut.delete(uri);
    const file = uriToPath(uri);
    if (file) void this.indexFile(file, new PlanParser()).catch(() => this.set(uri, undefined));
    else this.set(uri, undefined);
  }

  /** A `.plan` file changed on disk (open documents are indexed from the editor instead). */
  fileChanged(uri: string, deleted: boolean): void {
    if (this.isOpen(uri)) return;
    const file = uriToPath(uri);
    if (deleted || !file) this.set(uri, undefined);
    else void this.indexFile(file, new PlanParser()).catch(this.log.failed('index changed file'));
  }

  /** Reads every indexed plan that is not open again from disk (listeners hear each one). */
  reindexClosed(): void {
    for (const uri of [...this.planByUri.keys()]) if (!this.isOpen(uri)) this.fileChanged(uri, false);
  }

  private set(uri: string, index: UnitUsageIndex | undefined, doc?: PlanDocument, open = false): void {
    if (index) this.byUri.set(uri, index);
    else this.byUri.delete(uri);
    if (index && doc) this.planByUri.set(uri, { plan: indexPlan(uri, doc), doc: open ? new WeakRef(doc) : NO_PARSE });
    else this.planByUri.delete(uri);
    this.merged = undefined;
    this.planView = undefined;
    this.changed.fire({ uri, doc: index ? doc : undefined, open });
  }

  private forgetUnder(root: string): void {
    for (const uri of [...this.byUri.keys()]) {
      const p = uriToPath(uri);
      if (p && p.startsWith(root + path.sep)) this.set(uri, undefined);
    }
  }

  /** Indexes a closed plan from disk; says `large` when it is over the size limit (and leaves the index). */
  private async indexFile(file: string, parser: PlanParser): Promise<'indexed' | 'large' | 'skipped'> {
    const uri = pathToUri(file);
    if (this.isOpen(uri)) return 'skipped'; // open documents are indexed from the editor's text
    const read = await readSmallFile(file, this.applied.maxFileBytes);
    if (!('text' in read)) {
      this.set(uri, undefined);
      if (read.skipped === 'large') this.log.info(`not indexed: ${file} has ${read.size} bytes, over planmark.${MAX_FILE_SIZE_SETTING} (${this.applied.maxFileBytes / 1024} KB)`);
      return read.skipped === 'large' ? 'large' : 'skipped';
    }
    const doc = parser.parse(read.text, { calendar: this.calendarOf(uri) });
    this.set(uri, unitUsageOfDocument(uri, doc), doc);
    return 'indexed';
  }

  /** The settings changed: when the limits did, the workspace is scanned again under the new ones. */
  async settingsChanged(): Promise<void> {
    if (!this.settings || !this.scanEnabled) return;
    const limits = await this.settings.limits(this.scan);
    if (limits.maxFiles === this.applied.maxFiles && limits.maxFileBytes === this.applied.maxFileBytes) return;
    this.scanInBackground(this.roots, true);
  }

  /** `prune`: closed plans under `roots` that the scan no longer lists leave the index (the limits changed). */
  private scanInBackground(roots: string[], prune = false): void {
    void this.scanFolders(roots, prune).catch(this.log.failed('workspace scan'));
  }

  private async scanFolders(roots: string[], prune: boolean): Promise<void> {
    if (!this.scanEnabled || !roots.length) return;
    const started = Date.now();
    if (this.settings) this.applied = await this.settings.limits(this.scan);
    const locale = this.settings?.locale() ?? 'en';
    const progress = this.workDoneProgress ? await this.connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin('Planmark', 0, formatMessage(SCAN_MESSAGES.progress, locale), false);
    const { files, truncated } = await findPlanFiles(roots, this.applied, () => this.stopped);
    if (prune) {
      const listed = new Set(files.map(pathToUri));
      for (const uri of [...this.planByUri.keys()]) {
        const p = uriToPath(uri);
        if (!listed.has(uri) && !this.isOpen(uri) && p && roots.some(r => p.startsWith(r + path.sep))) this.set(uri, undefined);
      }
    }
    const parser = new PlanParser();
    const large: string[] = [];
    let done = 0;
    for (const file of files) {
      if (this.stopped) { progress?.done(); return; }
      if (progress && done++ % 10 === 0) progress.report(Math.floor(100 * done / Math.max(1, files.length)), `${done}/${files.length}`);
      try {
        if (await this.indexFile(file, parser) === 'large') large.push(file);
      } catch (e) {
        this.log.error(`indexing ${file}`, e);
      }
      await new Promise(resolve => setImmediate(resolve));
    }
    progress?.done();
    this.scanned.fire(files.length);
    this.log.info(`[planmark] indexed ${files.length - large.length} .plan file(s) for unit usage in ${Date.now() - started} ms`);
    this.reportLimits(roots, large, truncated, locale);
  }

  /** Says in the log and in one window message per scan what the limits left out. */
  private reportLimits(roots: string[], large: string[], truncated: boolean, locale: Locale): void {
    const lines: string[] = [];
    if (large.length) {
      const names = large.slice(0, 5).map(f => { const root = roots.find(r => f.startsWith(r + path.sep)); return root ? path.relative(root, f) : f; });
      lines.push(formatMessage(SCAN_MESSAGES.tooLarge, locale, [large.length, this.applied.maxFileBytes / 1024, MAX_FILE_SIZE_SETTING, names.join(', ') + (large.length > 5 ? ' …' : '')]));
    }
    if (truncated) lines.push(formatMessage(SCAN_MESSAGES.tooMany, locale, [this.applied.maxFiles, MAX_FILES_SETTING]));
    for (const line of lines) {
      this.log.info(line);
      void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: line }).catch(this.log.failed('show message'));
    }
  }
}
