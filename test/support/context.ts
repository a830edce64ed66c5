// A feature context for tests: the default configuration and the built-in registry,
// with whatever a test overrides.
import { DEFAULT_CONFIG } from '../../core/config/resolve';
import { type ResolvedConfig, type UnitConfig } from '../../core/config/types';
import type { FeatureContext } from '../../core/features/context';
import { UnitRegistry } from '../../core/units/registry';

export function featureContext(overrides: Partial<FeatureContext> & { configUnits?: UnitConfig[]; configOverrides?: Partial<ResolvedConfig> } = {}): FeatureContext {
  const { configUnits, configOverrides, ...rest } = overrides;
  const config: ResolvedConfig = { ...DEFAULT_CONFIG, ...configOverrides, units: configUnits ?? [] };
  return { locale: 'en', config, units: UnitRegistry.builtin().withConfig(config.units), ...rest };
}
