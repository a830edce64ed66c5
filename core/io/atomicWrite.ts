// Writing a file atomically (a temporary file beside it, then a rename): the CLI and the
// language server's export both write this way.
import * as fs from 'fs';
import * as path from 'path';

/** Temporary files of writeAtomic: `.NAME.PID.STAMP.tmp`. */
const TEMP_FILE = /^\.(.+)\.(\d+)\.[0-9a-z]+\.tmp$/;

function alive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
}

/**
 * Removes the temporary files a killed writer left beside `target` (its process is gone),
 * so that kill -9 during an export leaves no large hidden file behind for long.
 */
export function removeStaleTemporaries(target: string): void {
  const dir = path.dirname(target);
  const base = path.basename(target);
  let names: string[];
  try { names = fs.readdirSync(dir); } catch { return; }
  for (const name of names) {
    const m = TEMP_FILE.exec(name);
    if (!m || m[1] !== base || Number(m[2]) === process.pid || alive(Number(m[2]))) continue;
    try { fs.unlinkSync(path.join(dir, name)); } catch { /* gone already, or not ours to remove */ }
  }
}

/**
 * Writes a file atomically: a temporary file in the same folder, then a rename, so a
 * reader never sees half a file and a failed write leaves the old file as it was.
 */
export function writeAtomic(target: string, data: Uint8Array | string): void {
  removeStaleTemporaries(target);
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    fs.writeFileSync(tmp, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fs.renameSync(tmp, target);
  } catch (e) {
    try { fs.unlinkSync(tmp); } catch { /* never written */ }
    throw e;
  }
}

/** For tests: called before each file is moved into place (throw to simulate a failure). */
export interface FolderWriteHooks { beforeMove?: (index: number) => void }

/**
 * Writes every file into `folder`, or none: all are written into a temporary folder beside
 * it, then the folder is renamed into place (or, when it exists, each file is moved in,
 * the files it replaces kept aside until all are in). On any failure the moves are undone,
 * the replaced files put back and the temporary folder removed; the error is rethrown.
 */
export function writeFolderAtomically(folder: string, files: { fileName: string; data: Uint8Array | string }[], hooks: FolderWriteHooks = {}): void {
  const parent = path.dirname(folder);
  const tmp = fs.mkdtempSync(path.join(parent, `.${path.basename(folder)}.tmp-`));
  const moved: string[] = [];
  const backups: [string, string][] = [];
  try {
    for (const f of files) fs.writeFileSync(path.join(tmp, f.fileName), typeof f.data === 'string' ? Buffer.from(f.data, 'utf8') : f.data);
    if (!fs.existsSync(folder)) {
      hooks.beforeMove?.(0);
      fs.renameSync(tmp, folder);
      return;
    }
    const aside = fs.mkdtempSync(path.join(tmp, '.replaced-'));
    files.forEach((f, i) => {
      hooks.beforeMove?.(i);
      const target = path.join(folder, f.fileName);
      if (fs.existsSync(target)) {
        const keep = path.join(aside, f.fileName);
        fs.renameSync(target, keep);
        backups.push([keep, target]);
      }
      fs.renameSync(path.join(tmp, f.fileName), target);
      moved.push(target);
    });
  } catch (e) {
    for (const m of moved) { try { fs.unlinkSync(m); } catch { /* already gone */ } }
    for (const [keep, target] of backups) { try { fs.renameSync(keep, target); } catch { /* left in the temporary folder */ } }
    throw e;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
