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

export const OUTLINE_HELP_ZH = `用法：planmark outline <文件|文件夹|-> [--format text|json]

输出计划文档的结构：篇、部分、章节、小节、条目（含责任单位、牵头单位和完成时限）、
子条目和分项。给出文件夹时，输出其中每个 *.plan 的结构，每个之前有一行
\`== 路径 ==\`（JSON：{file, outline} 数组）。

选项：
  --format text|json   输出格式（默认 text）。JSON：{title, meta, children}，
                       节点为 {kind, number, marker, title, line, children}；
                       条目另有 units、lead、deadline；分项另有 label、text。
  --locale zh-cn|en    提示语言（默认：取自 LANG）
  -h, --help           显示此帮助
`;

export async function runOutline(argv: string[], io: CliIO): Promise<number> {
  const { positionals, options } = parseArgs(argv, ['format', 'locale'], ['help'], { h: 'help' });
  if (options.help) { io.stdout(localeFrom(options.locale, io.env) === 'zh-cn' ? OUTLINE_HELP_ZH : OUTLINE_HELP); return EXIT_OK; }
  const format = (options.format as string | undefined) ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError({ en: `unknown format "${format}" (use text or json)`, zh: `未知格式“${format}”(可用 text 或 json)` });
  if (positionals.length !== 1) throw new UsageError({ en: 'give exactly one file or folder (or - for standard input)', zh: '请只给出一个文件或文件夹(或用 - 表示标准输入)' });
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
