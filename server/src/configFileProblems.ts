// Problems of `.planmark.json` files, published as diagnostics on the file itself, and
// cleared once the file is fixed or deleted.
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import type { ConfigError } from '../../core/config/load';
import { formatMessage, type Locale } from '../../core/messages';
import { DIAGNOSTIC_SOURCE } from './convert';
import type { ServerLog } from './log';
import { pathToUri } from './uris';

export class ConfigFileProblems {
  /** Config files with published diagnostics, so that they can be cleared. */
  private readonly withProblems = new Set<string>();

  constructor(private readonly connection: Connection, private readonly log: ServerLog) {}

  /** Publishes `errors` for `file` (an empty list clears what was published before). */
  publish(file: string, errors: ConfigError[], locale: Locale = 'en'): void {
    const uri = pathToUri(file);
    if (!errors.length && !this.withProblems.has(uri)) return;
    const diagnostics: Diagnostic[] = errors.map(e => ({
      range: { start: { line: e.line, character: e.column }, end: { line: e.line, character: e.column + 1 } },
      severity: 1, source: DIAGNOSTIC_SOURCE, code: 'config', message: formatMessage(e.message, locale, e.args),
    }));
    if (errors.length) this.withProblems.add(uri);
    else this.withProblems.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics }).catch(this.log.failed('publish config diagnostics'));
  }
}
