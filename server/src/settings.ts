// Editor settings (`planmark.*`) as the client sends them. They are validated and applied
// by the core (core/config/load.ts configFromSettings), exactly as a .planmark.json is.
export { toLocale } from '../../core/messages';

/** The `planmark` settings section as the client sends it (anything may be missing or malformed). */
export type PlanmarkSettings = Record<string, unknown>;
