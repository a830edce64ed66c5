// Planmark: Fix All (the server's source.fixAll.planmark action, applied), Enter at the
// end of a numbered line continuing the numbering (core/features/onEnter.ts), and the
// command a quick fix runs after its edit to put the cursor where the user goes on typing.
import * as vscode from 'vscode';
import { enterAction } from '../../../core/features/onEnter';
import { REVEAL_AFTER_EDIT_COMMAND } from '../../../server/src/protocol';

/** Puts the cursor of `uri`'s editor (shown if it is not) at `position`, and scrolls to it. */
async function revealAfterEdit(uri: unknown, position: unknown): Promise<void> {
  const pos = position as { line?: unknown; character?: unknown } | undefined;
  if (typeof uri !== 'string' || typeof pos?.line !== 'number' || typeof pos.character !== 'number') return;
  const target = vscode.Uri.parse(uri).toString();
  const editor = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === target)
    ?? await vscode.window.showTextDocument(vscode.Uri.parse(uri));
  const at = editor.document.validatePosition(new vscode.Position(pos.line, pos.character));
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export function registerFixCommands(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('planmark.fixAll', () =>
      vscode.commands.executeCommand('editor.action.codeAction', { kind: 'source.fixAll.planmark', apply: 'first' })),
    vscode.commands.registerCommand(REVEAL_AFTER_EDIT_COMMAND, revealAfterEdit),
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
