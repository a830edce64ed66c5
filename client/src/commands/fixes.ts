// Planmark: Fix All (the server's source.fixAll.planmark action, applied), and Enter at the
// end of a numbered line continuing the numbering (core/features/onEnter.ts).
import * as vscode from 'vscode';
import { enterAction } from '../../../core/features/onEnter';

export function registerFixCommands(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('planmark.fixAll', () =>
      vscode.commands.executeCommand('editor.action.codeAction', { kind: 'source.fixAll.planmark', apply: 'first' })),
    vscode.commands.registerTextEditorCommand('planmark.onEnter', async editor => {
      const selection = editor.selection;
      const line = editor.document.lineAt(selection.active.line);
      const action = selection.isEmpty && editor.selections.length === 1 ? enterAction(line.text, selection.active.character) : undefined;
      if (!action) { await vscode.commands.executeCommand('type', { text: '\n' }); return; }
      if (action.kind === 'end') {
        await editor.edit(b => b.delete(line.range));
        return;
      }
      await editor.edit(b => b.insert(selection.active, `\n${action.marker}`));
      editor.revealRange(editor.selection);
    }),
  );
}
