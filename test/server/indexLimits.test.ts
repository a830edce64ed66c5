// The workspace index's limits as settings (planmark.workspace.maxFiles and
// planmark.workspace.maxFileSizeKB, core/data/settings.json) over the protocol, on the
// workspace fixture's three plans (1104, 689 and 450 bytes): a plan over the size limit and
// the plans past the count are left out of the index, the window says so, and raising the
// limits (didChangeConfiguration) scans them in. The scan shows its progress (workDoneProgress).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { TasksViewPlan } from '../../server/src/protocol';
import { FIXTURES_DIR } from '../support/paths';
import { LspTestClient } from '../support/lspClient';
import { tempDirPerSuite } from '../support/tmp';

const PLANS = ['plan-2024.plan', 'plan-2025.plan', path.join('科室', 'dept-plan.plan')];

describe('language server: the workspace index limits (settings)', function () {
  const dir = tempDirPerSuite('planmark-lsp-limits');
  before(() => {
    for (const rel of PLANS) {
      fs.mkdirSync(path.dirname(path.join(dir(), rel)), { recursive: true });
      fs.copyFileSync(path.join(FIXTURES_DIR, 'workspace', rel), path.join(dir(), rel));
    }
    assert.ok(fs.statSync(path.join(dir(), 'plan-2024.plan')).size > 1024, 'plan-2024.plan is over 1 KB');
    for (const rel of PLANS.slice(1)) assert.ok(fs.statSync(path.join(dir(), rel)).size <= 1024, `${rel} is at most 1 KB`);
  });

  async function start(settings: { value: Record<string, unknown> }, locale = 'en'): Promise<LspTestClient> {
    return LspTestClient.start({
      initializationOptions: { debounceMs: 20 },
      locale,
      workspaceFolders: [{ uri: pathToFileURL(dir()).toString(), name: 'ws' }],
      capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
      settings,
    });
  }
  const titles = async (client: LspTestClient) => (await client.request<TasksViewPlan[]>('planmark/tasks', {})).map(p => p.title).sort();

  it('leaves a plan over maxFileSizeKB out, says so, and indexes it once the limit is raised', async () => {
    const settings = { value: { workspace: { maxFileSizeKB: 1 } } as Record<string, unknown> };
    const client = await start(settings);
    try {
      await client.waitFor(() => client.logs.some(l => /indexed 2 \.plan file/.test(l)), 'the scan');
      await client.waitFor(() => client.shown.length > 0, 'the message');
      assert.deepStrictEqual(client.shown.map(m => m.message), [
        'Planmark did not index 1 .plan file(s) larger than 1 KB (planmark.workspace.maxFileSizeKB): plan-2024.plan',
      ]);
      assert.deepStrictEqual(await titles(client), ['松岭县教育局2025年工作要点', '松岭县教育局人事股2025年重点工作']);
      // The scan showed its progress: begun with its title, ended.
      const begin = client.progress.find(p => p.value.kind === 'begin');
      assert.deepStrictEqual(begin && [begin.value.title, begin.value.message], ['Planmark', 'indexing .plan files']);
      await client.waitFor(() => client.progress.some(p => p.token === begin!.token && p.value.kind === 'end'), 'the progress ended');
      assert.deepStrictEqual(await client.request('workspace/symbol', { query: '县管校聘' }), [], 'the skipped plan has no symbols');
      settings.value = { workspace: { maxFileSizeKB: 4 } };
      await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await client.waitFor(() => client.logs.some(l => /indexed 3 \.plan file/.test(l)), 'the scan under the raised limit');
      assert.strictEqual((await titles(client)).length, 3);
      assert.strictEqual(client.shown.length, 1, 'nothing more to say');
    } finally {
      await client.stop();
    }
  });

  it('stops at maxFiles, says so (in Chinese for a zh-cn client), and drops the plans past a lowered limit', async () => {
    const settings = { value: { workspace: { maxFiles: 2 } } as Record<string, unknown> };
    const client = await start(settings, 'zh-CN');
    try {
      await client.waitFor(() => client.logs.some(l => /indexed 2 \.plan file/.test(l)), 'the scan');
      await client.waitFor(() => client.shown.length > 0, 'the message');
      assert.deepStrictEqual(client.shown.map(m => m.message), [
        'Planmark 只为工作区中前 2 个 .plan 文件建立了索引（planmark.workspace.maxFiles）；其余文件不参与查找引用、重命名、工作区符号和视图。',
      ]);
      assert.strictEqual((await titles(client)).length, 2);
      settings.value = { workspace: { maxFiles: 1 } };
      await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await client.waitFor(() => client.shown.length > 1, 'the message of the second scan');
      assert.strictEqual((await titles(client)).length, 1, 'the plan past the lowered limit left the index');
      settings.value = { workspace: { maxFiles: 'many' } };
      await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await client.waitFor(() => client.logs.some(l => /indexed 3 \.plan file/.test(l)), 'the default limit back for a value the declaration refuses');
      assert.strictEqual((await titles(client)).length, 3);
    } finally {
      await client.stop();
    }
  });
});
