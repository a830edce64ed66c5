// `planmark format`: the formatter (config `format`) over files and folders, in place
// (atomically), or `--check` for CI.
import * as path from 'path';
import { loadConfigFile, loadConfigForFile, type LoadedConfig } from '../../core/config/load';
import { PlanParser } from '../../core/parse';
import { createPlanService, type PlanService } from '../../core/service';
import { applyEdits } from '../../core/text/edits';
import { localeFrom, parseArgs } from '../args';
import { readInputs, writeAtomic } from '../files';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UsageError, type CliIO } from '../io';

export const FORMAT_HELP = `Usage: planmark format <files|folders|-> [options]

Formats plan documents in place: Chinese punctuation full-width where Chinese text
surrounds it, one separator after item numbers, block labels in one form, no trailing
spaces, runs of blank lines collapsed, indentation removed (each a choice of "format" in
.planmark.json). Words, front-matter values and the 文号 never change. A file whose
outline formatting would change is left as it is. Files are written atomically; - reads
standard input and writes the result to standard output.

Options:
  --check              change nothing; list the files that would change
  --config FILE        use this configuration instead of the nearest .planmark.json
  --locale zh-cn|en    message language (default: from LANG)
  -h, --help           show this help

Exit status: 0 done (or, with --check, nothing to change), 1 with --check when a file
would change, 2 usage or I/O error.
`;

export const FORMAT_HELP_ZH = `用法：planmark format <文件|文件夹|-> [选项]

就地整理计划文档的格式：中文前后的标点改为全角，条目编号后统一一种分隔符，
分项标签统一写法，删除行尾空格，合并连续空行，删除缩进（各项均可在 .planmark.json
的 "format" 中选择）。文字、前置元数据的值和文号从不改变。整理会改变结构的文件
保持原样。文件原子写入；- 从标准输入读取，结果写到标准输出。

选项：
  --check              不做修改；列出将会改变的文件
  --config 文件        使用此配置，而不是最近的 .planmark.json
  --locale zh-cn|en    提示语言（默认：取自 LANG）
  -h, --help           显示此帮助

退出状态：0 完成（或使用 --check 时无需修改），1 使用 --check 时有文件将会改变，
2 用法或读写错误。
`;

export async function runFormat(argv: string[], io: CliIO): Promise<number> {
  const { positionals, options } = parseArgs(argv, ['config', 'locale'], ['help', 'check'], { h: 'help' });
  const zh = localeFrom(options.locale, io.env) === 'zh-cn';
  if (options.help) { io.stdout(zh ? FORMAT_HELP_ZH : FORMAT_HELP); return EXIT_OK; }
  if (!positionals.length) throw new UsageError({ en: 'no input: give files, folders or - for standard input', zh: '没有输入：请给出文件、文件夹，或用 - 表示标准输入' });
  const check = options.check === true;
  let fixedConfig: LoadedConfig | undefined;
  if (typeof options.config === 'string') {
    fixedConfig = loadConfigFile(path.resolve(io.cwd, options.config));
    if (fixedConfig.errors.some(e => e.code === 'unreadable' || e.code === 'not-a-file')) throw new UsageError({ en: `--config ${options.config}: cannot read the file`, zh: `--config ${options.config}:无法读取该文件` });
  }
  const { inputs, errors } = await readInputs(positionals, io, zh ? 'zh-cn' : 'en');
  for (const e of errors) io.stderr(`planmark: ${e}\n`);
  const services = new Map<string, PlanService>();
  const parser = new PlanParser();
  let changed = 0;
  for (const input of inputs) {
    const loaded = fixedConfig ?? loadConfigForFile(input.path ?? path.join(io.cwd, 'stdin.plan'));
    const key = loaded.file ?? '';
    let service = services.get(key);
    if (!service) services.set(key, service = createPlanService(loaded.config));
    const doc = parser.parse(input.text, { calendar: loaded.config.calendar });
    const edits = service.format(doc);
    const formatted = applyEdits(input.text, edits);
    if (!input.path) { if (!check) io.stdout(formatted); if (formatted !== input.text) changed++; continue; }
    if (formatted === input.text) continue;
    changed++;
    if (check) { io.stdout(`${input.name}\n`); continue; }
    try {
      writeAtomic(input.path, formatted);
      io.stderr(zh ? `${input.name}:已整理格式\n` : `${input.name}: formatted\n`);
    } catch (e) {
      const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      const message = zh ? `${input.name}:无法写入(${why})` : `${input.name}: cannot write (${why})`;
      errors.push(message);
      io.stderr(`planmark: ${message}\n`);
    }
  }
  if (check) io.stderr(zh ? `${inputs.length} 个文件:${changed} 个将会改变\n` : `${inputs.length} file(s): ${changed} would change\n`);
  if (errors.length) return EXIT_USAGE;
  return check && changed ? EXIT_PROBLEMS : EXIT_OK;
}
