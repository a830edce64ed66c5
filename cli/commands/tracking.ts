// The 督办 side of the CLI: `planmark export --to ledger|ics` (the 督办台账 and the deadlines
// as a calendar) and `planmark merge <plan> <returned ledgers…>` (状态 and 完成情况 back into
// the plan, conflicts reported, written atomically and only with --force or -o).
import * as fs from 'fs';
import * as path from 'path';
import { loadConfigFile, loadConfigForFile, type LoadedConfig } from '../../core/config/load';
import type { ResolvedConfig } from '../../core/config/types';
import { asOfDate } from '../../core/domain/progress';
import { parsePlan } from '../../core/parse';
import { argvLocale, localeFrom, parseArgs } from '../args';
import { writeAllOrNone, writeAtomic } from '../files';
import { CliError, errorText, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, IOFailure, UsageError, type CliIO } from '../io';

/** The formats `export` hands to this module. */
export const TRACKING_FORMATS = ['ledger', 'ics'] as const;

export const LEDGER_HELP = `Usage: planmark export <file> --to ledger|ics [options]

  ledger  the 督办台账 (XLSX): 序号, 工作任务, 牵头单位, 配合单位, 完成时限, 截止日期,
          状态, 完成情况, 逾期天数, with status colours and a 汇总 sheet per unit
  ics     the deadlines as an iCalendar file (one all-day event per milestone)

Options:
  --unit NAME          (ledger) the ledger of one unit, 状态/完成情况 left to fill
  --all-units          (ledger) one ledger per unit, in a folder (-o names the folder)
  --as-of YYYY-MM-DD   the date 逾期天数 counts from (default: planmark.asOf, else today)
  -o, --out PATH       output file (default: next to the input)
  -f, --force          overwrite existing files
  --config FILE        configuration (default: nearest .planmark.json)
  --locale zh-cn|en    message language (default: from LANG)
`;

export const MERGE_HELP = `Usage: planmark merge <plan> <returned.xlsx|returned.csv …> [options]

Reads the ledgers units filled in (planmark export --to ledger --all-units) and writes their
状态 and 完成情况 into the plan's items, matched by 序号 and 工作任务. A row that matches no
item, a title that changed, or units disagreeing on a task is a conflict in the report and is
not merged. Without --force or -o nothing is written: the report says what would change.

Options:
  -o, --out FILE       write the merged plan to FILE (refused if it exists, unless --force)
  -f, --force          write the merged plan over the input (atomically)
  --report FILE        also write the report (Markdown) to FILE
  --config FILE        configuration (statuses; default: nearest .planmark.json)
  --locale zh-cn|en    report language (default: from LANG)

Exit status: 0 merged (or nothing to merge), 1 conflicts were reported, 2 usage or I/O error.
`;

export const LEDGER_HELP_ZH = `用法：planmark export <文件> --to ledger|ics [选项]

  ledger  督办台账（XLSX）：序号、工作任务、牵头单位、配合单位、完成时限、截止日期、
          状态、完成情况、逾期天数，带状态颜色，并按单位生成汇总表
  ics     把完成时限写成 iCalendar 文件（每个时间节点一个全天事件）

选项：
  --unit 名称          （ledger）某一单位的台账，状态/完成情况留待填写
  --all-units          （ledger）每个单位一份台账，写入一个文件夹（-o 指定文件夹）
  --as-of YYYY-MM-DD   逾期天数的起算日期（默认：planmark.asOf，否则为今天）
  -o, --out 路径       输出文件（默认：与输入文件同目录）
  -f, --force          覆盖已有文件
  --config 文件        配置（默认：最近的 .planmark.json）
  --locale zh-cn|en    提示语言（默认：取自 LANG）
`;

export const MERGE_HELP_ZH = `用法：planmark merge <计划文档> <回收的.xlsx|回收的.csv …> [选项]

读取各单位填好的台账（planmark export --to ledger --all-units），按序号和工作任务匹配，
把其中的状态和完成情况写入计划文档的条目。匹配不到条目的行、标题已改变的行，或各单位
对同一任务说法不一，都作为冲突列入报告，不予合并。没有 --force 或 -o 时不写入任何文件：
报告说明将会改变什么。

选项：
  -o, --out 文件       把合并后的计划写入该文件（已存在时拒绝，除非使用 --force）
  -f, --force          把合并后的计划写回输入文件（原子写入）
  --report 文件        同时把报告（Markdown）写入该文件
  --config 文件        配置（状态列表；默认：最近的 .planmark.json）
  --locale zh-cn|en    报告语言（默认：取自 LANG）

退出状态：0 已合并（或没有可合并的内容），1 报告了冲突，2 用法或读写错误。
`;


/** A --as-of value, checked; undefined when not given. */
export function asOfOption(value: string | boolean | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new UsageError({ en: `--as-of needs a date written YYYY-MM-DD (got ${String(value)})`, zh: `--as-of 需要 YYYY-MM-DD 格式的日期(收到 ${String(value)})` });
  }
  return value;
}

/** True when `export` argv asks for a format of this module. */
export function isTrackingExport(argv: readonly string[]): boolean {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a === '--to' || a === '-t' ? argv[i + 1] : a.startsWith('--to=') ? a.slice(5) : undefined;
    if (v && (TRACKING_FORMATS as readonly string[]).includes(v.toLowerCase())) return true;
  }
  return false;
}

function display(io: CliIO, file: string): string {
  const rel = path.relative(io.cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

function readPlan(io: CliIO, arg: string): { file: string; text: string } {
  const file = path.resolve(io.cwd, arg);
  let stat: fs.Stats;
  try { stat = fs.statSync(file); } catch { throw new IOFailure({ en: `${arg}: no such file`, zh: `${arg}:文件不存在` }); }
  if (stat.isDirectory()) throw new IOFailure({ en: `${arg} is a folder; give one .plan file`, zh: `${arg} 是文件夹；请给出一个 .plan 文件` });
  try { return { file, text: fs.readFileSync(file, 'utf8') }; } catch (e) { throw new IOFailure({ en: `${arg}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, zh: `${arg}:无法读取(${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` }); }
}

function configFor(io: CliIO, option: string | boolean | undefined, file: string): ResolvedConfig {
  let loaded: LoadedConfig;
  if (typeof option === 'string') {
    loaded = loadConfigFile(path.resolve(io.cwd, option));
    if (loaded.errors.some(e => e.code === 'unreadable' || e.code === 'not-a-file')) throw new UsageError({ en: `--config ${option}: cannot read the file`, zh: `--config ${option}:无法读取该文件` });
  } else loaded = loadConfigForFile(file);
  return loaded.config;
}

function refuseExisting(io: CliIO, target: string, force: boolean): void {
  let stat: fs.Stats | undefined;
  try { stat = fs.statSync(target); } catch { return; }
  if (stat.isDirectory()) throw new IOFailure({ en: `${display(io, target)} is a folder`, zh: `${display(io, target)} 是文件夹` });
  if (!force) throw new IOFailure({ en: `${display(io, target)} already exists (use --force to overwrite)`, zh: `${display(io, target)} 已存在(使用 --force 覆盖)` });
}

function write(io: CliIO, target: string, data: Uint8Array | string): void {
  if (!fs.existsSync(path.dirname(target))) throw new IOFailure({ en: `folder ${display(io, path.dirname(target))} does not exist`, zh: `文件夹 ${display(io, path.dirname(target))} 不存在` });
  try { writeAtomic(target, data); } catch (e) { throw new IOFailure({ en: `cannot write ${display(io, target)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, zh: `无法写入 ${display(io, target)}:${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` }); }
}

async function guarded(name: string, argv: readonly string[], io: CliIO, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof CliError) { io.stderr(errorText(name, e, argvLocale(argv, io.env))); return EXIT_USAGE; }
    throw e;
  }
}

/** `planmark export <plan> --to ledger|ics`. */
export function runTrackingExport(argv: string[], io: CliIO): Promise<number> {
  return guarded('export', argv, io, async () => {
    const { positionals, options } = parseArgs(argv, ['to', 'out', 'unit', 'config', 'locale', 'as-of'], ['all-units', 'force', 'help'], { o: 'out', f: 'force', h: 'help', t: 'to' });
    const zh = localeFrom(options.locale, io.env) === 'zh-cn';
    if (options.help) { io.stdout(zh ? LEDGER_HELP_ZH : LEDGER_HELP); return EXIT_OK; }
    if (positionals.length !== 1) throw new UsageError(positionals.length ? { en: `one input file at a time (got ${positionals.length})`, zh: `一次只能处理一个输入文件(收到 ${positionals.length} 个)` } : { en: 'no input: give one .plan file', zh: '没有输入：请给出一个 .plan 文件' });
    const format = String(options.to).toLowerCase() as typeof TRACKING_FORMATS[number];
    const unit = typeof options.unit === 'string' ? options.unit : undefined;
    const allUnits = options['all-units'] === true;
    if (format === 'ics' && (unit !== undefined || allUnits)) throw new UsageError({ en: '--unit and --all-units go with --to ledger', zh: '--unit 和 --all-units 只用于 --to ledger' });
    if (unit !== undefined && allUnits) throw new UsageError({ en: 'use --unit NAME or --all-units, not both', zh: '请使用 --unit 名称 或 --all-units，不能同时使用' });
    const force = options.force === true;
    const outArg = typeof options.out === 'string' ? options.out : undefined;
    if (outArg === '-') throw new UsageError({ en: `-o - (standard output) is not for --to ${format}`, zh: `-o -(标准输出)不能用于 --to ${format}` });
    const { file, text } = readPlan(io, positionals[0]);
    const config = configFor(io, options.config, file);
    const asOf = asOfDate(asOfOption(options['as-of']) ?? config.asOf);
    const doc = parsePlan(text, { calendar: config.calendar });
    const base = path.basename(file).replace(/\.[^.]+$/, '');
    const dir = path.dirname(file);
    if (format === 'ics') {
      const { exportIcs } = await import('../../core/exports/ics');
      const target = path.resolve(io.cwd, outArg ?? path.join(dir, `${base}.ics`));
      refuseExisting(io, target, force);
      write(io, target, await exportIcs(doc));
      io.stderr(zh ? `已写入 ${display(io, target)}\n` : `wrote ${display(io, target)}\n`);
      return EXIT_OK;
    }
    const { exportLedger, exportUnitLedgers } = await import('../../core/exports/ledger');
    const { emptyReport } = await import('../../core/exports/report');
    const report = emptyReport();
    const opts = { asOf, statuses: config.statuses, report };
    const sayRemoved = () => {
      if (report.removedCharacters) io.stderr(zh ? `${display(io, file)}：已删除 ${report.removedCharacters} 个 XML 无法容纳的字符\n` : `${display(io, file)}: removed ${report.removedCharacters} character(s) that XML cannot hold\n`);
    };
    if (unit !== undefined || allUnits) {
      const files = await exportUnitLedgers(doc, { ...opts, unit });
      if (!files.length) throw new IOFailure(unit !== undefined ? { en: `unit "${unit}" is not named in ${display(io, file)}`, zh: `${display(io, file)} 中没有单位“${unit}”` } : { en: `${display(io, file)} names no units`, zh: `${display(io, file)} 中没有写明单位` });
      if (allUnits) {
        const folder = path.resolve(io.cwd, outArg ?? path.join(dir, `${base}-台账`));
        if (fs.existsSync(folder) && !fs.statSync(folder).isDirectory()) throw new IOFailure({ en: `${display(io, folder)} is not a folder`, zh: `${display(io, folder)} 不是文件夹` });
        const targets = files.map(f => path.join(folder, f.fileName));
        for (const t of targets) refuseExisting(io, t, force); // refuse before writing any
        // All the ledgers or none: a temporary folder beside the target, then renamed into place.
        writeAllOrNone(folder, display(io, folder), files);
        io.stderr(zh ? `已写入 ${display(io, folder)}${path.sep} (${files.length})\n` : `wrote ${display(io, folder)}${path.sep} (${files.length})\n`);
      } else {
        const target = path.resolve(io.cwd, outArg ?? path.join(dir, `${base}.${files[0].fileName}`));
        refuseExisting(io, target, force);
        write(io, target, files[0].data);
        io.stderr(zh ? `已写入 ${display(io, target)}\n` : `wrote ${display(io, target)}\n`);
      }
      sayRemoved();
      return EXIT_OK;
    }
    const target = path.resolve(io.cwd, outArg ?? path.join(dir, `${base}.台账.xlsx`));
    refuseExisting(io, target, force);
    write(io, target, await exportLedger(doc, opts));
    io.stderr(zh ? `已写入 ${display(io, target)}(截至 ${asOf})\n` : `wrote ${display(io, target)} (as of ${asOf})\n`);
    sayRemoved();
    return EXIT_OK;
  });
}

/** `planmark merge <plan> <returned…>`. */
export function runMerge(argv: string[], io: CliIO): Promise<number> {
  return guarded('merge', argv, io, async () => {
    const { positionals, options } = parseArgs(argv, ['out', 'config', 'locale', 'report'], ['force', 'help'], { o: 'out', f: 'force', h: 'help' });
    if (options.help) { io.stdout(localeFrom(options.locale, io.env) === 'zh-cn' ? MERGE_HELP_ZH : MERGE_HELP); return EXIT_OK; }
    if (positionals.length < 2) throw new UsageError({ en: 'give the plan and at least one returned ledger (.xlsx or .csv)', zh: '请给出计划文档和至少一个回收的台账(.xlsx 或 .csv)' });
    const locale = localeFrom(options.locale, io.env);
    const [planArg, ...ledgerArgs] = positionals;
    const { file, text } = readPlan(io, planArg);
    const config = configFor(io, options.config, file);
    const { readReturnedLedger, LedgerReadError } = await import('../../core/progress/readLedger');
    const { mergeLedgers, mergeReport } = await import('../../core/progress/merge');
    const ledgers = [];
    for (const arg of ledgerArgs) {
      const p = path.resolve(io.cwd, arg);
      let data: Uint8Array;
      try { data = fs.readFileSync(p); } catch (e) { throw new IOFailure({ en: `${arg}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, zh: `${arg}:无法读取(${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` }); }
      try { ledgers.push(await readReturnedLedger(display(io, p), data)); } catch (e) {
        if (e instanceof LedgerReadError) throw new IOFailure({ en: e.message, zh: e.reason === 'not-a-ledger' ? `${e.source}:没有含“序号”“工作任务”及“状态”或“完成情况”列的工作表` : `${e.source}:无法读取` });
        throw e;
      }
    }
    const result = mergeLedgers(text, ledgers, config.statuses);
    const report = mergeReport(result, ledgers.length, locale);
    io.stdout(report);
    if (typeof options.report === 'string') {
      const r = path.resolve(io.cwd, options.report);
      refuseExisting(io, r, options.force === true);
      write(io, r, report);
    }
    const outArg = typeof options.out === 'string' ? options.out : undefined;
    if (outArg) {
      const target = path.resolve(io.cwd, outArg);
      if (target === file && options.force !== true) throw new IOFailure({ en: `-o names the plan itself: use --force to write over it`, zh: `-o 指向计划文档本身：使用 --force 覆盖它` });
      refuseExisting(io, target, options.force === true);
      write(io, target, result.text);
      io.stderr(locale === 'zh-cn' ? `已写入 ${display(io, target)}\n` : `wrote ${display(io, target)}\n`);
    } else if (options.force === true) {
      if (result.text !== text) { write(io, file, result.text); io.stderr(locale === 'zh-cn' ? `已写入 ${display(io, file)}\n` : `wrote ${display(io, file)}\n`); }
      else io.stderr(locale === 'zh-cn' ? `${display(io, file)}:未改变\n` : `${display(io, file)}: unchanged\n`);
    } else if (result.changes.length) {
      io.stderr(locale === 'zh-cn' ? `未写入任何文件：使用 --force 更新 ${display(io, file)}，或用 -o 文件\n` : `nothing written: use --force to update ${display(io, file)}, or -o FILE\n`);
    }
    return result.conflicts.length ? EXIT_PROBLEMS : EXIT_OK;
  });
}
