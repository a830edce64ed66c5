// The built-in unit registry as a read-only document (planmark-registry:/units.json): go to
// definition of a built-in unit opens it, its text asked from the language server, so it works
// the same from the working tree and from the packaged .vsix (which carries no units.json).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { REGISTRY_SCHEME, RegistryDocumentRequest } from '../../server/src/protocol';

export function registerRegistryDocuments(context: vscode.ExtensionContext, client: LanguageClient, ready: Promise<void>): void {
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(REGISTRY_SCHEME, {
    async provideTextDocumentContent(uri) {
      await ready;
      const answer = await client.sendRequest(RegistryDocumentRequest.type, { uri: uri.toString() });
      return answer?.text ?? '';
    },
  }));
}
