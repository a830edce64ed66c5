// Finds and reads `.planmark.json` (walking up from a document), validates it with the
// declared schema (settings.ts) and applies it. A malformed file is reported with the
// position of each problem; the defaults apply where the file is wrong.
import * as fs from 'fs';
import * as path from 'path';
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Message } from '../messages';
import { resolveConfig, DEFAULT_CONFIG } from './resolve';
import { SETTINGS, validateConfig, type ConfigProblem, type ConfigProblemCode } from './settings';
import type { PlanmarkConfig, ResolvedConfig } from './types';

export const CONFIG_FILE_NAME = '.planmark.json';

/** Configuration files larger than this are not read (a configuration is a few hundred bytes). */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export type ConfigErrorCode = 'unreadable' | 'not-a-file' | 'too-large' | 'invalid-json' | ConfigProblemCode;

export interface ConfigError {
  code: ConfigErrorCode;
  message: Message;
  args: (string | number)[];
  file: string;
  /** 0-based. */
  line: number;
  column: number;
}

export interface LoadedConfig {
  config: ResolvedConfig;
  file?: string;
  errors: ConfigError[];
}

const M = {
  unreadable: { en: 'cannot read: {0}', zh: '无法读取：{0}' },
  notAFile: { en: 'not a regular file', zh: '不是普通文件' },
  tooLarge: { en: 'larger than {0} bytes: not read', zh: '超过 {0} 字节，未读取' },
  invalidJson: { en: 'invalid JSON: {0}', zh: 'JSON 格式错误：{0}' },
};

/** 0-based line/column of a character offset. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 0;
  let lineStart = 0;
  const end = Math.max(0, Math.min(offset, text.length));
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) { line++; lineStart = i + 1; }
  }
  return { line, column: end - lineStart };
}

/** Where a problem points: the key of the property it is about, or the array item. */
function offsetOf(tree: Node | undefined, problem: ConfigProblem): number {
  if (!tree || !problem.path.length) return 0;
  const node = findNodeAtLocation(tree, problem.path);
  if (!node) return findNodeAtLocation(tree, problem.path.slice(0, 1))?.parent?.offset ?? 0;
  const parent = node.parent;
  return parent?.type === 'property' && parent.children?.[0] ? parent.children[0].offset : node.offset;
}

/** Parses and validates configuration text. Never throws. */
export function parseConfigText(text: string, file: string): { raw: PlanmarkConfig; errors: ConfigError[] } {
  const source = text.replace(/^\uFEFF/, '');
  const lead = text.length - source.length;
  const error = (code: ConfigErrorCode, message: Message, args: (string | number)[], offset: number): ConfigError =>
    ({ code, message, args, file, ...positionOf(text, offset + lead) });
  const syntax: ParseError[] = [];
  const tree = parseTree(source, syntax, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (syntax.length || !tree) {
    const first = syntax[0];
    return { raw: {}, errors: [error('invalid-json', M.invalidJson, [first ? printParseErrorCode(first.error) : 'empty'], first?.offset ?? 0)] };
  }
  const { value, problems } = validateConfig(getNodeValue(tree));
  return {
    raw: value as PlanmarkConfig,
    errors: problems.map(p => error(p.code, p.message, p.args, offsetOf(tree, p))).sort((a, b) => a.line - b.line || a.column - b.column),
  };
}

/** The nearest `.planmark.json` at or above `dir`, if any (a folder of that name is not one). */
export function findConfigFile(dir: string): string | undefined {
  let current = path.resolve(dir);
  for (;;) {
    const candidate = path.join(current, CONFIG_FILE_NAME);
    try {
      // Anything but a folder is the configuration (loadConfigFile reports one it cannot read).
      if (!fs.statSync(candidate).isDirectory()) return candidate;
    } catch { /* not here */ }
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** Reads a config file. Errors (unreadable, malformed) are reported; defaults apply. */
export function loadConfigFile(file: string, base: ResolvedConfig = DEFAULT_CONFIG): LoadedConfig {
  const failed = (code: ConfigErrorCode, message: Message, args: (string | number)[] = []): LoadedConfig =>
    ({ config: base, file, errors: [{ code, message, args, file, line: 0, column: 0 }] });
  let text: string;
  try {
    // A FIFO or a device named .planmark.json would block a read: only regular files are read.
    const stat = fs.statSync(file);
    if (!stat.isFile()) return failed('not-a-file', M.notAFile);
    if (stat.size > MAX_CONFIG_BYTES) return failed('too-large', M.tooLarge, [MAX_CONFIG_BYTES]);
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return failed('unreadable', M.unreadable, [(e as NodeJS.ErrnoException).code ?? (e as Error).message]);
  }
  const { raw, errors } = parseConfigText(text, file);
  return { config: resolveConfig(raw, base), file, errors };
}

/** The configuration that applies to a document at `filePath`. */
export function loadConfigForFile(filePath: string, base: ResolvedConfig = DEFAULT_CONFIG): LoadedConfig {
  const file = findConfigFile(path.dirname(path.resolve(filePath)));
  return file ? loadConfigFile(file, base) : { config: base, errors: [] };
}

/**
 * The `planmark` section of VS Code settings as a configuration: the same validation as a
 * file, so that a value a file may not hold is reported here too, not dropped silently.
 */
export function configFromSettings(settings: unknown, base: ResolvedConfig = DEFAULT_CONFIG): { config: ResolvedConfig; problems: ConfigProblem[] } {
  if (settings === undefined || settings === null) return { config: base, problems: [] };
  // Editor-only settings (locale, trace.server) are the editor's business.
  const editorOnly = new Set(SETTINGS.filter(s => !s.in.includes('file')).map(s => s.key.split('.')[0]));
  const project = typeof settings === 'object' && !Array.isArray(settings)
    ? Object.fromEntries(Object.entries(settings as Record<string, unknown>).filter(([k, v]) => !editorOnly.has(k) && v !== null))
    : settings;
  const { value, problems } = validateConfig(project);
  return { config: resolveConfig(value as PlanmarkConfig, base), problems };
}
