// The 督办 side of the CLI: `planmark export --to ledger|ics` (the 督办台账 and the deadlines
// as a calendar) and `planmark merge <plan> <returned ledgers…>` (状态 and 完成情况 back into
// the plan, conflicts reported, written atomically and only with --force or -o).
import * as fs from 'fs';
import * as path from 'path';
import { loadConfigFile, loadConfigForFile, type LoadedConfig } from '../../core/config/load';
import type { ResolvedConfig } from '../../core/config/types';
import { asOfDate } from '../../core/domain/progress';
import { parsePlan } from '../../core/parse';
import { localeFrom, parseArgs } from '../args';
import { writeAtomic } from '../files';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UsageError, type CliIO } from '../io';

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

class IOFailure extends Error {}

/** A --as-of value, checked; undefined when not given. */
export function asOfOption(value: string | boolean | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new UsageError(`--as-of needs a date written YYYY-MM-DD (got ${String(value)})`);
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
  try { stat = fs.statSync(file); } catch { throw new IOFailure(`${arg}: no such file`); }
  if (stat.isDirectory()) throw new IOFailure(`${arg} is a folder; give one .plan file`);
  try { return { file, text: fs.readFileSync(file, 'utf8') }; } catch (e) { throw new IOFailure(`${arg}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`); }
}

function configFor(io: CliIO, option: string | boolean | undefined, file: string): ResolvedConfig {
  let loaded: LoadedConfig;
  if (typeof option === 'string') {
    loaded = loadConfigFile(path.resolve(io.cwd, option));
    if (loaded.errors.some(e => e.code === 'unreadable' || e.code === 'not-a-file')) throw new UsageError(`--config ${option}: cannot read the file`);
  } else loaded = loadConfigForFile(file);
  return loaded.config;
}

function refuseExisting(io: CliIO, target: string, force: boolean): void {
  let stat: fs.Stats | undefined;
  try { stat = fs.statSync(target); } catch { return; }
  if (stat.isDirectory()) throw new IOFailure(`${display(io, target)} is a folder`);
  if (!force) throw new IOFailure(`${display(io, target)} already exists (use --force to overwrite)`);
}

function write(io: CliIO, target: string, data: Uint8Array | string): void {
  if (!fs.existsSync(path.dirname(target))) throw new IOFailure(`folder ${display(io, path.dirname(target))} does not exist`);
  try { writeAtomic(target, data); } catch (e) { throw new IOFailure(`cannot write ${display(io, target)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`); }
}

async function guarded(name: string, io: CliIO, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof UsageError) { io.stderr(`planmark ${name}: ${e.message}\nRun 'planmark ${name} --help' for usage.\n`); return EXIT_USAGE; }
    if (e instanceof IOFailure) { io.stderr(`planmark ${name}: ${e.message}\n`); return EXIT_USAGE; }
    throw e;
  }
}

/** `planmark export <plan> --to ledger|ics`. */
export function runTrackingExport(argv: string[], io: CliIO): Promise<number> {
  return guarded('export', io, async () => {
    const { positionals, options } = parseArgs(argv, ['to', 'out', 'unit', 'config', 'locale', 'as-of'], ['all-units', 'force', 'help'], { o: 'out', f: 'force', h: 'help', t: 'to' });
    if (options.help) { io.stdout(LEDGER_HELP); return EXIT_OK; }
    if (positionals.length !== 1) throw new UsageError(positionals.length ? `one input file at a time (got ${positionals.length})` : 'no input: give one .plan file');
    const format = String(options.to).toLowerCase() as typeof TRACKING_FORMATS[number];
    const unit = typeof options.unit === 'string' ? options.unit : undefined;
    const allUnits = options['all-units'] === true;
    if (format === 'ics' && (unit !== undefined || allUnits)) throw new UsageError('--unit and --all-units go with --to ledger');
    if (unit !== undefined && allUnits) throw new UsageError('use --unit NAME or --all-units, not both');
    const force = options.force === true;
    const outArg = typeof options.out === 'string' ? options.out : undefined;
    if (outArg === '-') throw new UsageError(`-o - (standard output) is not for --to ${format}`);
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
      io.stderr(`wrote ${display(io, target)}\n`);
      return EXIT_OK;
    }
    const { exportLedger, exportUnitLedgers } = await import('../../core/exports/ledger');
    const opts = { asOf, statuses: config.statuses };
    if (unit !== undefined || allUnits) {
      const files = await exportUnitLedgers(doc, { ...opts, unit });
      if (!files.length) throw new IOFailure(unit !== undefined ? `unit "${unit}" is not named in ${display(io, file)}` : `${display(io, file)} names no units`);
      if (allUnits) {
        const folder = path.resolve(io.cwd, outArg ?? path.join(dir, `${base}-台账`));
        if (fs.existsSync(folder) && !fs.statSync(folder).isDirectory()) throw new IOFailure(`${display(io, folder)} is not a folder`);
        const targets = files.map(f => path.join(folder, f.fileName));
        for (const t of targets) refuseExisting(io, t, force); // refuse before writing any
        fs.mkdirSync(folder, { recursive: true });
        files.forEach((f, i) => write(io, targets[i], f.data));
        io.stderr(`wrote ${display(io, folder)}${path.sep} (${files.length})\n`);
      } else {
        const target = path.resolve(io.cwd, outArg ?? path.join(dir, `${base}.${files[0].fileName}`));
        refuseExisting(io, target, force);
        write(io, target, files[0].data);
        io.stderr(`wrote ${display(io, target)}\n`);
      }
      return EXIT_OK;
    }
    const target = path.resolve(io.cwd, outArg ?? path.join(dir, `${base}.台账.xlsx`));
    refuseExisting(io, target, force);
    write(io, target, await exportLedger(doc, opts));
    io.stderr(`wrote ${display(io, target)} (as of ${asOf})\n`);
    return EXIT_OK;
  });
}

/** `planmark merge <plan> <returned…>`. */
export function runMerge(argv: string[], io: CliIO): Promise<number> {
  return guarded('merge', io, async () => {
    const { positionals, options } = parseArgs(argv, ['out', 'config', 'locale', 'report'], ['force', 'help'], { o: 'out', f: 'force', h: 'help' });
    if (options.help) { io.stdout(MERGE_HELP); return EXIT_OK; }
    if (positionals.length < 2) throw new UsageError('give the plan and at least one returned ledger (.xlsx or .csv)');
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
      try { data = fs.readFileSync(p); } catch (e) { throw new IOFailure(`${arg}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`); }
      try { ledgers.push(await readReturnedLedger(display(io, p), data)); } catch (e) {
        if (e instanceof LedgerReadError) throw new IOFailure(e.message);
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
      if (target === file && options.force !== true) throw new IOFailure(`-o names the plan itself: use --force to write over it`);
      refuseExisting(io, target, options.force === true);
      write(io, target, result.text);
      io.stderr(`wrote ${display(io, target)}\n`);
    } else if (options.force === true) {
      if (result.text !== text) { write(io, file, result.text); io.stderr(`wrote ${display(io, file)}\n`); }
      else io.stderr(`${display(io, file)}: unchanged\n`);
    } else if (result.changes.length) {
      io.stderr(`nothing written: use --force to update ${display(io, file)}, or -o FILE\n`);
    }
    return result.conflicts.length ? EXIT_PROBLEMS : EXIT_OK;
  });
}
