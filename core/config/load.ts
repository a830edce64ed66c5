// Finds and reads `.planmark.json` (walking up from a document), validates it, and
// applies defaults. A malformed file is reported with its position; defaults apply.
import * as fs from 'fs';
import * as path from 'path';
import type { BlockKind } from '../model';
import { parseBlockKind } from '../domain/blocks';
import { DEFAULT_CONFIG, type PlanmarkConfig, type ResolvedConfig, type UnitConfig } from './types';

export const CONFIG_FILE_NAME = '.planmark.json';

export interface ConfigError {
  message: string;
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

const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];
const NUMBERING = ['auto', 'continuous', 'per-section'];

/** 0-based line/column of a character offset. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split(/\r\n|\n|\r/);
  return { line: lines.length - 1, column: lines[lines.length - 1].length };
}

/** Where a key first appears in the JSON text, for pointing errors at it. */
function keyOffset(text: string, key: string): number {
  const i = text.indexOf(JSON.stringify(key));
  return i < 0 ? 0 : i;
}

/** Parses and validates config text. Never throws. */
export function parseConfigText(text: string, file: string): { raw?: PlanmarkConfig; errors: ConfigError[] } {
  const errors: ConfigError[] = [];
  const err = (message: string, offset: number) => errors.push({ message, file, ...positionOf(text, offset) });
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const message = (e as Error).message;
    const m = /position (\d+)/.exec(message) ?? /line (\d+) column (\d+)/.exec(message);
    let offset = text.length;
    if (m && m.length === 2) offset = Number(m[1]);
    else if (m) {
      const lines = text.split('\n');
      offset = lines.slice(0, Number(m[1]) - 1).reduce((n, l) => n + l.length + 1, 0) + Number(m[2]) - 1;
    }
    err(`invalid JSON: ${message}`, offset);
    return { errors };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    err('the configuration must be a JSON object', 0);
    return { errors };
  }
  const obj = raw as Record<string, unknown>;
  const out: PlanmarkConfig = {};
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    const at = keyOffset(text, key);
    switch (key) {
      case '$schema':
        break;
      case 'rules':
        if (typeof value !== 'object' || value === null || Array.isArray(value)) { err('"rules" must be an object of rule id → severity', at); break; }
        out.rules = {};
        for (const [id, sev] of Object.entries(value)) {
          if (typeof sev !== 'string' || !SEVERITIES.includes(sev)) err(`rule "${id}": severity must be one of ${SEVERITIES.join(', ')}`, keyOffset(text, id));
          else out.rules[id] = sev as never;
        }
        break;
      case 'numbering':
        if (typeof value !== 'string' || !NUMBERING.includes(value)) err(`"numbering" must be one of ${NUMBERING.join(', ')}`, at);
        else out.numbering = value as PlanmarkConfig['numbering'];
        break;
      case 'requiredBlocks':
        if (!Array.isArray(value) || value.some(v => typeof v !== 'string' || !parseBlockKind(v))) err('"requiredBlocks" must be a list of block labels (e.g. 目标任务) or kinds (target, measures, responsible, lead, cooperate, deadline, leader)', at);
        else out.requiredBlocks = value as string[];
        break;
      case 'units':
        if (!Array.isArray(value) || value.some(v => !(typeof v === 'string' || (typeof v === 'object' && v !== null && typeof (v as UnitConfig).name === 'string')))) err('"units" must be a list of names or {"name", "aliases", "group"} objects', at);
        else out.units = value as PlanmarkConfig['units'];
        break;
      case 'metaKeys':
        if (!Array.isArray(value) || value.some(v => typeof v !== 'string')) err('"metaKeys" must be a list of strings', at);
        else out.metaKeys = value as string[];
        break;
      default:
        err(`unknown setting "${key}"`, at);
    }
  }
  return { raw: out, errors };
}

/** Applies `raw` over `base` (defaults when omitted). */
export function resolveConfig(raw: PlanmarkConfig = {}, base: ResolvedConfig = DEFAULT_CONFIG): ResolvedConfig {
  const units: UnitConfig[] = (raw.units ?? []).map(u => (typeof u === 'string' ? { name: u } : u));
  const required = raw.requiredBlocks?.map(parseBlockKind).filter((k): k is BlockKind => !!k);
  return {
    rules: { ...base.rules, ...(raw.rules ?? {}) },
    numbering: raw.numbering ?? base.numbering,
    requiredBlocks: required ?? base.requiredBlocks,
    units: [...base.units, ...units],
    metaKeys: [...base.metaKeys, ...(raw.metaKeys ?? [])],
  };
}

/** The nearest `.planmark.json` at or above `dir`, if any. */
export function findConfigFile(dir: string): string | undefined {
  let current = path.resolve(dir);
  for (;;) {
    const candidate = path.join(current, CONFIG_FILE_NAME);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** Reads a config file. Errors (unreadable, malformed) are reported; defaults apply. */
export function loadConfigFile(file: string, base: ResolvedConfig = DEFAULT_CONFIG): LoadedConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { config: base, file, errors: [{ message: `cannot read: ${(e as Error).message}`, file, line: 0, column: 0 }] };
  }
  const { raw, errors } = parseConfigText(text, file);
  return { config: resolveConfig(raw ?? {}, base), file, errors };
}

/** The configuration that applies to a document at `filePath`. */
export function loadConfigForFile(filePath: string, base: ResolvedConfig = DEFAULT_CONFIG): LoadedConfig {
  const file = findConfigFile(path.dirname(path.resolve(filePath)));
  return file ? loadConfigFile(file, base) : { config: base, errors: [] };
}
