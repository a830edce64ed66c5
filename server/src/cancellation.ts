// Requests that can take long on a large document honour `$/cancelRequest`: the client
// cancels a request whose answer it no longer needs (typically because the document
// changed), and the server then skips the work and answers RequestCancelled.
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver/node';
import type { ServerLog } from './log';

/** One turn of the event loop: messages already received (an edit, a cancel) run first. */
function nextTurn(): Promise<void> {
  return new Promise(resolve => setImmediate(resolve));
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}

/**
 * A request handler that checks the token before computing (after the messages that
 * came with the request were handled, so an edit that supersedes it and the cancel
 * that goes with it are seen) and again after (a cancel that arrived meanwhile spares
 * sending a stale answer). A throw is logged and answered with `fallback`.
 */
export function cancellable<P, R>(log: ServerLog, where: string, fallback: R, compute: (params: P) => R):
  (params: P, token: CancellationToken) => Promise<R | ResponseError<void>> {
  return async (params, token) => {
    await nextTurn();
    if (token.isCancellationRequested) return cancelled();
    let result: R;
    try {
      result = compute(params);
    } catch (e) {
      log.error(where, e);
      return fallback;
    }
    await nextTurn();
    return token.isCancellationRequested ? cancelled() : result;
  };
}
