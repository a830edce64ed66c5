// Finds `.plan` files under the workspace folders (asynchronously, capped) for unit usage.
import * as fs from 'fs';
import * as path from 'path';

const SKIP_DIRS: ReadonlySet<string> = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist', '.vscode-test', '.cache']);

export interface ScanOptions {
  maxFiles: number;
  maxDirs: number;
  maxFileBytes: number;
}

export const DEFAULT_SCAN: ScanOptions = { maxFiles: 500, maxDirs: 5000, maxFileBytes: 4 * 1024 * 1024 };

/** Lists `.plan` files breadth first under `roots`, yielding to the event loop between directories. */
export async function findPlanFiles(roots: string[], options: ScanOptions = DEFAULT_SCAN, isCancelled: () => boolean = () => false): Promise<string[]> {
  const files: string[] = [];
  const queue = [...roots];
  let dirs = 0;
  while (queue.length && files.length < options.maxFiles && dirs < options.maxDirs && !isCancelled()) {
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
        files.push(path.join(dir, e.name));
        if (files.length >= options.maxFiles) break;
      }
    }
  }
  return files;
}

/** Reads a file if it is not too large. */
export async function readSmallFile(file: string, maxBytes: number): Promise<string | undefined> {
  try {
    const stat = await fs.promises.stat(file);
    if (!stat.isFile() || stat.size > maxBytes) return undefined;
    return await fs.promises.readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}
