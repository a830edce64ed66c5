// The files the server watches through the client: `.planmark.json` (configuration) and
// `.plan` files (workspace unit usage).
import { DidChangeWatchedFilesNotification, FileChangeType, type Connection } from 'vscode-languageserver/node';
import { CONFIG_FILE_NAME } from '../../core/config/load';
import type { Configuration } from './configuration';
import type { Initialization } from './initialize';
import type { ServerLog } from './log';
import { uriToPath } from './uris';
import type { WorkspaceUnitIndex } from './workspaceIndex';

export class WatchedFiles {
  private canRegister = false;

  constructor(
    private readonly connection: Connection,
    private readonly log: ServerLog,
    private readonly configuration: Configuration,
    private readonly workspace: WorkspaceUnitIndex,
  ) {}

  initialize(init: Initialization): void {
    this.canRegister = init.client.dynamicWatchedFiles;
  }

  listen(): void {
    this.connection.onDidChangeWatchedFiles(this.log.guard('didChangeWatchedFiles', undefined, params => {
      let configChanged = false;
      const deletedConfigs: string[] = [];
      for (const change of params.changes) {
        const deleted = change.type === FileChangeType.Deleted;
        if (change.uri.endsWith('/' + CONFIG_FILE_NAME)) {
          configChanged = true;
          const file = uriToPath(change.uri);
          if (deleted && file) deletedConfigs.push(file);
        } else if (change.uri.endsWith('.plan')) {
          this.workspace.fileChanged(change.uri, deleted);
        }
      }
      if (configChanged) this.configuration.configFilesChanged(deletedConfigs);
    }));
  }

  /** Asks a client that registers watchers dynamically to watch our files (after `initialized`). */
  register(): void {
    if (!this.canRegister) return;
    void this.connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }, { globPattern: '**/*.plan' }],
    }).catch(this.log.failed('register file watchers'));
  }
}
