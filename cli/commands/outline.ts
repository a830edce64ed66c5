// `planmark outline`: the document tree as text or JSON.
import { outlineJson, outlineText } from '../../core/features/outlineJson';
import { parsePlan } from '../../core/parse';
import { parseArgs } from '../args';
import { readInputs } from '../files';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from '../io';

export const OUTLINE_HELP = `Usage: planmark outline <file|-> [--format text|json]

Prints the structure of a plan: parts, sections, subsections, items (with their
units, lead unit and deadline), sub-items and blocks.

Options:
  --format text|json   output format (default text). JSON: {title, meta, children}
                       with nodes {kind, number, marker, title, line, children};
                       items add units, lead, deadline; blocks add label, text.
  -h, --help           show this help
`;

export async function runOutline(argv: string[], io: CliIO): Promise<number> {
  const { positionals, options } = parseArgs(argv, ['format'], ['help'], { h: 'help' });
  if (options.help) { io.stdout(OUTLINE_HELP); return EXIT_OK; }
  const format = (options.format as string | undefined) ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`unknown format "${format}" (use text or json)`);
  if (positionals.length !== 1) throw new UsageError('give exactly one file (or - for standard input)');
  const { inputs, errors } = await readInputs(positionals, io);
  if (errors.length || !inputs.length) { for (const e of errors) io.stderr(`planmark: ${e}\n`); return EXIT_USAGE; }
  const doc = parsePlan(inputs[0].text);
  io.stdout(format === 'json' ? JSON.stringify(outlineJson(doc), null, 2) + '\n' : outlineText(doc));
  return EXIT_OK;
}
