// A small LSP client for protocol tests. The same API over three transports:
// - 'in-process' (default): startServer on a pair of streams in this process, so a test
//   is fast, can be debugged with breakpoints on both sides, and sees the server's heap;
// - 'stdio' and 'ipc': the compiled entry (or the bin) in a child process, as editors run it.
import { fork, spawn, type ChildProcess } from 'child_process';
import * as path from 'path';
import { PassThrough } from 'stream';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import {
  createProtocolConnection, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter,
  type ProtocolConnection, type PublishDiagnosticsParams, type InitializeResult,
} from 'vscode-languageserver-protocol/node';
import { startServer, type ServerOptions } from '../../server/src/startServer';
import { REPO_ROOT } from './paths';
import { waitingFor } from './inactivity';

export type Transport = 'in-process' | 'stdio' | 'ipc';

export interface StartOptions {
  /** Default 'in-process'. */
  transport?: Transport;
  initializationOptions?: Record<string, unknown>;
  locale?: string;
  workspaceFolders?: { uri: string; name: string }[] | null;
  capabilities?: Record<string, unknown>;
  /** stdio/ipc: the script to run instead of out/server/src/server.js (e.g. the bin). */
  entry?: string;
  /** in-process: options for startServer. */
  server?: ServerOptions;
  /** The `planmark` settings section answered to workspace/configuration (mutable). */
  settings?: { value: Record<string, unknown> | null };
}

/** Messages from the client held back from an in-process server (see `holdMessages`). */
export interface HeldMessages {
  /** What has been held so far. */
  readonly text: string;
  /** Delivers everything held as one chunk, so the server reads it in one go. */
  release(): void;
}

/** Where the server runs and how to end it. */
interface ServerSide {
  readonly stderr: string;
  /** Called after `shutdown` was answered (or timed out). */
  end(conn: ProtocolConnection): Promise<void>;
  holdMessages?(onData: () => void): HeldMessages;
}

function childProcess(transport: 'stdio' | 'ipc', entry: string): { conn: ProtocolConnection; side: ServerSide } {
  const proc: ChildProcess = transport === 'ipc'
    ? fork(entry, ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] })
    : spawn(process.execPath, [entry, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const conn = transport === 'ipc'
    ? createProtocolConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc))
    : createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  let stderr = '';
  proc.stderr!.on('data', d => { stderr += String(d); });
  const exited = new Promise<void>(resolve => {
    if (proc.exitCode !== null) resolve();
    else proc.once('exit', () => resolve());
  });
  return {
    conn,
    side: {
      get stderr() { return stderr; },
      async end(c) {
        try { await c.sendNotification('exit'); } catch { /* already gone */ }
        const timer = setTimeout(() => proc.kill(), 3000);
        await exited;
        clearTimeout(timer);
      },
    },
  };
}

function inProcess(options: ServerOptions | undefined): { conn: ProtocolConnection; side: ServerSide } {
  const fromClient = new PassThrough();
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  let held: Buffer[] | undefined;
  let onHeld: (() => void) | undefined;
  fromClient.on('data', (chunk: Buffer) => {
    if (held) { held.push(chunk); onHeld?.(); } else toServer.write(chunk);
  });
  const serverConnection = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  const server = startServer(serverConnection, options);
  const conn = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(fromClient));
  return {
    conn,
    side: {
      stderr: '',
      // No `exit` notification: the library answers it with process.exit.
      async end() {
        server.dispose();
        serverConnection.dispose();
        for (const s of [fromClient, toServer, toClient]) s.end();
      },
      holdMessages(onData) {
        const chunks: Buffer[] = [];
        held = chunks;
        onHeld = onData;
        return {
          get text() { return Buffer.concat(chunks).toString('utf8'); },
          release() {
            held = undefined;
            onHeld = undefined;
            toServer.write(Buffer.concat(chunks));
          },
        };
      },
    },
  };
}

export class LspTestClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly notifications: { method: string; params: unknown }[] = [];
  readonly logs: string[] = [];
  /** Work done progress the server reported ($/progress values, after window/workDoneProgress/create). */
  readonly progress: { token: string | number; value: { kind: string; title?: string; message?: string } }[] = [];
  /** How many workspace/diagnostic/refresh requests the server sent. */
  diagnosticRefreshes = 0;
  /** window/showMessage notifications (type and text). */
  readonly shown: { type: number; message: string }[] = [];
  private waiters: { check: () => boolean; resolve: () => void }[] = [];
  initializeResult?: InitializeResult;

  private constructor(readonly conn: ProtocolConnection, private readonly side: ServerSide) {}

  /** What a child-process server wrote to stderr ('' in-process). */
  get stderr(): string {
    return this.side.stderr;
  }

  static async start(options: StartOptions = {}): Promise<LspTestClient> {
    const transport = options.transport ?? 'in-process';
    const { conn, side } = transport === 'in-process'
      ? inProcess(options.server)
      : childProcess(transport, options.entry ?? path.join(REPO_ROOT, 'out', 'server', 'src', 'server.js'));
    const client = new LspTestClient(conn, side);
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => { client.published.push(p); client.poke(); });
    conn.onNotification('window/logMessage', (p: { message: string }) => { client.logs.push(p.message); client.poke(); });
    conn.onNotification('planmark/stats', (params: unknown) => { client.notifications.push({ method: 'planmark/stats', params }); client.poke(); });
    // One handler per method (a second one would replace the first): kept both as `shown` and among the notifications.
    conn.onNotification('window/showMessage', (p: { type: number; message: string }) => {
      client.shown.push(p);
      client.notifications.push({ method: 'window/showMessage', params: p });
      client.poke();
    });
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest('window/workDoneProgress/create', () => null);
    conn.onNotification('$/progress', (p: { token: string | number; value: { kind: string } }) => { client.progress.push(p); client.poke(); });
    conn.onRequest('workspace/diagnostic/refresh', () => { client.diagnosticRefreshes++; client.poke(); return null; });
    conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map(i => (i.section === 'planmark' && options.settings ? options.settings.value : null)));
    conn.listen();
    client.initializeResult = await conn.sendRequest('initialize', {
      // In-process there is no parent to watch (the library would poll this pid forever).
      processId: transport === 'in-process' ? null : process.pid,
      rootUri: null,
      locale: options.locale ?? 'en',
      capabilities: options.capabilities ?? { textDocument: { publishDiagnostics: { versionSupport: true } } },
      workspaceFolders: options.workspaceFolders ?? null,
      initializationOptions: options.initializationOptions ?? {},
    }) as InitializeResult;
    await conn.sendNotification('initialized', {});
    return client;
  }

  private poke(): void {
    this.waiters = this.waiters.filter(w => {
      if (w.check()) { w.resolve(); return false; }
      return true;
    });
  }

  /**
   * Resolves once `check` holds (checked on every notification). No deadline: a stuck wait is
   * stopped by the runner's inactivity guard, which names `what` (test/support/inactivity.ts).
   */
  waitFor(check: () => boolean, what = 'condition'): Promise<void> {
    if (check()) return Promise.resolve();
    waitingFor(what);
    return new Promise(resolve => this.waiters.push({ check, resolve }));
  }

  /** The diagnostics published for `uri` with `version` (waits for them). */
  async diagnosticsFor(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    const find = () => this.published.find(p => p.uri === uri && p.version === version);
    await this.waitFor(() => !!find(), `diagnostics of ${uri} v${version}`);
    return find()!;
  }

  publishedFor(uri: string): PublishDiagnosticsParams[] {
    return this.published.filter(p => p.uri === uri);
  }

  /** Forgets the notifications received so far (a long test need not keep them all). */
  clearReceived(): void {
    this.published.length = 0;
    this.notifications.length = 0;
  }

  /**
   * In-process only: holds back what the client sends until `release()`, which hands it
   * to the server in one chunk, as if it had all arrived at once.
   */
  holdMessages(): HeldMessages {
    if (!this.side.holdMessages) throw new Error('holdMessages needs the in-process transport');
    return this.side.holdMessages(() => this.poke());
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plan', version, text } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise(r => { timer = setTimeout(r, 2000); })]);
    } catch { /* already gone */ }
    clearTimeout(timer);
    await this.side.end(this.conn);
    this.conn.dispose();
  }
}

/** Starts a server, hands it to `use`, and stops it (also when `use` fails). */
export async function withClient(options: StartOptions, use: (client: LspTestClient) => Promise<void>): Promise<void> {
  const client = await LspTestClient.start(options);
  try {
    await use(client);
  } finally {
    await client.stop();
  }
}
