// What an export could not carry over as written, for the CLI and the editor to tell the user.

export interface ExportReport {
  /** Front-matter keys the export has no place for (as written). */
  unplacedKeys: string[];
  /** Characters removed because XML cannot hold them. */
  removedCharacters: number;
}

export function emptyReport(): ExportReport {
  return { unplacedKeys: [], removedCharacters: 0 };
}
