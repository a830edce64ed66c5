// A configuration as written, applied over another (the defaults, or the editor settings
// that a .planmark.json overrides). Values must have been validated (settings.ts).
import type { BlockKind } from '../model';
import { parseBlockKind } from '../domain/blocks';
import { DEFAULT_CALENDAR, withCalendar, type CalendarSetting } from '../domain/deadlines';
import { CONFIG_SETTINGS } from './settings';
import type { PlanmarkConfig, ResolvedConfig, StatusConfig, UnitConfig } from './types';

function kindsOf(labels: readonly string[]): BlockKind[] {
  return [...new Set(labels.map(parseBlockKind).filter((k): k is BlockKind => !!k))];
}

/**
 * Applies `raw` over `base`: rules merge per rule, units and metaKeys add up, numbering
 * and requiredBlocks replace, format and docx merge per choice, calendar entries replace those of
 * their name.
 */
export function resolveConfig(raw: PlanmarkConfig = {}, base: ResolvedConfig = DEFAULT_CONFIG): ResolvedConfig {
  const units: UnitConfig[] = (raw.units ?? []).map(u => (typeof u === 'string' ? { name: u } : u));
  return {
    rules: { ...base.rules, ...(raw.rules ?? {}) },
    numbering: raw.numbering ?? base.numbering,
    requiredBlocks: raw.requiredBlocks === 'auto' ? 'auto' : raw.requiredBlocks ? kindsOf(raw.requiredBlocks) : base.requiredBlocks,
    units: [...base.units, ...units],
    metaKeys: [...new Set([...base.metaKeys, ...(raw.metaKeys ?? [])])],
    statuses: raw.statuses ?? base.statuses,
    dueSoonDays: raw.dueSoonDays ?? base.dueSoonDays,
    asOf: raw.asOf ?? base.asOf,
    calendar: raw.calendar ? withCalendar(raw.calendar, base.calendar) : base.calendar,
    unitListGroups: raw.unitListGroups ?? base.unitListGroups,
    format: { ...base.format, ...(raw.format ?? {}) },
    docx: { ...base.docx, ...(raw.docx ?? {}) },
  };
}

const declared = (key: string) => CONFIG_SETTINGS.find(s => s.key === key)!.default;

/** The built-in configuration: every declared default. */
export const DEFAULT_CONFIG: ResolvedConfig = Object.freeze({
  rules: declared('rules') as ResolvedConfig['rules'],
  numbering: declared('numbering') as ResolvedConfig['numbering'],
  requiredBlocks: declared('requiredBlocks') === 'auto' ? 'auto' : kindsOf(declared('requiredBlocks') as string[]),
  units: declared('units') as UnitConfig[],
  metaKeys: declared('metaKeys') as string[],
  statuses: declared('statuses') as StatusConfig[],
  dueSoonDays: declared('dueSoonDays') as number,
  asOf: declared('asOf') as string,
  calendar: withCalendar(declared('calendar') as CalendarSetting, DEFAULT_CALENDAR),
  unitListGroups: declared('unitListGroups') as ResolvedConfig['unitListGroups'],
  format: declared('format') as ResolvedConfig['format'],
  docx: declared('docx') as ResolvedConfig['docx'],
}) as ResolvedConfig;
