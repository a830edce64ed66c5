// Planmark's own LSP messages, declared once for the server and every client.
// It lives with the server because the server defines this contract (Neovim or any other
// LSP client may speak it too); the VS Code client imports it from here. It may depend on
// nothing but vscode-languageserver-protocol, which both sides already share, so that it
// bundles into the client without pulling in the server or `vscode`.
import { NotificationType, RequestType, type ProgressToken, type TextDocumentIdentifier } from 'vscode-languageserver-protocol';

/** A document's counts and problems, as the status bar shows them. */
export interface DocumentStats {
  uri: string;
  /** The document version the counts are for (null when unknown). */
  version: number | null;
  parts: number;
  sections: number;
  subsections: number;
  items: number;
  /** The problems of the last published diagnostics. */
  problems: number;
  errors: number;
  warnings: number;
  /** For a plan that records progress (状态, 完成情况): tasks, done and overdue as of the as-of date. */
  progress?: { total: number; done: number; overdue: number };
}

/** Which document: `uri`, or a `textDocument` as in the standard requests. */
export interface DocumentStatsParams {
  uri?: string;
  textDocument?: TextDocumentIdentifier;
}

/** `planmark/stats`: the counts of an open document, null for one the server does not have. */
export namespace DocumentStatsRequest {
  export const method = 'planmark/stats';
  export const type = new RequestType<DocumentStatsParams, DocumentStats | null, void>(method);
}

/** `planmark/stats` sent by the server after each publish of a document's diagnostics. */
export namespace DocumentStatsNotification {
  export const method = DocumentStatsRequest.method;
  export const type = new NotificationType<DocumentStats>(method);
}

// ---------------------------------------------------------------------------------------------
// The workspace views (issue 13): the Units and Tasks trees, fed from the server's index.

export interface ViewRange { start: { line: number; character: number }; end: { line: number; character: number } }

export interface UnitsViewItem { name: string; lead: boolean; deadline?: string; uri: string; range: ViewRange }
export interface UnitsViewPlan { uri: string; title: string; items: UnitsViewItem[] }
export interface UnitsViewEntry { name: string; aliases: string[]; known: boolean; leads: number; joins: number; plans: UnitsViewPlan[] }

export interface UnitsViewParams {
  /** Fuzzy filter on the unit's names. */
  filter?: string;
  /** The document whose configuration decides which names are one unit (default: any). */
  uri?: string;
}

/** `planmark/units`: every unit of the workspace with its items. */
export namespace UnitsViewRequest {
  export const method = 'planmark/units';
  export const type = new RequestType<UnitsViewParams, UnitsViewEntry[], void>(method);
}

export interface TasksViewItem { name: string; lead?: string; deadline?: string; range: ViewRange }
export interface TasksViewSection { name: string; range: ViewRange; items: TasksViewItem[] }
export interface TasksViewPlan { uri: string; title: string; sections: TasksViewSection[]; items: TasksViewItem[] }

/** `planmark/tasks`: plans → sections → items (only `uri`'s plan when given). */
export namespace TasksViewRequest {
  export const method = 'planmark/tasks';
  export const type = new RequestType<{ uri?: string }, TasksViewPlan[], void>(method);
}

/** How the Tasks view groups: by plan (plans → sections → items), by 状态, or by deadline. */
export type TasksGrouping = 'plan' | 'status' | 'deadline';

export interface TasksGroupItem extends TasksViewItem {
  uri: string;
  /** The plan's title. */
  plan: string;
  /** The 状态 normalised, or as written when it is none of the configured statuses. */
  status?: string;
  /** YYYY-MM-DD: the deadline's end, for a dated one. */
  dueDate?: string;
}

export interface TasksGroup {
  /**
   * By status: `status` (a configured status, named in `status`), `unknown` or `none` (no 状态).
   * By deadline: `overdue`, `this-month`, `this-quarter`, `later`, `undated` or `done`.
   */
  key: 'status' | 'unknown' | 'none' | 'overdue' | 'this-month' | 'this-quarter' | 'later' | 'undated' | 'done';
  status?: string;
  items: TasksGroupItem[];
}

/** `planmark/taskGroups`: every plan's tasks grouped by status or by deadline, each plan as of its `asOf` (else today). */
export namespace TaskGroupsRequest {
  export const method = 'planmark/taskGroups';
  export const type = new RequestType<{ grouping: 'status' | 'deadline' }, TasksGroup[], void>(method);
}

/** `planmark/indexChanged`: the workspace index changed (sent at most every half second); views refresh. */
export namespace IndexChangedNotification {
  export const method = 'planmark/indexChanged';
  export const type = new NotificationType<{ plans: number }>(method);
}

/**
 * The client-side command a code action carries when its fix leaves something to type (an
 * inserted label): the client runs it after the edit and puts the cursor at `position` of the
 * document `uri`. Arguments: `[uri: string, position: { line, character }]`. LSP edits cannot
 * place the cursor; this is the usual way (the command runs after the edit is applied).
 */
export const REVEAL_AFTER_EDIT_COMMAND = 'planmark.revealAfterEdit';

/**
 * The built-in unit registry as a read-only document: go to definition of a built-in unit
 * points at `REGISTRY_DOCUMENT_URI` for a client that shows such documents (it says so with
 * `initializationOptions.registryDocuments: true`; the VS Code client does), and the client
 * asks `planmark/registryDocument` for its text. The packaged extension has no units.json.
 */
export const REGISTRY_SCHEME = 'planmark-registry';
export const REGISTRY_DOCUMENT_URI = `${REGISTRY_SCHEME}:/units.json`;

export interface RegistryDocumentParams {
  uri: string;
}

/** `planmark/registryDocument`: the text of a `planmark-registry:` document (null for one the server does not know). */
export namespace RegistryDocumentRequest {
  export const method = 'planmark/registryDocument';
  export const type = new RequestType<RegistryDocumentParams, { text: string } | null, void>(method);
}

// ---------------------------------------------------------------------------------------------
// Exports (issue 11): the server renders and writes them, off the extension host's thread.

export interface ExportParams {
  /** The plan: an open document's current text, else the file on disk. */
  uri: string;
  /** An export format id (core/exports/formats.ts): docx, xlsx, csv, html, md, json. */
  format: string;
  /** file: URI of the file to write. */
  target: string;
  /** Replace an existing file (the client asked the user); without it an existing file is refused. */
  overwrite?: boolean;
  /** window/workDoneProgress: the server reports begin and end under this token. */
  workDoneToken?: ProgressToken;
}

export interface ExportResult {
  /** The file written (file: URI). */
  target: string;
  bytes: number;
  /** Front-matter keys the export could not place (DOCX). */
  unplacedKeys: string[];
  /** Characters removed because XML cannot hold them. */
  removedCharacters: number;
}

/**
 * `planmark/export`: renders the plan in the server with the document's configuration (as
 * `planmark export` does) and writes it atomically. A cancelled request writes nothing and
 * answers RequestCancelled; a failure answers an error whose message says why.
 */
export namespace ExportRequest {
  export const method = 'planmark/export';
  export const type = new RequestType<ExportParams, ExportResult, void>(method);
}

export interface ExportUnitListsParams {
  /** The plan: an open document's current text, else the file on disk. */
  uri: string;
  /** A per-unit list format (core/exports/formats.ts UNIT_LIST_FORMATS): md, docx, xlsx. */
  format: string;
  /** One unit (a name or an alias); omitted: every unit's list. */
  unit?: string;
  /** file: URI of the folder to write into (created when missing; its parent must exist). */
  folder: string;
  /** Replace files that exist (the client asked the user); without it an existing file is refused. */
  overwrite?: boolean;
  /** Only say which files would be written (to ask before replacing), rendering and writing nothing. */
  dryRun?: boolean;
  /** window/workDoneProgress: the server reports begin, one step a list, and end under this token. */
  workDoneToken?: ProgressToken;
}

export interface ExportUnitListsResult {
  /** The folder (file: URI). */
  folder: string;
  /** The lists, in order: the unit and the file name in the folder. */
  files: { unit: string; fileName: string }[];
  /** False for a dry run. */
  written: boolean;
  /** Characters removed because XML cannot hold them, summed over the files. */
  removedCharacters: number;
}

/**
 * `planmark/exportUnitLists`: the per-unit lists with the document's configuration (units,
 * aliases, unitListGroups, docx), as `planmark export --all-units` (or `--unit`) renders
 * them, written into the folder all or none. A cancelled request writes nothing and answers
 * RequestCancelled.
 */
export namespace ExportUnitListsRequest {
  export const method = 'planmark/exportUnitLists';
  export const type = new RequestType<ExportUnitListsParams, ExportUnitListsResult, void>(method);
}
