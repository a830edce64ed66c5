// PLACEHOLDER: being written by the rules engineer (see core/data/units.json).
import type { PlanDocument } from '../model';
import type { UnitConfig } from '../config/types';

export interface UnitEntry { name: string; aliases: string[]; group?: string; source: 'builtin' | 'config' | 'document' }

export class UnitRegistry {
  static builtin(): UnitRegistry { return new UnitRegistry(); }
  withConfig(_units: UnitConfig[]): UnitRegistry { return this; }
  withDocument(_doc: PlanDocument): UnitRegistry { return this; }
}
