// The open documents (incrementally synced) and their parses: one parser per document,
// whose line cache holds that document's lines so an edit re-runs the grammar only on
// changed lines; the parse of the current version is cached, older ones are dropped.
import { TextDocuments, type Connection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PlanDocument } from '../../core/model';
import { PlanParser } from '../../core/parse/index';
import { DEFAULT_CALENDAR, type Calendar } from '../../core/domain/deadlines';
import { LintCache } from '../../core/lint/cache';

/** An open document with the parse of its current version. */
export interface ParsedDocument {
  text: TextDocument;
  doc: PlanDocument;
}

interface ParseCache {
  parser: PlanParser;
  /** The version `doc` was parsed from; only the latest is kept. */
  version: number;
  /** The calendar its deadlines were read with. */
  calendar: Calendar;
  doc: PlanDocument;
  /** What the last lint of this document scanned (core/lint/cache.ts). */
  lintCache: LintCache;
}

export class PlanDocuments {
  private readonly texts = new TextDocuments(TextDocument);
  private readonly parses = new Map<string, ParseCache>();
  /** The calendar of a document's configuration (startServer wires it to the configuration). */
  private calendarOf: (uri: string) => Calendar = () => DEFAULT_CALENDAR;

  readonly onDidOpen = this.texts.onDidOpen;
  readonly onDidChangeContent = this.texts.onDidChangeContent;
  readonly onDidClose = this.texts.onDidClose;

  /**
   * Messages about documents handled so far: content changes and requests (see
   * cancellation.ts: a request waits while messages received with it are still running).
   */
  handled = 0;

  constructor() {
    this.texts.onDidClose(ev => this.parses.delete(ev.document.uri));
    this.texts.onDidChangeContent(() => { this.handled++; });
  }

  /** Deadlines are read with the calendar `calendarOf` gives for each document's URI. */
  useCalendars(calendarOf: (uri: string) => Calendar): void {
    this.calendarOf = calendarOf;
  }

  listen(connection: Connection): void {
    this.texts.listen(connection);
  }

  get(uri: string): TextDocument | undefined {
    return this.texts.get(uri);
  }

  isOpen(uri: string): boolean {
    return this.texts.get(uri) !== undefined;
  }

  all(): TextDocument[] {
    return this.texts.all();
  }

  /** The model of `text`'s version (parsed at most once per version and calendar). */
  parse(text: TextDocument): PlanDocument {
    const cached = this.parses.get(text.uri);
    const calendar = this.calendarOf(text.uri);
    if (cached && cached.version === text.version && sameCalendar(cached.calendar, calendar)) {
      cached.calendar = calendar; // the next check is by identity
      return cached.doc;
    }
    const parser = cached?.parser ?? new PlanParser();
    const doc = parser.parse(text.getText(), { calendar });
    this.parses.set(text.uri, { parser, version: text.version, calendar, doc, lintCache: cached?.lintCache ?? new LintCache() });
    return doc;
  }

  /** The lint cache of open document `uri` (after its first parse), for an incremental lint. */
  lintCache(uri: string): LintCache | undefined {
    return this.parses.get(uri)?.lintCache;
  }

  /** The open document `uri` with its current parse, or undefined when it is not open. */
  parsed(uri: string): ParsedDocument | undefined {
    const text = this.texts.get(uri);
    return text ? { text, doc: this.parse(text) } : undefined;
  }
}

/** The same entries (a configuration read again gives an equal calendar, not the same object). */
function sameCalendar(a: Calendar, b: Calendar): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
