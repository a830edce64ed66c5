// `planmark import <file|-> [-o OUT.plan] [--force] [--keep-noise]`: a Word file, a
// saved web page or pasted text → a clean plan. Without -o the plan goes to stdout
// and the summary of what was removed or moved to stderr.
import * as fs from 'fs';
import * as path from 'path';
import { formatReport, ImportLimitError, importPlan } from '../../core/import';
import { localeFrom } from '../args';
import { readError } from '../files';
import { writeAtomic } from '../files';
import { EXIT_OK, EXIT_USAGE, type CliIO } from '../io';

export const IMPORT_USAGE = `Usage: planmark import <file|-> [-o OUT.plan] [--force] [--keep-noise]

Turns a .txt (UTF-8 or GB18030/GBK), .html/.htm or .docx file, or standard input (-),
into a clean .plan: drops web-page chrome, moves disclosure headers and the notice
wrapper into front matter, splits one-line documents, joins hard wraps.

Options:
  -o, --output OUT.plan  write the plan to OUT.plan (default: standard output)
  -f, --force            overwrite OUT.plan if it exists
  --keep-noise           keep removed lines as // comments instead of dropping them
  --locale zh-cn|en      message language (default: from LANG)
  -h, --help             show this help

The summary of what was removed or moved goes to standard error, one line each:
  <input line>  <action>  <reason>: <text>
`;

interface Args { file?: string; output?: string; force: boolean; keepNoise: boolean; help: boolean; locale?: string }

function parseArgs(argv: string[]): Args | string {
  const args: Args = { force: false, keepNoise: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') args.help = true;
    else if (a === '-f' || a === '--force') args.force = true;
    else if (a === '--keep-noise') args.keepNoise = true;
    else if (a === '-o' || a === '--output') {
      const v = argv[++i];
      if (!v) return `${a} needs a file name`;
      args.output = v;
    } else if (a.startsWith('--output=')) args.output = a.slice('--output='.length);
    else if (a === '--locale') {
      const v = argv[++i];
      if (!v) return `${a} needs a value`;
      args.locale = v;
    } else if (a.startsWith('--locale=')) args.locale = a.slice('--locale='.length);
    else if (a.startsWith('-') && a !== '-') return `unknown option ${a}`;
    else if (args.file === undefined) args.file = a;
    else return `unexpected argument ${a}`;
  }
  return args;
}

export async function runImport(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') {
    io.stderr(`planmark import: ${parsed}\n${IMPORT_USAGE}`);
    return EXIT_USAGE;
  }
  if (parsed.help) {
    io.stdout(IMPORT_USAGE);
    return EXIT_OK;
  }
  if (!parsed.file) {
    io.stderr(`planmark import: no input file (use - for standard input)\n${IMPORT_USAGE}`);
    return EXIT_USAGE;
  }
  let locale: 'en' | 'zh-cn';
  try {
    locale = localeFrom(parsed.locale, io.env);
  } catch (e) {
    io.stderr(`planmark import: ${(e as Error).message}\n`);
    return EXIT_USAGE;
  }
  const outPath = parsed.output ? path.resolve(io.cwd, parsed.output) : undefined;
  if (outPath && fs.existsSync(outPath) && !parsed.force) {
    io.stderr(locale === 'zh-cn' ? `planmark import: ${parsed.output} 已存在(使用 --force 覆盖)\n` : `planmark import: ${parsed.output} exists; use --force to overwrite it\n`);
    return EXIT_USAGE;
  }

  let result;
  try {
    if (parsed.file === '-') {
      result = await importPlan({ text: await io.readStdin() }, { keepNoise: parsed.keepNoise });
    } else {
      const inPath = path.resolve(io.cwd, parsed.file);
      let bytes: Uint8Array;
      try {
        // A FIFO or device would block the read: only regular files are read.
        if (!fs.statSync(inPath).isFile()) throw Object.assign(new Error('not a regular file'), { code: fs.statSync(inPath).isDirectory() ? 'EISDIR' : 'NOT_A_FILE' });
        bytes = fs.readFileSync(inPath);
      } catch (e) {
        io.stderr(`planmark import: ${readError(parsed.file, e as NodeJS.ErrnoException, locale)}\n`);
        return EXIT_USAGE;
      }
      result = await importPlan({ bytes, fileName: parsed.file }, { keepNoise: parsed.keepNoise });
    }
  } catch (e) {
    const why = e instanceof ImportLimitError ? e.format(locale) : (e as Error).message;
    io.stderr(locale === 'zh-cn' ? `planmark import: 无法导入 ${parsed.file}:${why}\n` : `planmark import: cannot import ${parsed.file}: ${why}\n`);
    return EXIT_USAGE;
  }

  const source = parsed.file === '-' ? 'stdin' : parsed.file;
  const how = [result.format, result.encoding].filter(Boolean).join(', ');
  const summary = `planmark import: ${source} (${how})\n${formatReport(result.report, locale)}`;
  if (outPath) {
    try {
      writeAtomic(outPath, result.text);
    } catch (e) {
      io.stderr(locale === 'zh-cn' ? `planmark import: 无法写入 ${parsed.output}:${(e as Error).message}\n` : `planmark import: cannot write ${parsed.output}: ${(e as Error).message}\n`);
      return EXIT_USAGE;
    }
    io.stderr(summary + (locale === 'zh-cn' ? `已写入 ${parsed.output}\n` : `wrote ${parsed.output}\n`));
  } else {
    io.stdout(result.text);
    io.stderr(summary);
  }
  return EXIT_OK;
}
