// Unit usage across the workspace (who leads and who joins which items), for completion
// and hover: open documents count with the editor's text, other `.plan` files under the
// workspace folders with their text on disk (scanned in the background, capped).
import * as path from 'path';
import type { Connection } from 'vscode-languageserver/node';
import type { PlanDocument } from '../../core/model';
import { PlanParser } from '../../core/parse/index';
import { mergeUnitUsage, unitUsageOfDocument, type UnitUsageIndex } from '../../core/features/workspaceUnits';
import type { Initialization } from './initialize';
import type { ServerLog } from './log';
import { pathToUri, uriToPath } from './uris';
import { DEFAULT_SCAN, findPlanFiles, readSmallFile, type ScanOptions } from './workspaceScan';

export class WorkspaceUnitIndex {
  private readonly byUri = new Map<string, UnitUsageIndex>();
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

  /** An open document was parsed: its usage follows the editor's text. */
  updateDocument(uri: string, doc: PlanDocument): void {
    this.set(uri, unitUsageOfDocument(uri, doc));
  }

  /** A document was closed: keep its usage only as the file on disk has it. */
  documentClosed(uri: string): void {
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

  private set(uri: string, index: UnitUsageIndex | undefined): void {
    if (index) this.byUri.set(uri, index);
    else this.byUri.delete(uri);
    this.merged = undefined;
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
    this.set(uri, unitUsageOfDocument(uri, parser.parse(text)));
  }

  private scanInBackground(roots: string[]): void {
    void this.scanFolders(roots).catch(this.log.failed('workspace scan'));
  }

  private async scanFolders(roots: string[]): Promise<void> {
    if (!this.scanEnabled || !roots.length) return;
    const started = Date.now();
    const files = await findPlanFiles(roots, this.scan, () => this.stopped);
    const parser = new PlanParser();
    for (const file of files) {
      if (this.stopped) return;
      try {
        await this.indexFile(file, parser);
      } catch (e) {
        this.log.error(`indexing ${file}`, e);
      }
      await new Promise(resolve => setImmediate(resolve));
    }
    this.log.info(`[planmark] indexed ${files.length} .plan file(s) for unit usage in ${Date.now() - started} ms`);
  }
}
