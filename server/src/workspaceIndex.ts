// Unit usage across the workspace (who leads and who joins which items), for completion
// and hover: open documents count with the editor's text, other `.plan` files under the
// workspace folders with their text on disk (scanned in the background, capped). It also
// keeps each plan's entry of the core's workspace index (core/features/planIndex.ts) for
// references, rename, workspace symbols and the views, and tells listeners what changed.
import * as path from 'path';
import { Emitter, type Connection } from 'vscode-languageserver/node';
import type { PlanDocument } from '../../core/model';
import { PlanParser } from '../../core/parse/index';
import { indexPlan, type IndexedPlan, type PlanIndex } from '../../core/features/planIndex';
import { mergeUnitUsage, unitUsageOfDocument, type UnitUsageIndex } from '../../core/features/workspaceUnits';
import type { Initialization } from './initialize';
import type { ServerLog } from './log';
import { pathToUri, uriToPath } from './uris';
import { DEFAULT_SCAN, findPlanFiles, readSmallFile, type ScanOptions } from './workspaceScan';

/** Marks a closed plan's entry: its parse is not kept (only open documents keep theirs). */
const EMPTY = {} as PlanDocument;

export class WorkspaceUnitIndex {
  private readonly byUri = new Map<string, UnitUsageIndex>();
  /** Each plan's index entry, and the parse it was made from (open documents: to skip a repeat). */
  private readonly planByUri = new Map<string, { plan: IndexedPlan; doc: PlanDocument }>();
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

  constructor(
    private readonly connection: Connection,
    private readonly log: ServerLog,
    private readonly isOpen: (uri: string) => boolean,
    private scan: ScanOptions = DEFAULT_SCAN,
  ) {}

  initialize(init: Initialization): void {
    this.scanEnabled = init.scanWorkspace;
    if (init.maxWorkspaceFiles !== undefined) this.scan = { ...this.scan, maxFiles: init.maxWorkspaceFiles };
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
  }

  /** The usage of every indexed document. */
  usage(): UnitUsageIndex {
    if (!this.merged) this.merged = mergeUnitUsage(this.byUri.values());
    return this.merged;
  }

  /** Every indexed plan by URI (open documents as the editor has them). */
  plans(): PlanIndex {
    if (!this.planView) this.planView = new Map([...this.planByUri].map(([uri, e]) => [uri, e.plan]));
    return this.planView;
  }

  /** The index with `doc` as the current text of `uri` (a request on an open document). */
  plansWith(uri: string, doc: PlanDocument): PlanIndex {
    if (this.planByUri.get(uri)?.doc !== doc) this.updateDocument(uri, doc);
    return this.plans();
  }

  /** Open documents kept out of the index (too large: server/src/largeDocuments.ts). */
  private readonly leftOut = new Set<string>();

  /** Keeps open document `uri` out of the index (`out`), or lets it in again. */
  leaveOut(uri: string, out: boolean): void {
    if (!out) { this.leftOut.delete(uri); return; }
    if (this.leftOut.has(uri)) return;
    this.leftOut.add(uri);
    if (this.byUri.has(uri) || this.planByUri.has(uri)) this.set(uri, undefined);
  }

  /** An open document was parsed: its usage follows the editor's text. */
  updateDocument(uri: string, doc: PlanDocument): void {
    if (this.leftOut.has(uri) || this.planByUri.get(uri)?.doc === doc) return;
    this.set(uri, unitUsageOfDocument(uri, doc), doc, true);
  }

  /** A document was closed: keep its usage only as the file on disk has it. */
  documentClosed(uri: string): void {
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
    if (index && doc) this.planByUri.set(uri, { plan: indexPlan(uri, doc), doc: open ? doc : EMPTY });
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

  private async indexFile(file: string, parser: PlanParser): Promise<void> {
    const uri = pathToUri(file);
    if (this.isOpen(uri)) return; // open documents are indexed from the editor's text
    const text = await readSmallFile(file, this.scan.maxFileBytes);
    if (text === undefined) { this.set(uri, undefined); return; }
    const doc = parser.parse(text);
    this.set(uri, unitUsageOfDocument(uri, doc), doc);
  }

  private scanInBackground(roots: string[]): void {
    void this.scanFolders(roots).catch(this.log.failed('workspace scan'));
  }

  private async scanFolders(roots: string[]): Promise<void> {
    if (!this.scanEnabled || !roots.length) return;
    const started = Date.now();
    const progress = this.workDoneProgress ? await this.connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin('Planmark', 0, 'indexing .plan files', false);
    const files = await findPlanFiles(roots, this.scan, () => this.stopped);
    const parser = new PlanParser();
    let done = 0;
    for (const file of files) {
      if (this.stopped) { progress?.done(); return; }
      if (progress && done++ % 10 === 0) progress.report(Math.floor(100 * done / Math.max(1, files.length)), `${done}/${files.length}`);
      try {
        await this.indexFile(file, parser);
      } catch (e) {
        this.log.error(`indexing ${file}`, e);
      }
      await new Promise(resolve => setImmediate(resolve));
    }
    progress?.done();
    this.scanned.fire(files.length);
    this.log.info(`[planmark] indexed ${files.length} .plan file(s) for unit usage in ${Date.now() - started} ms`);
  }
}
