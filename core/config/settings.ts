// The settings declaration (core/data/settings.json), typed, and the validator generated
// from it: .planmark.json, VS Code settings and the CLI accept exactly the same values.
import type { Message } from '../lint/types';
import data from '../data/settings.json';
import validate from './generated/validate';

export interface SettingDeclaration {
  key: string;
  /** `file`: .planmark.json (and the CLI's --config); `editor`: VS Code settings. */
  in: ('file' | 'editor')[];
  scope: 'resource' | 'window';
  default: unknown;
  /** JSON Schema of the value. */
  schema: Record<string, unknown>;
  description: Message;
  /** The message for a value the schema rejects. */
  invalid: Message;
  /** For lists and maps of independent entries: the message for one bad entry, dropped alone. */
  invalidEntry?: Message;
}

export const SETTINGS: readonly SettingDeclaration[] = (data as unknown as { settings: SettingDeclaration[] }).settings;

/** The settings a configuration file (and the project part of VS Code settings) holds. */
export const CONFIG_SETTINGS: readonly SettingDeclaration[] = SETTINGS.filter(s => s.in.includes('file'));

export type ConfigProblemCode = 'not-an-object' | 'unknown-setting' | 'invalid-value' | 'invalid-entry';

export interface ConfigProblem {
  code: ConfigProblemCode;
  /** Where in the value: keys and indexes from the top (`['rules', 'PLAN001']`). */
  path: (string | number)[];
  message: Message;
  args: (string | number)[];
}

interface AjvError { instancePath: string; keyword: string; params: Record<string, unknown>; schemaPath: string; propertyName?: string }

function pathOf(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer.slice(1).split('/').map(p => p.replace(/~1/g, '/').replace(/~0/g, '~')).map(p => (/^\d+$/.test(p) ? Number(p) : p));
}

const byKey: ReadonlyMap<string, SettingDeclaration> = new Map(CONFIG_SETTINGS.map(s => [s.key, s]));

const NOT_AN_OBJECT: Message = { en: 'the configuration must be a JSON object', zh: '配置应为一个 JSON 对象' };
const UNKNOWN: Message = { en: 'unknown setting "{0}"', zh: '未知的设置项“{0}”' };

/**
 * Checks a configuration value (parsed .planmark.json, or the `planmark` section of VS Code
 * settings) against the declared schema. Returns the value with what is invalid left out (so
 * that the defaults apply there) and one problem per invalid setting or entry.
 */
export function validateConfig(value: unknown): { value: Record<string, unknown>; problems: ConfigProblem[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { value: {}, problems: [{ code: 'not-an-object', path: [], message: NOT_AN_OBJECT, args: [] }] };
  }
  const kept: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  const problems: ConfigProblem[] = [];
  const seen = new Set<string>();
  const validator = validate as unknown as ((v: unknown) => boolean) & { errors?: AjvError[] | null };
  if (validator(value)) return { value: kept, problems };
  for (const e of validator.errors ?? []) {
    const path = pathOf(e.instancePath);
    // A key a map does not allow (propertyNames) is that entry's problem.
    const badName = e.propertyName ?? (e.keyword === 'propertyNames' ? e.params.propertyName as string | undefined : undefined);
    if (badName !== undefined) path.push(badName);
    if (!path.length && e.keyword === 'additionalProperties') {
      const key = String(e.params.additionalProperty);
      problems.push({ code: 'unknown-setting', path: [key], message: UNKNOWN, args: [key] });
      delete kept[key];
      continue;
    }
    const key = String(path[0]);
    const setting = byKey.get(key);
    if (!setting) continue;
    // One problem per bad entry of a list or map of independent entries, else one per setting.
    const entry = setting.invalidEntry && path.length >= 2 && e.keyword !== 'uniqueItems' ? path[1] : undefined;
    const id = entry === undefined ? key : `${key}\u0000${entry}`;
    if (seen.has(id) || seen.has(key)) continue;
    seen.add(id);
    if (entry === undefined) {
      problems.push({ code: 'invalid-value', path: [key], message: setting.invalid, args: [] });
      delete kept[key];
    } else {
      problems.push({ code: 'invalid-entry', path: [key, entry], message: setting.invalidEntry!, args: [typeof entry === 'number' ? entry + 1 : entry] });
      const container = kept[key];
      if (Array.isArray(container)) kept[key] = container.map((v, i) => (i === entry ? undefined : v));
      else if (container && typeof container === 'object') {
        const copy = { ...(container as Record<string, unknown>) };
        delete copy[String(entry)];
        kept[key] = copy;
      }
    }
  }
  for (const [k, v] of Object.entries(kept)) if (Array.isArray(v)) kept[k] = v.filter(x => x !== undefined);
  return { value: kept, problems };
}
