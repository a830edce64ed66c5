// `planmark check`: lint files, folders or stdin.
import * as path from 'path';
import { loadConfigFile, type LoadedConfig } from '../../core/config/load';
import { inputConfig } from '../config';
import type { PlanDiagnostic } from '../../core/lint';
import { PlanParser } from '../../core/parse';
import { createPlanService, type PlanService } from '../../core/service';
import { localeFrom, parseArgs } from '../args';
import { asOfOption } from './tracking';
import { readInputs, writeAtomic } from '../files';
import { toSarif } from '../sarif';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UsageError, type CliIO } from '../io';

export const CHECK_HELP = `Usage: planmark check <files|folders|-> [options]

Checks plan documents and prints one line per problem:
  path:line:col severity CODE message

Folders are searched for *.plan files; - reads standard input.

Options:
  --format text|json|sarif
                       output format (default text); json is an array of
                       {file, line, column, endLine, endColumn, severity, code, message};
                       sarif is SARIF 2.1.0, for code-scanning views
  --fix                apply every unambiguous fix to the files (written atomically;
                       a file whose outline the fixes would change is left as it is),
                       say what changed, then report what is left
  --config FILE        use this configuration instead of the nearest .planmark.json
  --as-of YYYY-MM-DD   the date overdue checks count from (default: planmark.asOf, else today)
  --locale zh-cn|en    message language (default: from LANG)
  -h, --help           show this help

Exit status: 0 no errors, 1 errors found (in a plan or its .planmark.json),
2 usage or I/O error (a file or folder that cannot be read; the rest is checked).
`;

export const CHECK_HELP_ZH = `用法：planmark check <文件|文件夹|-> [选项]

检查计划文档，每个问题输出一行：
  路径:行:列 严重程度 代码 说明

在文件夹中查找 *.plan 文件；- 表示从标准输入读取。

选项：
  --format text|json|sarif
                       输出格式（默认 text）；json 为数组，每项为
                       {file, line, column, endLine, endColumn, severity, code, message}；
                       sarif 为 SARIF 2.1.0，供代码扫描视图使用
  --fix                对文件应用所有明确的修复（原子写入；修复会改变结构的文件
                       保持原样），说明改了什么，再报告剩余的问题
  --config 文件        使用此配置，而不是最近的 .planmark.json
  --as-of YYYY-MM-DD   逾期检查的起算日期（默认：planmark.asOf，否则为今天）
  --locale zh-cn|en    提示语言（默认：取自 LANG）
  -h, --help           显示此帮助

退出状态：0 没有错误，1 发现错误（在计划文档或其 .planmark.json 中），
2 用法或读写错误（无法读取的文件或文件夹；其余的照常检查）。
`;

/** Severity words of the text output in Chinese (JSON keeps the English ids). */
const SEVERITY_ZH: Record<PlanDiagnostic['severity'], string> = { error: '错误', warning: '警告', information: '提示', hint: '建议' };

// eslint-disable-next-line @typescript-eslint/no-var-requires
const VERSION: string = require('../../../package.json').version;

export interface JsonDiagnostic {
  file: string; line: number; column: number; endLine: number; endColumn: number;
  severity: PlanDiagnostic['severity']; code: string; message: string;
}

export async function runCheck(argv: string[], io: CliIO): Promise<number> {
  const { positionals, options } = parseArgs(argv, ['format', 'config', 'locale', 'as-of'], ['help', 'fix'], { h: 'help' });
  if (options.help) { io.stdout(localeFrom(options.locale, io.env) === 'zh-cn' ? CHECK_HELP_ZH : CHECK_HELP); return EXIT_OK; }
  const asOf = asOfOption(options['as-of']);
  const format = (options.format as string | undefined) ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError({ en: `unknown format "${format}" (use text, json or sarif)`, zh: `未知格式“${format}”(可用 text、json 或 sarif)` });
  const fix = options.fix === true;
  if (!positionals.length) throw new UsageError({ en: 'no input: give files, folders or - for standard input', zh: '没有输入：请给出文件、文件夹，或用 - 表示标准输入' });
  const locale = localeFrom(options.locale, io.env);

  let fixedConfig: LoadedConfig | undefined;
  if (typeof options.config === 'string') {
    fixedConfig = loadConfigFile(path.resolve(io.cwd, options.config));
    if (fixedConfig.errors.some(e => e.code === 'unreadable' || e.code === 'not-a-file')) throw new UsageError({ en: `--config ${options.config}: cannot read the file`, zh: `--config ${options.config}:无法读取该文件` });
  }
  const { inputs, errors } = await readInputs(positionals, io, locale);
  for (const e of errors) io.stderr(`planmark: ${e}\n`);

  const parser = new PlanParser();
  const services = new Map<string, PlanService>();
  const reportedConfigs = new Set<string>();
  let configErrors = 0;
  const all: JsonDiagnostic[] = [];
  for (const input of inputs) {
    const { loaded, newErrors } = inputConfig(io, input, locale, reportedConfigs, fixedConfig);
    configErrors += newErrors;
    const key = loaded.file ?? '';
    let service = services.get(key);
    if (!service) services.set(key, service = createPlanService(asOf ? { ...loaded.config, asOf } : loaded.config));
    let text = input.text;
    if (fix) {
      if (!input.path) throw new UsageError({ en: '--fix needs files or folders, not standard input', zh: '--fix 需要文件或文件夹，不能用于标准输入' });
      const result = service.fixAll(text, locale);
      if (!result.outlineKept) io.stderr(locale === 'zh-cn' ? `${input.name}:未修复：这些修复会改变文档结构\n` : `${input.name}: not fixed: the fixes would change the outline\n`);
      else if (result.text !== text) {
        try {
          writeAtomic(input.path, result.text);
          text = result.text;
          for (const a of result.applied) io.stderr(`${input.name}:${a.line + 1} ${locale === 'zh-cn' ? '已修复' : 'fixed'} ${a.code} ${a.title}\n`);
        } catch (e) {
          const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
          errors.push(locale === 'zh-cn' ? `${input.name}:无法写入(${why})` : `${input.name}: cannot write (${why})`);
          io.stderr(`planmark: ${errors[errors.length - 1]}\n`);
        }
      }
    }
    const doc = parser.parse(text, { calendar: loaded.config.calendar });
    for (const d of service.lint(doc, locale)) {
      all.push({
        file: input.name, line: d.range.start.line + 1, column: d.range.start.character + 1,
        endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1, severity: d.severity, code: d.code, message: d.message,
      });
    }
  }

  if (format === 'json') io.stdout(JSON.stringify(all, null, 2) + '\n');
  else if (format === 'sarif') io.stdout(JSON.stringify(toSarif(all, VERSION, locale), null, 2) + '\n');
  else {
    const words = locale === 'zh-cn' ? SEVERITY_ZH : undefined;
    for (const d of all) io.stdout(`${d.file}:${d.line}:${d.column} ${words ? words[d.severity] : d.severity} ${d.code} ${d.message}\n`);
    const count = (s: string) => all.filter(d => d.severity === s).length;
    const [errs, warns, notes] = [count('error'), count('warning'), count('information') + count('hint')];
    io.stderr(locale === 'zh-cn'
      ? `${inputs.length} 个文件:${errs} 个错误,${warns} 个警告,${notes} 个提示\n`
      : `${inputs.length} file(s): ${errs} error(s), ${warns} warning(s), ${notes} note(s)\n`);
  }
  if (errors.length) return EXIT_USAGE;
  // A broken .planmark.json is an error too: the documents were checked with the defaults.
  return configErrors || all.some(d => d.severity === 'error') ? EXIT_PROBLEMS : EXIT_OK;
}
