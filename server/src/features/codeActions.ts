// textDocument/codeAction: the quick fixes of our diagnostics (each rule's repairs, disable
// for this line, turn the rule off in .planmark.json; a fix that leaves something to type
// carries the client command that puts the cursor there) and the source action
// `source.fixAll.planmark` (every preferred fix at once; editor.codeActionsOnSave).
import * as fs from 'fs';
import * as path from 'path';
import { CodeActionKind, type CodeAction, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver/node';
import { applyConfigChange } from '../../../core/config/edit';
import { CONFIG_FILE_NAME } from '../../../core/config/load';
import { diffEdit } from '../../../core/features/fixAll';
import type { ConfigChange } from '../../../core/lint/types';
import { cancellable } from '../cancellation';
import { DIAGNOSTIC_SOURCE } from '../convert';
import { REVEAL_AFTER_EDIT_COMMAND } from '../protocol';
import type { Initialization } from '../initialize';
import type { Services } from '../services';
import { pathToUri, uriToPath } from '../uris';

/** The kind of the fix-all source action, as `editor.codeActionsOnSave` names it. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.planmark`;

/** Whether a request's `only` asks for actions of `kind`. */
function wanted(only: string[] | undefined, kind: string): boolean {
  return !only || only.some(o => kind === o || kind.startsWith(`${o}.`));
}

/**
 * The edit of `.planmark.json` a change asks for: the nearest one, else a new one beside the
 * document. Undefined when the file cannot take it (not an object) or cannot be read.
 */
function configEdit(configFile: string | undefined, documentPath: string | undefined, change: ConfigChange): WorkspaceEdit | undefined {
  const file = configFile ?? (documentPath ? path.join(path.dirname(documentPath), CONFIG_FILE_NAME) : undefined);
  if (!file) return undefined;
  let before: string | undefined;
  try {
    before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  } catch {
    return undefined;
  }
  const after = applyConfigChange(before, change);
  if (after === undefined) return undefined;
  const uri = pathToUri(file);
  if (before === undefined) {
    return { documentChanges: [
      { kind: 'create', uri, options: { ignoreIfExists: true } },
      { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: after }] },
    ] };
  }
  return { documentChanges: [{ textDocument: { uri, version: null }, edits: diffEdit(before, after) }] };
}

/** The code actions' handler; `initialize` tells it which client-side commands the client runs. */
export function registerCodeActions({ connection, log, documents, configuration }: Services): { initialize(init: Initialization): void } {
  let revealAfterEdit = false;
  connection.onCodeAction(cancellable({ log, documents }, 'codeAction', null, params => {
    const uri = params.textDocument.uri;
    const parsed = documents.parsed(uri);
    if (!parsed) return null;
    const { service, locale, configFile } = configuration.forDocumentNow(uri);
    const only = params.context.only;
    const actions: CodeAction[] = [];
    if (wanted(only, CodeActionKind.QuickFix)) {
      const ours: Diagnostic[] = params.context.diagnostics.filter(d => d.source === DIAGNOSTIC_SOURCE);
      for (const fix of service.quickFixes(parsed.doc, ours, locale)) {
        const edit: WorkspaceEdit | undefined = fix.config ? configEdit(configFile, uriToPath(uri), fix.config) : { changes: { [uri]: fix.edits } };
        if (!edit) continue;
        const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [ours[fix.diagnostic]], isPreferred: fix.preferred, edit };
        // The cursor goes where the fix leaves something to type (the client runs the command after the edit).
        if (fix.cursor && revealAfterEdit) action.command = { title: fix.title, command: REVEAL_AFTER_EDIT_COMMAND, arguments: [uri, fix.cursor] };
        actions.push(action);
      }
    }
    // The source action only when asked for by kind (on save, the Fix All command, the Source Action menu).
    if (only && wanted(only, FIX_ALL_KIND)) {
      const text = parsed.text.getText();
      const result = service.fixAll(text, locale);
      actions.push({
        title: locale === 'zh-cn' ? '修复所有可自动修复的问题（Planmark）' : 'Fix all auto-fixable problems (Planmark)',
        kind: FIX_ALL_KIND,
        edit: { changes: { [uri]: diffEdit(text, result.text) } },
      });
    }
    return actions;
  }));
  return { initialize(init) { revealAfterEdit = init.clientCommands.includes(REVEAL_AFTER_EDIT_COMMAND); } };
}
