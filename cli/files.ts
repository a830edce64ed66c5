// Reading CLI inputs: files, folders (every *.plan below them) and `-` for stdin.
import * as fs from 'fs';
import * as path from 'path';
import type { CliIO } from './io';

export interface Input { name: string; path?: string; text: string }

const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist']);

function planFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) { if (!SKIP_DIRS.has(entry.name)) out.push(...planFilesUnder(full)); }
    else if (entry.isFile() && entry.name.endsWith('.plan')) out.push(full);
  }
  return out;
}

/** Expands arguments to inputs. Errors (missing files…) are collected, not thrown. */
export async function readInputs(args: string[], io: CliIO): Promise<{ inputs: Input[]; errors: string[] }> {
  const inputs: Input[] = [];
  const errors: string[] = [];
  for (const arg of args) {
    if (arg === '-') { inputs.push({ name: '<stdin>', text: await io.readStdin() }); continue; }
    const full = path.resolve(io.cwd, arg);
    let stat: fs.Stats;
    try { stat = fs.statSync(full); } catch { errors.push(`${arg}: no such file or folder`); continue; }
    const files = stat.isDirectory() ? planFilesUnder(full) : [full];
    if (stat.isDirectory() && !files.length) errors.push(`${arg}: no .plan files in this folder`);
    for (const file of files) {
      try {
        inputs.push({ name: path.relative(io.cwd, file) || file, path: file, text: fs.readFileSync(file, 'utf8') });
      } catch (e) {
        errors.push(`${path.relative(io.cwd, file)}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      }
    }
  }
  return { inputs, errors };
}

/**
 * Writes a file atomically: a temporary file in the same folder, then a rename, so a
 * reader never sees half a file and a failed write leaves the old file as it was.
 */
export function writeAtomic(target: string, data: Uint8Array | string): void {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    fs.writeFileSync(tmp, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fs.renameSync(tmp, target);
  } catch (e) {
    try { fs.unlinkSync(tmp); } catch { /* never written */ }
    throw e;
  }
}
