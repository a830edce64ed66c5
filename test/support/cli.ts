// Runs the CLI (or one of its commands) in-process with a captured IO.
import { main } from '../../cli/planmark';
import type { CliIO } from '../../cli/io';
import { REPO_ROOT } from './paths';

export interface CliResult { code: number; stdout: string; stderr: string }
export interface CliOptions { cwd?: string; stdin?: string; env?: Record<string, string> }

/** An IO that records what is written; `result(code)` gives it back. */
export function captureIO(options: CliOptions = {}): { io: CliIO; result(code: number): CliResult } {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: t => { stdout += t; },
    stderr: t => { stderr += t; },
    readStdin: async () => options.stdin ?? '',
    cwd: options.cwd ?? REPO_ROOT,
    env: options.env ?? { LANG: 'en_US.UTF-8' },
  };
  return { io, result: code => ({ code, stdout, stderr }) };
}

/** `planmark <argv>`. */
export async function runCli(argv: string[], options: CliOptions = {}): Promise<CliResult> {
  return runCommand(main, argv, options);
}

/** One command's entry (`runExport`, `runImport` …) with `argv`. */
export async function runCommand(run: (argv: string[], io: CliIO) => Promise<number>, argv: string[], options: CliOptions = {}): Promise<CliResult> {
  const { io, result } = captureIO(options);
  return result(await run(argv, io));
}
