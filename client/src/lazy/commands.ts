// The lazily loaded part with the export, ledger and import commands (see ../lazy.ts); its
// own bundle, dist/commands.js, in the packaged extension.
export { runExportCommand, runExportUnitListsCommand, setExportClient } from '../commands/export';
export { runExportLedgerCommand, runMergeLedgersCommand } from '../commands/tracking';
export { runImportCommand } from '../commands/import';
import { disposeImportChannel } from '../commands/import';

/** What deactivation closes in this part. */
export function disposeCommands(): void {
  disposeImportChannel();
}
