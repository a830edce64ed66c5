// `planmark format`: the formatter (config `format`) over files and folders, in place
// (atomically), or `--check` for CI.
import * as path from 'path';
import { loadConfigFile, loadConfigForFile, type LoadedConfig } from '../../core/config/load';
import { PlanParser } from '../../core/parse';
import { createPlanService, type PlanService } from '../../core/service';
import { applyEdits } from '../../core/text/edits';
import { parseArgs } from '../args';
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
  -h, --help           show this help

Exit status: 0 done (or, with --check, nothing to change), 1 with --check when a file
would change, 2 usage or I/O error.
`;

export async function runFormat(argv: string[], io: CliIO): Promise<number> {
  const { positionals, options } = parseArgs(argv, ['config'], ['help', 'check'], { h: 'help' });
  if (options.help) { io.stdout(FORMAT_HELP); return EXIT_OK; }
  if (!positionals.length) throw new UsageError('no input: give files, folders or - for standard input');
  const check = options.check === true;
  let fixedConfig: LoadedConfig | undefined;
  if (typeof options.config === 'string') {
    fixedConfig = loadConfigFile(path.resolve(io.cwd, options.config));
    if (fixedConfig.errors.some(e => e.code === 'unreadable' || e.code === 'not-a-file')) throw new UsageError(`--config ${options.config}: cannot read the file`);
  }
  const { inputs, errors } = await readInputs(positionals, io);
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
      io.stderr(`${input.name}: formatted\n`);
    } catch (e) {
      const message = `${input.name}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
      errors.push(message);
      io.stderr(`planmark: ${message}\n`);
    }
  }
  if (check) io.stderr(`${inputs.length} file(s): ${changed} would change\n`);
  if (errors.length) return EXIT_USAGE;
  return check && changed ? EXIT_PROBLEMS : EXIT_OK;
}
