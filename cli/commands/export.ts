// `planmark export`: write a plan as DOCX, XLSX, CSV, HTML, Markdown or JSON, or per-unit lists.
import * as fs from 'fs';
import * as path from 'path';
import { loadConfigFile, loadConfigForFile, type LoadedConfig } from '../../core/config/load';
import { EXPORT_FORMATS, exportDocument, exportUnitLists, formatInfo, taskTableOf, UnitNotFoundError, UNIT_LIST_FORMATS, type ExportFormat, type UnitListFormat } from '../../core/exports';
import type { PlanDiagnostic } from '../../core/lint';
import { parsePlan } from '../../core/parse';
import type { PlanDocument } from '../../core/model';
import { createPlanService } from '../../core/service';
import { localeFrom, parseArgs } from '../args';
import { readError, writeAtomic, writeFolderAtomically } from '../files';
import { emptyReport } from '../../core/exports/report';
import { isTrackingExport, runTrackingExport } from './tracking';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UsageError, type CliIO } from '../io';

const FORMAT_IDS = EXPORT_FORMATS.map(f => f.id);

export const EXPORT_HELP = `Usage: planmark export <file> --to ${FORMAT_IDS.join('|')} [options]

Writes the plan in another format:
${EXPORT_FORMATS.map(f => `  ${f.id.padEnd(4)}  ${f.description.en}`).join('\n')}

Per-unit lists (what a unit leads and joins), with --to ${UNIT_LIST_FORMATS.join(', ')}:
  --unit NAME          the list of one unit
  --all-units          one file per unit, in a folder (-o names the folder); all
                       the files are written or none. A unit's aliases (built-in
                       and config units) share its list; a group name (各股室)
                       goes to its configured members or gets its own list, as
                       the setting unitListGroups says (default: expand)

Options:
  -o, --output PATH    output file (default: the input's name with the format's
                       extension, next to it; - writes text formats to stdout)
  -f, --force          overwrite existing files
  --config FILE        configuration for the problem count (default: nearest .planmark.json)
  --to ledger|ics      the 督办台账 or the deadlines as a calendar (planmark export --to ledger --help)
  --locale zh-cn|en    message language (default: from LANG)
  -h, --help           show this help

A document with errors still exports what it has; the command says how many
problems it found. Files are written atomically (temporary file, then rename).

Exit status: 0 exported, 1 exported but the document has errors, 2 usage or I/O
error, or nothing to export (a task table --to xlsx|csv of a plan without tasks).
`;

type Locale = 'en' | 'zh-cn';

const MESSAGES = {
  exists: { en: '{0} already exists (use --force to overwrite)', zh: '{0} 已存在(使用 --force 覆盖)' },
  wrote: { en: 'wrote {0}', zh: '已写入 {0}' },
  problems: { en: '{0}: {1} error(s), {2} warning(s) — exported what the document has', zh: '{0}:{1} 个错误,{2} 个警告(已按现有内容导出)' },
  clean: { en: '{0}: no errors', zh: '{0}:没有错误' },
  noRows: { en: '{0}: the document has no tasks (items or sections); the task table would be empty, nothing written', zh: '{0}:文档中没有任务(条目或章节),任务分解表为空,未写入文件' },
  unplaced: { en: '{0}: front matter not placed in the {2}: {1}', zh: '{0}：以下前置元数据未写入 {2}：{1}' },
  removed: { en: '{0}: removed {1} character(s) that XML cannot hold', zh: '{0}：已删除 {1} 个 XML 无法容纳的字符' },
  noUnits: { en: '{0}: the document names no units; nothing to export', zh: '{0}:文档中没有责任单位,无可导出的清单' },
} as const;

function msg(locale: Locale, key: keyof typeof MESSAGES, ...args: (string | number)[]): string {
  const template: string = locale === 'zh-cn' ? MESSAGES[key].zh : MESSAGES[key].en;
  return template.replace(/\{(\d+)\}/g, (_, n) => String(args[Number(n)]));
}

/** Thrown for I/O failures that should end the command with exit 2. */
class IOFailure extends Error {}

/** Writes atomically; an I/O failure ends the command with exit 2. */
function write(target: string, data: Uint8Array | string): void {
  try {
    writeAtomic(target, data);
  } catch (e) {
    throw new IOFailure(`cannot write ${target}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function refuseExisting(target: string, display: string, force: boolean, locale: Locale): void {
  let stat: fs.Stats | undefined;
  try { stat = fs.statSync(target); } catch { return; }
  if (stat.isDirectory()) throw new IOFailure(`${display} is a folder`);
  if (!force) throw new IOFailure(msg(locale, 'exists', display));
}

function display(io: CliIO, file: string): string {
  const rel = path.relative(io.cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

/** For tests: replace the checker (the rules are configured elsewhere). */
export interface ExportHooks {
  lint?: (doc: PlanDocument) => PlanDiagnostic[];
}

export async function runExport(argv: string[], io: CliIO, hooks: ExportHooks = {}): Promise<number> {
  if (isTrackingExport(argv)) return runTrackingExport(argv, io); // --to ledger | ics
  try {
    return await exportCommand(argv, io, hooks);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`planmark export: ${e.message}\nRun 'planmark export --help' for usage.\n`);
      return EXIT_USAGE;
    }
    if (e instanceof IOFailure) { io.stderr(`planmark export: ${e.message}\n`); return EXIT_USAGE; }
    throw e;
  }
}

async function exportCommand(argv: string[], io: CliIO, hooks: ExportHooks): Promise<number> {
  const { positionals, options } = parseArgs(argv, ['to', 'out', 'output', 'unit', 'config', 'locale'], ['all-units', 'force', 'help'], { o: 'output', f: 'force', h: 'help', t: 'to' });
  if (options.help) { io.stdout(EXPORT_HELP); return EXIT_OK; }
  const locale = localeFrom(options.locale, io.env);
  if (positionals.length === 0) throw new UsageError('no input: give one .plan file (or - for standard input)');
  if (positionals.length > 1) throw new UsageError(`one input file at a time (got ${positionals.length})`);
  const inputArg = positionals[0];
  // -o/--output as in import; --out is kept as an alias.
  const outArg = typeof options.output === 'string' ? options.output : typeof options.out === 'string' ? options.out : undefined;

  // format: --to, else the extension of -o
  let toArg = typeof options.to === 'string' ? options.to : undefined;
  if (!toArg && outArg && !options['all-units']) toArg = path.extname(outArg).slice(1) || undefined;
  if (!toArg) throw new UsageError(`say which format with --to ${FORMAT_IDS.join('|')}`);
  const info = formatInfo(toArg.toLowerCase());
  if (!info) throw new UsageError(`unknown format "${toArg}" (use ${FORMAT_IDS.join(', ')})`);
  const format = info.id;

  const unit = typeof options.unit === 'string' ? options.unit : undefined;
  const allUnits = options['all-units'] === true;
  if (unit !== undefined && allUnits) throw new UsageError('use --unit NAME or --all-units, not both');
  if ((unit !== undefined || allUnits) && !(UNIT_LIST_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`per-unit lists are written as ${UNIT_LIST_FORMATS.join(", ")} (not ${format})`);
  }
  if (unit !== undefined && !unit.trim()) throw new UsageError('--unit needs a unit name');
  if (outArg === '-' && (info.binary || allUnits)) throw new UsageError(`-o - (standard output) works for text formats only, not ${allUnits ? '--all-units' : format}`);
  if (inputArg === '-' && !outArg) throw new UsageError('reading standard input: say where to write with -o');
  const force = options.force === true;

  // input
  let text: string;
  let inputPath: string | undefined;
  if (inputArg === '-') text = await io.readStdin();
  else {
    inputPath = path.resolve(io.cwd, inputArg);
    let stat: fs.Stats;
    try { stat = fs.statSync(inputPath); } catch { throw new IOFailure(`${inputArg}: no such file`); }
    if (stat.isDirectory()) throw new IOFailure(`${inputArg} is a folder; give one .plan file`);
    // A FIFO or device would block the read: only regular files are read.
    if (!stat.isFile()) throw new IOFailure(readError(inputArg, Object.assign(new Error('not a file'), { code: 'NOT_A_FILE' }), locale));
    try { text = fs.readFileSync(inputPath, 'utf8'); } catch (e) { throw new IOFailure(readError(inputArg, e as NodeJS.ErrnoException, locale)); }
  }
  const inputName = inputPath ? display(io, inputPath) : '<stdin>';

  // problems, with the same configuration as `check`
  let loaded: LoadedConfig;
  if (typeof options.config === 'string') {
    loaded = loadConfigFile(path.resolve(io.cwd, options.config));
    if (loaded.errors.some(e => e.code === 'unreadable' || e.code === 'not-a-file')) throw new UsageError(`--config ${options.config}: cannot read the file`);
  } else loaded = loadConfigForFile(inputPath ?? path.join(io.cwd, 'stdin.plan'));
  const doc = parsePlan(text, { calendar: loaded.config.calendar });
  let diagnostics: PlanDiagnostic[] = [];
  try {
    diagnostics = hooks.lint ? hooks.lint(doc)
      : createPlanService(loaded.config).lint(doc, locale);
  } catch (e) {
    io.stderr(`planmark export: the checker failed (${(e as Error).message}); exporting anyway\n`);
  }
  const errors = diagnostics.filter(d => d.severity === 'error').length;
  const warnings = diagnostics.filter(d => d.severity === 'warning').length;

  const base = inputPath ? path.basename(inputPath).replace(/\.[^.]+$/, '') : 'plan';
  const dir = inputPath ? path.dirname(inputPath) : io.cwd;

  if (unit !== undefined || allUnits) {
    let files;
    try {
      files = await exportUnitLists(doc, format as UnitListFormat, { unit, units: loaded.config.units, groups: loaded.config.unitListGroups, ...loaded.config.docx });
    } catch (e) {
      if (e instanceof UnitNotFoundError) {
        const known = e.known.slice(0, 12).join('、') + (e.known.length > 12 ? '…' : '');
        throw new IOFailure(`unit "${e.unit}" is not named in ${inputName}${known ? ` (units: ${known})` : ''}`);
      }
      throw e;
    }
    if (!files.length) { io.stderr(msg(locale, 'noUnits', inputName) + '\n'); return EXIT_USAGE; }
    if (allUnits) {
      const folder = path.resolve(io.cwd, outArg ?? path.join(dir, `${base}-units`));
      if (fs.existsSync(folder) && !fs.statSync(folder).isDirectory()) throw new IOFailure(`${display(io, folder)} is not a folder`);
      const targets = files.map(f => path.join(folder, f.fileName));
      for (const t of targets) refuseExisting(t, display(io, t), force, locale); // refuse before writing any
      if (!fs.existsSync(path.dirname(folder))) throw new IOFailure(`folder ${display(io, path.dirname(folder))} does not exist`);
      // All the files or none: a temporary folder beside the target, then renamed into place.
      try { writeFolderAtomically(folder, files); } catch (e) { throw new IOFailure(`cannot write ${display(io, folder)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}; no file was written`); }
      io.stderr(msg(locale, 'wrote', `${display(io, folder)}${path.sep} (${files.length})`) + '\n');
    } else {
      const target = outArg === '-' ? '-' : path.resolve(io.cwd, outArg ?? path.join(dir, `${base}.${files[0].fileName}`));
      writeOne(io, target, files[0].data, force, locale);
    }
  } else {
    const target = outArg === '-' ? '-' : path.resolve(io.cwd, outArg ?? path.join(dir, `${base}.${info.extension}`));
    if (inputPath && target === inputPath) throw new IOFailure(`refusing to overwrite the input ${inputName}`);
    if ((format === 'xlsx' || format === 'csv') && !taskTableOf(doc).length) { io.stderr(msg(locale, 'noRows', inputName) + '\n'); return EXIT_USAGE; }
    const problems = format === 'json' ? diagnostics.map(d => ({ code: d.code, severity: d.severity, message: d.message, range: d.range })) : undefined;
    const report = emptyReport();
    const data = await exportDocument(doc, format as ExportFormat, { source: inputPath ? path.basename(inputPath) : undefined, problems, ...loaded.config.docx, report });
    writeOne(io, target, data, force, locale);
    if (report.unplacedKeys.length) io.stderr(msg(locale, 'unplaced', inputName, report.unplacedKeys.join(locale === 'zh-cn' ? '、' : ', '), info.extension) + '\n');
    if (report.removedCharacters) io.stderr(msg(locale, 'removed', inputName, report.removedCharacters) + '\n');
  }

  io.stderr((errors || warnings ? msg(locale, 'problems', inputName, errors, warnings) : msg(locale, 'clean', inputName)) + '\n');
  return errors ? EXIT_PROBLEMS : EXIT_OK;
}

function writeOne(io: CliIO, target: string, data: Uint8Array | string, force: boolean, locale: Locale): void {
  if (target === '-') { io.stdout(typeof data === 'string' ? data : Buffer.from(data).toString('utf8')); return; }
  const shown = display(io, target);
  refuseExisting(target, shown, force, locale);
  if (!fs.existsSync(path.dirname(target))) throw new IOFailure(`folder ${display(io, path.dirname(target))} does not exist`);
  write(target, data);
  io.stderr(msg(locale, 'wrote', shown) + '\n');
}
