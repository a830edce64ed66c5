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

/** The CLI's message languages. */
export type CliLocale = 'en' | 'zh-cn';

/** A message in both languages (English and Chinese), picked when it is printed. */
export interface Bilingual { en: string; zh: string }

/** An error whose message is printed in the user's language. A plain string is already in it. */
export class CliError extends Error {
  readonly zh: string;
  constructor(message: Bilingual | string) {
    super(typeof message === 'string' ? message : message.en);
    this.zh = typeof message === 'string' ? message : message.zh;
  }

  text(locale: CliLocale): string {
    return locale === 'zh-cn' ? this.zh : this.message;
  }
}

/** A usage error: bad flags or arguments (exit 2, with a pointer to the command's help). */
export class UsageError extends CliError {}

/** An I/O failure that ends the command with exit 2. */
export class IOFailure extends CliError {}

/** How a command reports a CliError on standard error, in the locale. */
export function errorText(command: string, e: CliError, locale: CliLocale): string {
  const head = locale === 'zh-cn' ? `planmark ${command}:${e.zh}\n` : `planmark ${command}: ${e.message}\n`;
  if (!(e instanceof UsageError)) return head;
  return head + (locale === 'zh-cn' ? `运行 'planmark ${command} --help' 查看用法。\n` : `Run 'planmark ${command} --help' for usage.\n`);
}
