// The `planmark` command line: a thin adapter over the language core.
import { runCheck } from './commands/check';
import { runExport } from './commands/export';
import { runFormat } from './commands/format';
import { runImport } from './commands/import';
import { runOutline } from './commands/outline';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from './io';

type Command = { run(argv: string[], io: CliIO): Promise<number>; summary: string };

const COMMANDS: Record<string, Command> = {
  check: { run: runCheck, summary: 'check plans and report problems' },
  outline: { run: runOutline, summary: 'print the structure of a plan' },
  format: { run: runFormat, summary: 'format plans (punctuation, separators, labels, spacing)' },
  export: { run: runExport, summary: 'export to Word, Excel, CSV, HTML, Markdown or JSON' },
  import: { run: runImport, summary: 'turn a web copy, Word file or text into a clean .plan' },
};

// eslint-disable-next-line @typescript-eslint/no-var-requires
const VERSION: string = require('../../package.json').version;

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map(c => c.length));
  return `planmark ${VERSION}: check, outline, import and export 工作要点 plan documents (*.plan)

Usage: planmark <command> [options]

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`).join('\n')}

Run 'planmark <command> --help' for a command's options.
Options: --version, --help
`;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    if (name === 'help' && rest[0] && COMMANDS[rest[0]]) return main([rest[0], '--help'], io);
    io.stdout(help());
    return name ? EXIT_OK : EXIT_USAGE;
  }
  if (name === '--version' || name === '-v') { io.stdout(`${VERSION}\n`); return EXIT_OK; }
  const command = COMMANDS[name];
  if (!command) { io.stderr(`planmark: unknown command "${name}"\n\n${help()}`); return EXIT_USAGE; }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) { io.stderr(`planmark ${name}: ${e.message}\nRun 'planmark ${name} --help' for usage.\n`); return EXIT_USAGE; }
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
