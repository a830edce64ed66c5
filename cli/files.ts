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
