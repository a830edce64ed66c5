// planmark/export: the language server writes what `planmark export` writes (the exporters and
// the options are the same), reports window/workDoneProgress, and a cancelled request writes
// nothing. Deterministic without timing: the cancelled request and its cancel reach the
// in-process server in one chunk.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol/node';
import type { ExportResult, ExportUnitListsResult } from '../../server/src/protocol';
import { LspTestClient } from '../support/lspClient';
import { runCli } from '../support/cli';
import { unzip } from '../support/readers';
import { REPO_ROOT } from '../support/paths';
import { scaledPlan } from '../support/generate';
import { tempDirPerSuite } from '../support/tmp';
import { DIRTY_PLAN } from '../support/fixtures';

const OFFICIAL = fs.readFileSync(path.join(REPO_ROOT, 'examples', 'official.plan'), 'utf8');

/** The parts of a zip that do not carry the time of writing. */
async function zipContent(file: string): Promise<Record<string, string>> {
  const zip = await unzip(fs.readFileSync(file));
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) {
    if (zip.files[name].dir || name.startsWith('docProps/')) continue;
    out[name] = await zip.file(name)!.async('string');
  }
  return out;
}

describe('language server: planmark/export', function () {
  const dir = tempDirPerSuite('planmark-lsp-export');
  let client: LspTestClient;
  let planFile: string;
  let planUri: string;
  const progress: { token: unknown; value: { kind: string } }[] = [];

  before(async () => {
    client = await LspTestClient.start({ initializationOptions: { debounceMs: 20, scanWorkspace: false }, locale: 'en' });
    client.conn.onNotification('$/progress', (p: { token: unknown; value: { kind: string } }) => { progress.push(p); });
    planFile = path.join(dir(), 'official.plan');
    fs.writeFileSync(planFile, OFFICIAL);
    planUri = pathToFileURL(planFile).toString();
    await client.open(planUri, OFFICIAL, 1);
    await client.diagnosticsFor(planUri, 1);
  });
  after(async () => { if (client) await client.stop(); });

  for (const format of ['docx', 'xlsx', 'md', 'html', 'csv', 'json'] as const) {
    it(`--to ${format}: the file the CLI writes`, async () => {
      const byServer = path.join(dir(), `server.${format}`);
      const byCli = path.join(dir(), `cli.${format}`);
      const token = `export-${format}`;
      const result = await client.request<ExportResult>('planmark/export', { uri: planUri, format, target: pathToFileURL(byServer).toString(), workDoneToken: token });
      assert.equal(result.bytes, fs.statSync(byServer).size);
      const cli = await runCli(['export', planFile, '--to', format, '-o', byCli]);
      assert.equal(cli.code, 0, cli.stderr);
      if (format === 'docx' || format === 'xlsx') assert.deepEqual(await zipContent(byServer), await zipContent(byCli));
      else assert.equal(fs.readFileSync(byServer, 'utf8'), fs.readFileSync(byCli, 'utf8'));
      if (format === 'docx') assert.deepEqual(result.unplacedKeys, ['版头', '年度', '签发人'], 'the same report as the CLI');
      await client.waitFor(() => progress.some(p => p.token === token && p.value.kind === 'end'), 'the end of the progress');
      assert.deepEqual(progress.filter(p => p.token === token).map(p => p.value.kind), ['begin', 'end']);
    });
  }

  it('xlsx: the result says how many characters XML cannot hold were removed', async () => {
    // Opened in the editor, the lone surrogate stays (JSON escapes it): all six are removed.
    const dirtyUri = pathToFileURL(path.join(dir(), 'dirty.plan')).toString();
    await client.open(dirtyUri, DIRTY_PLAN, 1);
    const target = path.join(dir(), 'dirty.xlsx');
    const result = await client.request<ExportResult>('planmark/export', { uri: dirtyUri, format: 'xlsx', target: pathToFileURL(target).toString() });
    assert.equal(result.removedCharacters, 6);
    const clean = await client.request<ExportResult>('planmark/export', { uri: planUri, format: 'xlsx', target: pathToFileURL(path.join(dir(), 'clean.xlsx')).toString() });
    assert.equal(clean.removedCharacters, 0);
  });

  it('refuses to replace a file unless asked, and says why', async () => {
    const target = path.join(dir(), 'exists.md');
    fs.writeFileSync(target, 'keep me');
    await assert.rejects(client.request('planmark/export', { uri: planUri, format: 'md', target: pathToFileURL(target).toString() }), /already exists/);
    assert.equal(fs.readFileSync(target, 'utf8'), 'keep me');
    await client.request('planmark/export', { uri: planUri, format: 'md', target: pathToFileURL(target).toString(), overwrite: true });
    assert.notEqual(fs.readFileSync(target, 'utf8'), 'keep me');
    await assert.rejects(client.request('planmark/export', { uri: planUri, format: 'pdf', target: pathToFileURL(target).toString() }), /unknown export format "pdf"/);
  });

  it('a cancelled export of a large plan writes nothing and answers RequestCancelled', async () => {
    const largeUri = pathToFileURL(path.join(dir(), 'large.plan')).toString();
    await client.open(largeUri, scaledPlan(300_000), 1);
    await client.diagnosticsFor(largeUri, 1);
    const target = path.join(dir(), 'large.xlsx');
    const held = client.holdMessages();
    const source = new CancellationTokenSource();
    const reply = client.conn.sendRequest('planmark/export', { uri: largeUri, format: 'xlsx', target: pathToFileURL(target).toString() }, source.token)
      .then(() => 'answered', (e: unknown) => e);
    source.cancel();
    await client.waitFor(() => held.text.includes('"$/cancelRequest"') && held.text.includes('"planmark/export"'), 'the request and its cancel to be held');
    held.release();
    const outcome = await reply;
    assert.ok(outcome instanceof ResponseError, String(outcome));
    assert.equal(outcome.code, LSPErrorCodes.RequestCancelled);
    assert.ok(!fs.existsSync(target), 'nothing written');
    assert.deepEqual(fs.readdirSync(dir()).filter(f => f.includes('large.xlsx')), [], 'no temporary file either');
  });

  for (const format of ['md', 'docx', 'xlsx'] as const) {
    it(`planmark/exportUnitLists --to ${format}: the files the CLI's --all-units writes`, async () => {
      const byServer = path.join(dir(), `units-server-${format}`);
      const byCli = path.join(dir(), `units-cli-${format}`);
      const token = `units-${format}`;
      const dry = await client.request<ExportUnitListsResult>('planmark/exportUnitLists', { uri: planUri, format, folder: pathToFileURL(byServer).toString(), dryRun: true });
      assert.equal(dry.written, false);
      assert.ok(!fs.existsSync(byServer), 'a dry run writes nothing');
      const result = await client.request<ExportUnitListsResult>('planmark/exportUnitLists', { uri: planUri, format, folder: pathToFileURL(byServer).toString(), workDoneToken: token });
      assert.equal(result.written, true);
      assert.deepEqual(result.files, dry.files, 'the dry run named the files written');
      const cli = await runCli(['export', planFile, '--to', format, '--all-units', '-o', byCli]);
      assert.equal(cli.code, 0, cli.stderr);
      const names = fs.readdirSync(byCli).sort();
      assert.ok(names.length > 1, names.join());
      assert.deepEqual(fs.readdirSync(byServer).sort(), names);
      assert.deepEqual(result.files.map(f => f.fileName).sort(), names);
      for (const name of names) {
        if (format === 'md') assert.equal(fs.readFileSync(path.join(byServer, name), 'utf8'), fs.readFileSync(path.join(byCli, name), 'utf8'), name);
        else assert.deepEqual(await zipContent(path.join(byServer, name)), await zipContent(path.join(byCli, name)), name);
      }
      await client.waitFor(() => progress.some(p => p.token === token && p.value.kind === 'end'), 'the end of the progress');
      const kinds = progress.filter(p => p.token === token).map(p => p.value.kind);
      assert.deepEqual([kinds[0], kinds[kinds.length - 1]], ['begin', 'end']);
      assert.equal(kinds.filter(k => k === 'report').length, names.length, 'one step a list');
      // the files are there now: refused unless asked to replace them
      await assert.rejects(client.request('planmark/exportUnitLists', { uri: planUri, format, folder: pathToFileURL(byServer).toString() }), /already exist/);
      await client.request('planmark/exportUnitLists', { uri: planUri, format, folder: pathToFileURL(byServer).toString(), overwrite: true });
    });
  }

  it('planmark/exportUnitLists: one unit, a unit not named, a wrong format', async () => {
    const folder = pathToFileURL(path.join(dir(), 'one-unit')).toString();
    const all = await client.request<ExportUnitListsResult>('planmark/exportUnitLists', { uri: planUri, format: 'md', folder, dryRun: true });
    const one = await client.request<ExportUnitListsResult>('planmark/exportUnitLists', { uri: planUri, format: 'md', folder, unit: all.files[0].unit });
    assert.deepEqual(one.files, [all.files[0]]);
    assert.deepEqual(fs.readdirSync(path.join(dir(), 'one-unit')), [all.files[0].fileName]);
    await assert.rejects(client.request('planmark/exportUnitLists', { uri: planUri, format: 'md', folder, unit: '不存在的股' }), /unit "不存在的股" is not named/);
    await assert.rejects(client.request('planmark/exportUnitLists', { uri: planUri, format: 'csv', folder }), /md, docx or xlsx/);
  });

  it('a cancelled planmark/exportUnitLists writes nothing and answers RequestCancelled', async () => {
    // large.plan: opened by the cancelled export above
    const largeUri = pathToFileURL(path.join(dir(), 'large.plan')).toString();
    const folder = path.join(dir(), 'large-units');
    const held = client.holdMessages();
    const source = new CancellationTokenSource();
    const reply = client.conn.sendRequest('planmark/exportUnitLists', { uri: largeUri, format: 'xlsx', folder: pathToFileURL(folder).toString() }, source.token)
      .then(() => 'answered', (e: unknown) => e);
    source.cancel();
    await client.waitFor(() => held.text.includes('"$/cancelRequest"') && held.text.includes('"planmark/exportUnitLists"'), 'the request and its cancel to be held');
    held.release();
    const outcome = await reply;
    assert.ok(outcome instanceof ResponseError, String(outcome));
    assert.equal(outcome.code, LSPErrorCodes.RequestCancelled);
    assert.ok(!fs.existsSync(folder), 'nothing written');
    assert.deepEqual(fs.readdirSync(dir()).filter(f => f.includes('large-units')), [], 'no temporary folder either');
  });
});
