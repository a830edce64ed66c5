// A small LSP client for protocol tests: spawns the compiled server over stdio.
import { fork, spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import {
  createProtocolConnection, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter,
  type ProtocolConnection, type PublishDiagnosticsParams, type InitializeResult,
} from 'vscode-languageserver-protocol/node';

/** The repository root: the nearest directory above `from` with a package.json. */
export function repoRoot(from = __dirname): string {
  let dir = from;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + from);
    dir = parent;
  }
}

export function seedsDir(): string {
  return path.join(repoRoot(), '..', 'shared', 'seeds');
}

export function readSeeds(): { name: string; text: string }[] {
  const dir = seedsDir();
  return fs.readdirSync(dir).filter(f => f.endsWith('.txt')).sort().map(name => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

export interface StartOptions {
  initializationOptions?: Record<string, unknown>;
  locale?: string;
  workspaceFolders?: { uri: string; name: string }[] | null;
  capabilities?: Record<string, unknown>;
  /** Script to run instead of out/server/src/server.js (e.g. the bin). */
  entry?: string;
  /** Talk over Node IPC (`--node-ipc`) instead of stdio. */
  ipc?: boolean;
  /** The `planmark` settings section answered to workspace/configuration (mutable). */
  settings?: { value: Record<string, unknown> | null };
}

export class LspTestClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly notifications: { method: string; params: unknown }[] = [];
  readonly logs: string[] = [];
  private waiters: { check: () => boolean; resolve: () => void }[] = [];
  initializeResult?: InitializeResult;
  stderr = '';

  private constructor(readonly proc: ChildProcess, readonly conn: ProtocolConnection) {}

  static async start(options: StartOptions = {}): Promise<LspTestClient> {
    const serverJs = options.entry ?? path.join(repoRoot(), 'out', 'server', 'src', 'server.js');
    const proc = options.ipc
      ? fork(serverJs, ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] })
      : spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = options.ipc
      ? createProtocolConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc))
      : createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new LspTestClient(proc, conn);
    proc.stderr!.on('data', d => { client.stderr += String(d); });
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => { client.published.push(p); client.poke(); });
    conn.onNotification('window/logMessage', (p: { message: string }) => { client.logs.push(p.message); client.poke(); });
    conn.onNotification('planmark/stats', (params: unknown) => { client.notifications.push({ method: 'planmark/stats', params }); client.poke(); });
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map(i => (i.section === 'planmark' && options.settings ? options.settings.value : null)));
    conn.listen();
    client.initializeResult = await conn.sendRequest('initialize', {
      processId: process.pid,
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

  /** Resolves once `check` holds (checked on every notification), or rejects after `timeoutMs`. */
  waitFor(check: () => boolean, timeoutMs = 10000, what = 'condition'): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; stderr: ${this.stderr.slice(0, 2000)}`)), timeoutMs);
      this.waiters.push({ check, resolve: () => { clearTimeout(timer); resolve(); } });
    });
  }

  /** The diagnostics published for `uri` with `version` (waits for them). */
  async diagnosticsFor(uri: string, version: number, timeoutMs = 10000): Promise<PublishDiagnosticsParams> {
    const find = () => this.published.find(p => p.uri === uri && p.version === version);
    await this.waitFor(() => !!find(), timeoutMs, `diagnostics of ${uri} v${version}`);
    return find()!;
  }

  publishedFor(uri: string): PublishDiagnosticsParams[] {
    return this.published.filter(p => p.uri === uri);
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plan', version, text } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>(resolve => {
      if (this.proc.exitCode !== null) resolve();
      else this.proc.once('exit', () => resolve());
    });
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise(r => setTimeout(r, 2000))]);
      await this.conn.sendNotification('exit');
    } catch { /* already gone */ }
    const timer = setTimeout(() => this.proc.kill(), 3000);
    await exited;
    clearTimeout(timer);
    this.conn.dispose();
  }
}

/** A small seeded PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
