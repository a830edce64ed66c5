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
