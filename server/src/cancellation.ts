// Requests that can take long on a large document honour `$/cancelRequest`: the client
// cancels a request whose answer it no longer needs (typically because the document
// changed), and the server then skips the work and answers RequestCancelled. A request
// about a document that an edit received after it has already changed is superseded
// work: it answers ContentModified at once, uncomputed, whether or not its cancel has
// come, so that an edit storm never queues parses of versions nobody will see.
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver/node';
import type { ServerLog } from './log';
import type { PlanDocuments } from './documents';

/** One turn of the event loop: messages already received (an edit, a cancel) run first. */
export function nextTurn(): Promise<void> {
  return new Promise(resolve => setImmediate(resolve));
}

/**
 * Resolves once the messages received so far have run. The connection handles one message
 * per turn, the next one after the current turn: while turns keep handling edits and
 * requests, what arrived with the caller may still hold an edit that supersedes its work.
 */
export async function settled(documents: PlanDocuments): Promise<void> {
  await nextTurn();
  let handled = documents.handled;
  await nextTurn();
  // Bounded, so that a client that never stops sending cannot hold the work back forever.
  for (let turns = 0; documents.handled !== handled && turns < MAX_SETTLE_TURNS; turns++) { handled = documents.handled; await nextTurn(); }
}

/** At most this many turns are waited for (a storm of edits arriving together is far shorter). */
const MAX_SETTLE_TURNS = 10_000;

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}

function modified(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.ContentModified, 'The document changed after this request was sent.');
}

/** The document a request is about, if it names one. */
function documentOf(params: unknown): string | undefined {
  const uri = (params as { textDocument?: { uri?: unknown } } | null | undefined)?.textDocument?.uri;
  return typeof uri === 'string' ? uri : undefined;
}

/**
 * A request handler that checks the token before computing (after the messages that
 * came with the request were handled, so an edit that supersedes it and the cancel
 * that goes with it are seen) and again after (a cancel that arrived meanwhile spares
 * sending a stale answer). A throw is logged and answered with `fallback`.
 */
export function cancellable<P, R>({ log, documents }: { log: ServerLog; documents?: PlanDocuments }, where: string, fallback: R,
  compute: (params: P) => R): (params: P, token: CancellationToken) => Promise<R | ResponseError<void>> {
  return async (params, token) => {
    const uri = documents && documentOf(params);
    const version = uri ? documents.get(uri)?.version : undefined;
    if (documents) { documents.handled++; await settled(documents); } else await nextTurn();
    if (token.isCancellationRequested) return cancelled();
    if (uri && version !== undefined && documents.get(uri)?.version !== version) return modified();
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
