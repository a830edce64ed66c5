// Reading CLI inputs: files, folders (every *.plan below them) and `-` for stdin.
import * as fs from 'fs';
import * as path from 'path';
import { IOFailure, type CliIO } from './io';
import { writeFolderAtomically } from '../core/io/atomicWrite';

export interface Input { name: string; path?: string; text: string }

const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist']);

/** An error's code in words (`ENOENT` → `no such file or folder`), for people. */
const REASONS: Record<string, { en: string; zh: string }> = {
  ENOENT: { en: 'no such file or folder', zh: '文件或文件夹不存在' },
  EACCES: { en: 'permission denied', zh: '没有读取权限' },
  EPERM: { en: 'permission denied', zh: '没有读取权限' },
  EISDIR: { en: 'is a folder, not a file', zh: '是文件夹,不是文件' },
  ELOOP: { en: 'too many symbolic links (a loop)', zh: '符号链接过多(循环链接)' },
  ENOTDIR: { en: 'a part of the path is not a folder', zh: '路径中有一部分不是文件夹' },
  EMFILE: { en: 'too many open files', zh: '打开的文件过多' },
  NOT_A_FILE: { en: 'not a regular file (a FIFO, socket or device is not read)', zh: '不是普通文件(不读取 FIFO、套接字或设备)' },
};

/** Why `name` could not be read, in words: `plan.plan: no such file or folder`. */
export function readError(name: string, error: NodeJS.ErrnoException, locale: 'en' | 'zh-cn' = 'en'): string {
  const reason = error.code ? REASONS[error.code] : undefined;
  const text = reason ? (locale === 'zh-cn' ? reason.zh : reason.en) : (locale === 'zh-cn' ? `无法读取(${error.code ?? error.message})` : `cannot read (${error.code ?? error.message})`);
  return `${name}: ${text}`;
}

function notAFile(): NodeJS.ErrnoException {
  return Object.assign(new Error('not a regular file'), { code: 'NOT_A_FILE' });
}

/**
 * Every *.plan under `dir`, symbolic links followed (each real folder once, so a link
 * loop ends). A folder or file that cannot be read is an error for it alone: the rest
 * is still checked.
 */
function planFilesUnder(dir: string, errors: { path: string; error: NodeJS.ErrnoException }[], seen = new Set<string>()): string[] {
  const out: string[] = [];
  let entries: fs.Dirent[];
  try {
    const real = fs.realpathSync(dir);
    if (seen.has(real)) return out;
    seen.add(real);
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    errors.push({ path: dir, error: e as NodeJS.ErrnoException });
    return out;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = fs.statSync(full);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch (e) {
        if (entry.name.endsWith('.plan')) errors.push({ path: full, error: e as NodeJS.ErrnoException });
        continue;
      }
    }
    if (isDir) { if (!SKIP_DIRS.has(entry.name)) out.push(...planFilesUnder(full, errors, seen)); }
    else if (isFile && entry.name.endsWith('.plan')) out.push(full);
  }
  return out;
}

/** Expands arguments to inputs. Errors (missing files…) are collected, not thrown. */
export async function readInputs(args: string[], io: CliIO, locale: 'en' | 'zh-cn' = 'en'): Promise<{ inputs: Input[]; errors: string[] }> {
  const inputs: Input[] = [];
  const errors: string[] = [];
  const display = (file: string) => path.relative(io.cwd, file) || file;
  for (const arg of args) {
    if (arg === '-') { inputs.push({ name: '<stdin>', text: await io.readStdin() }); continue; }
    const full = path.resolve(io.cwd, arg);
    let stat: fs.Stats;
    try { stat = fs.statSync(full); } catch (e) { errors.push(readError(arg, e as NodeJS.ErrnoException, locale)); continue; }
    const failures: { path: string; error: NodeJS.ErrnoException }[] = [];
    const files = stat.isDirectory() ? planFilesUnder(full, failures) : [full];
    for (const f of failures) errors.push(readError(display(f.path), f.error, locale));
    if (stat.isDirectory() && !files.length && !failures.length) errors.push(locale === 'zh-cn' ? `${arg}: 此文件夹中没有 .plan 文件` : `${arg}: no .plan files in this folder`);
    for (const file of files) {
      try {
        // A FIFO or device would block the read: only regular files are read.
        if (!fs.statSync(file).isFile()) throw notAFile();
        inputs.push({ name: display(file), path: file, text: fs.readFileSync(file, 'utf8') });
      } catch (e) {
        errors.push(readError(file === full ? arg : display(file), e as NodeJS.ErrnoException, locale));
      }
    }
  }
  return { inputs, errors };
}

// Atomic writes live in the core, shared with the language server's export.
export { removeStaleTemporaries, writeAtomic, writeFolderAtomically, type FolderWriteHooks } from '../core/io/atomicWrite';

/**
 * Writes every file into `folder` or none (`writeFolderAtomically`); `shown` is the folder as the
 * command names it. A failure is an IOFailure that says no file was written.
 */
export function writeAllOrNone(folder: string, shown: string, files: { fileName: string; data: Uint8Array | string }[]): void {
  const parent = path.dirname(folder);
  if (!fs.existsSync(parent)) throw new IOFailure({ en: `folder ${path.dirname(shown)} does not exist`, zh: `文件夹 ${path.dirname(shown)} 不存在` });
  try { writeFolderAtomically(folder, files); } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new IOFailure({ en: `cannot write ${shown}: ${why}; no file was written`, zh: `无法写入 ${shown}：${why}；未写入任何文件` });
  }
}
