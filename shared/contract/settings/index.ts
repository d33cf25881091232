// Every config section's table by name, with where its settings sit in a run config: the one list the command
// line, the builder and the table-walking test go through.
import type { Setting } from './define';
import { OPTIMIZER_SETTINGS } from './optimizer';
import { RECORD_SETTINGS } from './record';
import { TRAINING_SETTINGS } from './training';

export { defaultsOf, draftOf, draftRule, inputOf, numberFromText, sectionSchema, shapeOf, type Setting, type SettingCli, type SettingForm } from './define';
export { OPTIMIZER_SETTINGS } from './optimizer';
export { RECORD_SETTINGS } from './record';
export { TRAINING_SETTINGS } from './training';

/** A section: its table and the run-config path its settings sit under ([] = top level). */
export interface SettingSection {
  path: readonly string[];
  table: readonly Setting[];
}

/** The sections built from tables, by name (also the builder draft's key for each). */
export const SETTING_SECTIONS = {
  optimizer: { path: ['optimizer'], table: OPTIMIZER_SETTINGS },
  training: { path: [], table: TRAINING_SETTINGS },
  record: { path: ['record'], table: RECORD_SETTINGS },
} as const satisfies Record<string, SettingSection>;

/** A section's name. */
export type SettingSectionName = keyof typeof SETTING_SECTIONS;
