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
  if (options.help) { io.stdout(CHECK_HELP); return EXIT_OK; }
  const asOf = asOfOption(options['as-of']);
  const format = (options.format as string | undefined) ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`unknown format "${format}" (use text, json or sarif)`);
  const fix = options.fix === true;
  if (!positionals.length) throw new UsageError('no input: give files, folders or - for standard input');
  const locale = localeFrom(options.locale, io.env);

  let fixedConfig: LoadedConfig | undefined;
  if (typeof options.config === 'string') {
    fixedConfig = loadConfigFile(path.resolve(io.cwd, options.config));
    if (fixedConfig.errors.some(e => e.code === 'unreadable' || e.code === 'not-a-file')) throw new UsageError(`--config ${options.config}: cannot read the file`);
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
      if (!input.path) throw new UsageError('--fix needs files or folders, not standard input');
      const result = service.fixAll(text, locale);
      if (!result.outlineKept) io.stderr(`${input.name}: not fixed: the fixes would change the outline\n`);
      else if (result.text !== text) {
        try {
          writeAtomic(input.path, result.text);
          text = result.text;
          for (const a of result.applied) io.stderr(`${input.name}:${a.line + 1} fixed ${a.code} ${a.title}\n`);
        } catch (e) {
          errors.push(`${input.name}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
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
