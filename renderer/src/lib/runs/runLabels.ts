// Names and colours of an experiment's runs: one colour per arm, the seed added when an arm has several.
import { armKeys, type ExperimentConfig } from '../../../../shared/contract/config';
import type { RunSummary } from '../../../../shared/contract/records';
import { armLabelOf } from '../../../../shared/engine/init/label';
import { seriesColor } from '../charts/palette';

/** How one run is named and coloured on an experiment page. */
export interface RunLook {
  label: string;
  color: string;
  armIndex: number;
}

/**
 * An arm's label everywhere it is shown: the one a person wrote, else the initializer's own (`initLabelOf`:
 * name, non-default parameters, multiplier), so "He ×2" never shows as `he` and `xavier_normal` reads "Xavier normal".
 */
export function armTitle(r: Pick<RunSummary, 'arm' | 'init'>): string {
  return armLabelOf(r.arm, r.init);
}

/** Looks of every run, ordered by arm then seed. */
export function runLooks(config: ExperimentConfig | null, runs: readonly RunSummary[]): Map<string, RunLook> {
  const armLabels = config ? armKeys(config.arms) : [];
  const seeds = new Set(runs.map((r) => `${r.initSeed}/${r.dataSeed}`));
  const out = new Map<string, RunLook>();
  for (const r of runs) {
    let armIndex = armLabels.indexOf(r.arm);
    if (armIndex < 0) armIndex = armLabels.length + [...new Set(runs.map((x) => x.arm))].indexOf(r.arm);
    const label = runLabel(r, seeds.size > 1);
    out.set(r.id, { label, color: seriesColor(armIndex), armIndex });
  }
  return out;
}

/** Whether a run still has the name the service gave it ("<arm> · seed <s>[ · data <d>]", or just the arm). */
export function hasDefaultName(r: Pick<RunSummary, 'name' | 'arm' | 'init' | 'initSeed' | 'dataSeed'>): boolean {
  if (!r.name) return true;
  // Runs stored before names used the arm's label carry the raw arm ("xavier_normal · seed 1"); both are the lab's.
  return [r.arm, armTitle(r)].some((arm) => {
    const base = `${arm} · seed ${r.initSeed}`;
    return r.name === arm || r.name === base || r.name === `${base} · data ${r.dataSeed}`;
  });
}

/** A run's name: the one the user gave it, else its arm's title (with the seed when seeds vary). */
export function runLabel(r: Pick<RunSummary, 'name' | 'arm' | 'init' | 'initSeed' | 'dataSeed'>, withSeed: boolean): string {
  if (!hasDefaultName(r)) return r.name;
  return withSeed ? `${armTitle(r)} · seed ${r.initSeed}` : armTitle(r);
}

/** The initializer's registry name in a spec such as `xavier_normal:gain=2`. */
export function initName(spec: string): string {
  const i = spec.indexOf(':');
  return i < 0 ? spec : spec.slice(0, i);
}
