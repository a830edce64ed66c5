// `planmark outline`: the document tree as text or JSON.
import { outlineJson, outlineText } from '../../core/features/outlineJson';
import { parsePlan } from '../../core/parse';
import { inputConfig } from '../config';
import * as fs from 'fs';
import * as path from 'path';
import { localeFrom, parseArgs } from '../args';
import { readInputs } from '../files';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from '../io';

export const OUTLINE_HELP = `Usage: planmark outline <file|folder|-> [--format text|json]

Prints the structure of a plan: parts, sections, subsections, items (with their
units, lead unit and deadline), sub-items and blocks. Given a folder, it outlines
every *.plan in it, each after a line \`== path ==\` (JSON: an array of
{file, outline}).

Options:
  --format text|json   output format (default text). JSON: {title, meta, children}
                       with nodes {kind, number, marker, title, line, children};
                       items add units, lead, deadline; blocks add label, text.
  --locale zh-cn|en    message language (default: from LANG)
  -h, --help           show this help
`;

export async function runOutline(argv: string[], io: CliIO): Promise<number> {
  const { positionals, options } = parseArgs(argv, ['format', 'locale'], ['help'], { h: 'help' });
  if (options.help) { io.stdout(OUTLINE_HELP); return EXIT_OK; }
  const format = (options.format as string | undefined) ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`unknown format "${format}" (use text or json)`);
  if (positionals.length !== 1) throw new UsageError('give exactly one file or folder (or - for standard input)');
  const locale = localeFrom(options.locale, io.env);
  const { inputs, errors } = await readInputs(positionals, io, locale);
  for (const e of errors) io.stderr(`planmark: ${e}\n`);
  if (!inputs.length) return EXIT_USAGE;
  const arg = positionals[0];
  let folder = false;
  try { folder = arg !== '-' && fs.statSync(path.resolve(io.cwd, arg)).isDirectory(); } catch { /* reported above */ }
  // Deadlines are read with the calendar of each plan's .planmark.json.
  const reported = new Set<string>();
  const parse = (i: typeof inputs[number]) => parsePlan(i.text, { calendar: inputConfig(io, i, locale, reported).loaded.config.calendar });
  if (!folder) {
    const doc = parse(inputs[0]);
    io.stdout(format === 'json' ? JSON.stringify(outlineJson(doc), null, 2) + '\n' : outlineText(doc));
  } else if (format === 'json') {
    io.stdout(JSON.stringify(inputs.map(i => ({ file: i.name, outline: outlineJson(parse(i)) })), null, 2) + '\n');
  } else {
    io.stdout(inputs.map(i => `== ${i.name} ==\n${outlineText(parse(i))}`).join('\n'));
  }
  return errors.length ? EXIT_USAGE : EXIT_OK;
}
