// Finds `.plan` files under the workspace folders (asynchronously, capped) for the workspace
// index. The caps are the settings planmark.workspace.maxFiles and
// planmark.workspace.maxFileSizeKB (core/data/settings.json); what a cap left out is counted
// so that the index can say so.
import * as fs from 'fs';
import * as path from 'path';
import { SETTINGS } from '../../core/config/settings';

const SKIP_DIRS: ReadonlySet<string> = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist', '.vscode-test', '.cache']);

export interface ScanOptions {
  maxFiles: number;
  maxDirs: number;
  maxFileBytes: number;
}

/** A setting's declared default (core/data/settings.json is the one home of the numbers). */
function declaredDefault(key: string): number {
  const value = SETTINGS.find(s => s.key === key)?.default;
  if (typeof value !== 'number') throw new Error(`core/data/settings.json declares no numeric default for ${key}`);
  return value;
}

export const MAX_FILES_SETTING = 'workspace.maxFiles';
export const MAX_FILE_SIZE_SETTING = 'workspace.maxFileSizeKB';

export const DEFAULT_SCAN: ScanOptions = {
  maxFiles: declaredDefault(MAX_FILES_SETTING),
  maxDirs: 5000,
  maxFileBytes: declaredDefault(MAX_FILE_SIZE_SETTING) * 1024,
};

/**
 * The scan's limits from the `planmark` settings: a value the declaration accepts (a whole
 * number within its bounds) replaces the one of `base`; anything else keeps it.
 */
export function scanOptionsFromSettings(base: ScanOptions, maxFiles: unknown, maxFileSizeKB: unknown): ScanOptions {
  const accepted = (key: string, v: unknown): v is number => {
    const schema = SETTINGS.find(s => s.key === key)?.schema as { minimum?: number; maximum?: number } | undefined;
    return typeof v === 'number' && Number.isInteger(v) && v >= (schema?.minimum ?? 0) && v <= (schema?.maximum ?? Infinity);
  };
  return {
    ...base,
    maxFiles: accepted(MAX_FILES_SETTING, maxFiles) ? maxFiles : base.maxFiles,
    maxFileBytes: accepted(MAX_FILE_SIZE_SETTING, maxFileSizeKB) ? maxFileSizeKB * 1024 : base.maxFileBytes,
  };
}

export interface FoundPlans {
  files: string[];
  /** The scan stopped at `maxFiles` (or `maxDirs`) with folders or files left unlisted. */
  truncated: boolean;
}

/** Lists `.plan` files breadth first under `roots`, yielding to the event loop between directories. */
export async function findPlanFiles(roots: string[], options: ScanOptions = DEFAULT_SCAN, isCancelled: () => boolean = () => false): Promise<FoundPlans> {
  const files: string[] = [];
  const queue = [...roots];
  let dirs = 0;
  let truncated = false;
  while (queue.length && !isCancelled()) {
    if (files.length >= options.maxFiles || dirs >= options.maxDirs) { truncated = true; break; }
    const dir = queue.shift()!;
    dirs++;
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) queue.push(path.join(dir, e.name));
      } else if (e.isFile() && e.name.endsWith('.plan')) {
        if (files.length >= options.maxFiles) { truncated = true; break; }
        files.push(path.join(dir, e.name));
      }
    }
  }
  return { files, truncated };
}

/** A file's text, or why it was not read: `large` (over `maxBytes`) or `unreadable`. */
export type ReadResult = { text: string } | { skipped: 'large'; size: number } | { skipped: 'unreadable' };

/** Reads a file if it is not too large. */
export async function readSmallFile(file: string, maxBytes: number): Promise<ReadResult> {
  try {
    const stat = await fs.promises.stat(file);
    if (!stat.isFile()) return { skipped: 'unreadable' };
    if (stat.size > maxBytes) return { skipped: 'large', size: stat.size };
    return { text: await fs.promises.readFile(file, 'utf8') };
  } catch {
    return { skipped: 'unreadable' };
  }
}
