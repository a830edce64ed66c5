// `planmark import <file|-> [-o OUT.plan] [--force] [--keep-noise]`: a Word file, a
// saved web page or pasted text → a clean plan. Without -o the plan goes to stdout
// and the summary of what was removed or moved to stderr.
import * as fs from 'fs';
import * as path from 'path';
import { formatReport, ImportLimitError, importPlan } from '../../core/import';
import { argvLocale, localeFrom } from '../args';
import { readError } from '../files';
import { writeAtomic } from '../files';
import { errorText, EXIT_OK, EXIT_USAGE, type Bilingual, type CliError, type CliIO } from '../io';

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

export const IMPORT_USAGE_ZH = `用法：planmark import <文件|-> [-o 输出.plan] [--force] [--keep-noise]

把 .txt（UTF-8 或 GB18030/GBK）、.html/.htm 或 .docx 文件，或标准输入（-），转为整洁的
.plan：删除网页框架，把公开信息表头和通知外壳移入前置元数据，拆分单行文档，合并硬换行。

选项：
  -o, --output 输出.plan  把计划写入该文件（默认：标准输出）
  -f, --force            该文件已存在时覆盖
  --keep-noise           把删除的行保留为 // 注释，而不是删去
  --locale zh-cn|en      提示语言（默认：取自 LANG）
  -h, --help             显示此帮助

删除或移动了什么写到标准错误，每项一行：
  <输入行>  <操作>  <原因>:<文字>
`;

interface Args { file?: string; output?: string; force: boolean; keepNoise: boolean; help: boolean; locale?: string }

function parseArgs(argv: string[]): Args | Bilingual {
  const args: Args = { force: false, keepNoise: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') args.help = true;
    else if (a === '-f' || a === '--force') args.force = true;
    else if (a === '--keep-noise') args.keepNoise = true;
    else if (a === '-o' || a === '--output') {
      const v = argv[++i];
      if (!v) return { en: `${a} needs a file name`, zh: `${a} 需要一个文件名` };
      args.output = v;
    } else if (a.startsWith('--output=')) args.output = a.slice('--output='.length);
    else if (a === '--locale') {
      const v = argv[++i];
      if (!v) return { en: `${a} needs a value`, zh: `${a} 需要一个值` };
      args.locale = v;
    } else if (a.startsWith('--locale=')) args.locale = a.slice('--locale='.length);
    else if (a.startsWith('-') && a !== '-') return { en: `unknown option ${a}`, zh: `未知选项 ${a}` };
    else if (args.file === undefined) args.file = a;
    else return { en: `unexpected argument ${a}`, zh: `多余的参数 ${a}` };
  }
  return args;
}

export async function runImport(argv: string[], io: CliIO): Promise<number> {
  // Messages before the flags are read (and about them) follow --locale anywhere in argv, else LANG.
  const early = argvLocale(argv, io.env);
  const usage = (l: 'en' | 'zh-cn') => (l === 'zh-cn' ? IMPORT_USAGE_ZH : IMPORT_USAGE);
  const parsed = parseArgs(argv);
  if (!('force' in parsed)) {
    io.stderr(`planmark import: ${early === 'zh-cn' ? parsed.zh : parsed.en}\n${usage(early)}`);
    return EXIT_USAGE;
  }
  let locale: 'en' | 'zh-cn';
  try {
    locale = localeFrom(parsed.locale, io.env);
  } catch (e) {
    io.stderr(errorText('import', e as CliError, early));
    return EXIT_USAGE;
  }
  if (parsed.help) {
    io.stdout(usage(locale));
    return EXIT_OK;
  }
  if (!parsed.file) {
    io.stderr(`planmark import: ${locale === 'zh-cn' ? '没有输入文件(用 - 表示标准输入)' : 'no input file (use - for standard input)'}\n${usage(locale)}`);
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
