// The papers' depth experiments, by tag: one click each on the start page, a verdict on the experiment page.
import { GLOROT_2010 } from './glorot2010';
import { HE_2015 } from './he2015';
import { SAXE_2014 } from './saxe2014';
import type { PaperPreset } from './verdict';

/** Every paper preset, in the order the start page shows them. */
export const PAPER_PRESETS: readonly PaperPreset[] = [HE_2015, GLOROT_2010, SAXE_2014];

/** The paper preset an experiment's tags name, or null. */
export function paperPresetOf(tags: readonly string[]): PaperPreset | null {
  return PAPER_PRESETS.find((p) => tags.includes(p.tag)) ?? null;
}
