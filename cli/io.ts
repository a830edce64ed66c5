// What a CLI command gets from the process, so tests can run commands in-process.
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads all of standard input (for `-`). */
  readStdin(): Promise<string>;
  cwd: string;
  /** Environment (LANG/LC_ALL pick the message language). */
  env: Record<string, string | undefined>;
}

/** Exit codes shared by every command. */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {}
