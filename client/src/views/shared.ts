// What the workspace views share: the client they ask, and the command that reveals a range.
import * as vscode from 'vscode';
import type { RequestType } from 'vscode-languageserver-protocol';
import type { ViewRange } from '../../../server/src/protocol';

export interface ViewClient {
  running(): boolean;
  request<P, R>(type: RequestType<P, R, void>, params: P): Promise<R>;
}

export function revealCommand(uri: string, range: ViewRange): vscode.Command {
  const r = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  return { command: 'vscode.open', title: vscode.l10n.t('Reveal'), arguments: [vscode.Uri.parse(uri), { selection: r }] };
}
