// The Planmark language server's entry point. Runs over stdio (`--stdio`), IPC
// (`--node-ipc`) or a socket, as `createConnection` reads argv; the server itself is
// built by startServer. The client and bin/planmark-language-server.js load this file
// (out/server/src/server.js, bundled as dist/server.js).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { ServerLog } from './log';
import { startServer } from './startServer';

const connection = createConnection(ProposedFeatures.all);

// The process is the server's: an error nobody caught is logged, not fatal.
const log = new ServerLog(connection);
process.on('uncaughtException', e => log.error('uncaught exception', e));
process.on('unhandledRejection', e => log.error('unhandled rejection', e));

startServer(connection);
