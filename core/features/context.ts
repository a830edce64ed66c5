// What the language features are given: the language, the configuration, the unit
// registry and, in an editor, what the other workspace documents say about units.
import type { ResolvedConfig } from '../config/types';
import type { Locale } from '../lint/types';
import type { UnitLookup } from '../units/registry';
import type { UnitUsageIndex } from './workspaceUnits';

export interface FeatureContext {
  locale: Locale;
  config: ResolvedConfig;
  /** The unit registry with the configured units (the document's own are counted fresh). */
  units: UnitLookup;
  /** Unit usage across the workspace; entries of `uri` are ignored (the document is counted fresh). */
  workspace?: UnitUsageIndex;
  /** This document's URI. */
  uri?: string;
}
