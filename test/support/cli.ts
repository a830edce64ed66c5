// Runs the CLI in-process with a captured IO.
import { main } from '../../cli/planmark';
import type { CliIO } from '../../cli/io';
import { REPO_ROOT } from './paths';

export interface CliResult { code: number; stdout: string; stderr: string }

export async function runCli(argv: string[], options: { cwd?: string; stdin?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: t => { stdout += t; },
    stderr: t => { stderr += t; },
    readStdin: async () => options.stdin ?? '',
    cwd: options.cwd ?? REPO_ROOT,
    env: options.env ?? { LANG: 'en_US.UTF-8' },
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
