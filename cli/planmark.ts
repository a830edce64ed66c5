// The `planmark` command line: a thin adapter over the language core. Each command's
// module (and the libraries it needs: docx, exceljs, mammoth, parse5 …) loads only when
// that command runs, so `--version`, `--help` and `check` start fast.
import { argvLocale } from './args';
import { CliError, errorText, EXIT_OK, EXIT_USAGE, type CliIO } from './io';

type Command = { run(argv: string[], io: CliIO): Promise<number>; summary: string; zh: string };

const COMMANDS: Record<string, Command> = {
  check: { run: async (argv, io) => (await import('./commands/check')).runCheck(argv, io), summary: 'check plans and report problems', zh: '检查计划文档并报告问题' },
  outline: { run: async (argv, io) => (await import('./commands/outline')).runOutline(argv, io), summary: 'print the structure of a plan', zh: '打印计划文档的结构' },
  format: { run: async (argv, io) => (await import('./commands/format')).runFormat(argv, io), summary: 'format plans (punctuation, separators, labels, spacing)', zh: '整理计划文档的格式（标点、分隔符、分项标签、空行）' },
  export: { run: async (argv, io) => (await import('./commands/export')).runExport(argv, io), summary: 'export to Word, Excel, CSV, HTML, Markdown, JSON, a 督办台账 or iCalendar', zh: '导出为 Word、Excel、CSV、HTML、Markdown、JSON、督办台账或 iCalendar' },
  import: { run: async (argv, io) => (await import('./commands/import')).runImport(argv, io), summary: 'turn a web copy, Word file or text into a clean .plan', zh: '把网页副本、Word 文件或文本转为整洁的 .plan' },
  merge: { run: async (argv, io) => (await import('./commands/tracking')).runMerge(argv, io), summary: 'write the 状态 and 完成情况 of returned ledgers into a plan', zh: '把回收的督办台账中的状态和完成情况写回计划文档' },
};

// eslint-disable-next-line @typescript-eslint/no-var-requires
const VERSION: string = require('../../package.json').version;

function help(locale: 'en' | 'zh-cn'): string {
  const width = Math.max(...Object.keys(COMMANDS).map(c => c.length));
  const list = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${locale === 'zh-cn' ? c.zh : c.summary}`).join('\n');
  if (locale === 'zh-cn') {
    return `planmark ${VERSION}:检查、查看大纲、导入和导出工作要点计划文档(*.plan)

用法:planmark <命令> [选项]

命令:
${list}

运行 'planmark <命令> --help' 查看该命令的选项。
选项:--version、--help、--locale zh-cn|en
`;
  }
  return `planmark ${VERSION}: check, outline, import and export 工作要点 plan documents (*.plan)

Usage: planmark <command> [options]

Commands:
${list}

Run 'planmark <command> --help' for a command's options.
Options: --version, --help, --locale zh-cn|en
`;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const locale = argvLocale(argv, io.env);
  // `planmark --locale zh-cn --help`: the language flag may come before the command.
  const [name, ...rest] = argv[0] === '--locale' ? argv.slice(2) : argv[0]?.startsWith('--locale=') ? argv.slice(1) : argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    if (name === 'help' && rest[0] && COMMANDS[rest[0]]) return main([rest[0], '--help'], io);
    io.stdout(help(locale));
    return name ? EXIT_OK : EXIT_USAGE;
  }
  if (name === '--version' || name === '-v') { io.stdout(`${VERSION}\n`); return EXIT_OK; }
  const command = COMMANDS[name];
  if (!command) { io.stderr(`${locale === 'zh-cn' ? `planmark:未知命令 "${name}"` : `planmark: unknown command "${name}"`}\n\n${help(locale)}`); return EXIT_USAGE; }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof CliError) { io.stderr(errorText(name, e, locale)); return EXIT_USAGE; }
    io.stderr(`planmark ${name}: ${(e as Error).message}\n`);
    return EXIT_USAGE;
  }
}

/** The process adapter. */
export function processIO(): CliIO {
  return {
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text),
    readStdin: () => new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      process.stdin.on('data', c => chunks.push(c as Buffer));
      process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      process.stdin.on('error', reject);
    }),
    cwd: process.cwd(),
    env: process.env,
  };
}

if (require.main === module) {
  main(process.argv.slice(2), processIO()).then(code => { process.exitCode = code; });
}
