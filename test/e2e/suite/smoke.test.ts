import * as assert from 'assert';
import * as vscode from 'vscode';

describe('smoke', () => {
  it('the Planmark extension is installed and activates', async () => {
    const ext = vscode.extensions.getExtension('planmark.planmark');
    assert.ok(ext, 'extension planmark.planmark is not loaded');
    await ext.activate();
    assert.strictEqual(ext.isActive, true);
  });

  it('runs in VS Code >= 1.100', () => {
    const [major, minor] = vscode.version.split('.').map(Number);
    assert.ok(major > 1 || (major === 1 && minor >= 100), `unexpected VS Code version ${vscode.version}`);
  });
});
