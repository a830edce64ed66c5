// The configuration of a CLI input: the --config file, else the nearest .planmark.json
// (of the working folder for standard input). Its problems are written to stderr once per
// file, with their positions, and the defaults apply where it is wrong.
import * as path from 'path';
import { loadConfigForFile, type LoadedConfig } from '../core/config/load';
import { formatMessage, type Locale } from '../core/messages';
import type { Input } from './files';
import type { CliIO } from './io';

/** The configuration of `input`; `reported` holds the files whose problems were written already. */
export function inputConfig(io: CliIO, input: Input, locale: Locale, reported: Set<string>, fixed?: LoadedConfig): { loaded: LoadedConfig; newErrors: number } {
  const loaded = fixed ?? loadConfigForFile(input.path ?? path.join(io.cwd, 'stdin.plan'));
  if (!loaded.file || reported.has(loaded.file)) return { loaded, newErrors: 0 };
  reported.add(loaded.file);
  for (const e of loaded.errors) io.stderr(`${path.relative(io.cwd, e.file)}:${e.line + 1}:${e.column + 1} ${locale === 'zh-cn' ? `错误 config ${formatMessage(e.message, locale, e.args)}(使用默认值)` : `error config ${formatMessage(e.message, locale, e.args)} (defaults apply)`}\n`);
  return { loaded, newErrors: loaded.errors.length };
}
