// The server's log (the client's output channel) and the guard every handler runs in:
// a handler that throws is logged and answered with a fallback, the server stays up.
import type { Connection } from 'vscode-languageserver/node';

export class ServerLog {
  constructor(private readonly connection: Connection) {}

  info(message: string): void {
    try { this.connection.console.log(message); } catch { /* connection gone */ }
  }

  error(where: string, e: unknown): void {
    const text = e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
    try { this.connection.console.error(`[planmark] ${where}: ${text}`); } catch { /* connection gone */ }
  }

  /** Wraps a handler so that a throw is logged and answered with `fallback`. */
  guard<P extends unknown[], R>(where: string, fallback: R, fn: (...args: P) => R): (...args: P) => R {
    return (...args: P) => {
      try {
        return fn(...args);
      } catch (e) {
        this.error(where, e);
        return fallback;
      }
    };
  }

  /** A `.catch` handler for a promise nobody awaits. */
  failed(where: string): (e: unknown) => void {
    return e => this.error(where, e);
  }
}
