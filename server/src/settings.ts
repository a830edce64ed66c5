// Editor settings (`planmark.*`) → configuration, and locale handling.
import type { PlanmarkConfig, UnitConfig } from '../../core/config/types';
import type { Locale } from '../../core/lint/types';

/** The `planmark` settings section as the client sends it (anything may be missing or malformed). */
export interface PlanmarkSettings {
  rules?: unknown;
  numbering?: unknown;
  requiredBlocks?: unknown;
  units?: unknown;
  locale?: unknown;
  /** Extra front-matter keys. */
  metaKeys?: unknown;
}

const SEVERITIES: ReadonlySet<string> = new Set(['error', 'warning', 'information', 'hint', 'off']);
const NUMBERING: ReadonlySet<string> = new Set(['auto', 'continuous', 'per-section']);

/** Maps an editor locale (`zh-cn`, `zh-tw`, `en-us` …) to a message locale. */
export function toLocale(value: unknown): Locale | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  const v = value.toLowerCase();
  if (v === 'zh' || v.startsWith('zh-') || v.startsWith('zh_')) return 'zh-cn';
  if (v === 'en' || v.startsWith('en-') || v.startsWith('en_')) return 'en';
  return undefined;
}

/** The settings as a raw config; malformed values are dropped (settings UIs validate too). */
export function settingsToConfig(s: PlanmarkSettings | null | undefined): PlanmarkConfig {
  const out: PlanmarkConfig = {};
  if (!s || typeof s !== 'object') return out;
  if (s.rules && typeof s.rules === 'object' && !Array.isArray(s.rules)) {
    const rules: NonNullable<PlanmarkConfig['rules']> = {};
    for (const [id, sev] of Object.entries(s.rules as Record<string, unknown>)) {
      if (typeof sev === 'string' && SEVERITIES.has(sev)) rules[id] = sev as never;
    }
    out.rules = rules;
  }
  if (typeof s.numbering === 'string' && NUMBERING.has(s.numbering)) out.numbering = s.numbering as PlanmarkConfig['numbering'];
  if (Array.isArray(s.requiredBlocks) && s.requiredBlocks.length && s.requiredBlocks.every(v => typeof v === 'string')) {
    out.requiredBlocks = s.requiredBlocks as string[];
  }
  if (Array.isArray(s.units)) {
    out.units = (s.units as unknown[]).filter((u): u is string | UnitConfig =>
      typeof u === 'string' || (!!u && typeof u === 'object' && typeof (u as UnitConfig).name === 'string'));
  }
  if (Array.isArray(s.metaKeys)) out.metaKeys = (s.metaKeys as unknown[]).filter((k): k is string => typeof k === 'string');
  return out;
}
