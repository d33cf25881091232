// Names and colours of an experiment's runs: one colour per arm, the seed added when an arm has several.
import type { ExperimentConfig } from '../../../shared/contract/config';
import type { RunSummary } from '../../../shared/contract/records';
import { seriesColor } from './palette';

/** How one run is named and coloured on an experiment page. */
export interface RunLook {
  label: string;
  color: string;
  armIndex: number;
}

/** The display names for the course's arm labels. */
const PRETTY: Record<string, string> = { zeros: 'Zeros', random: 'Random ×10', he: 'He' };

/** A readable arm label (the course's three get their usual names). */
export function prettyArm(label: string): string {
  return PRETTY[label] ?? label;
}

/** Looks of every run, ordered by arm then seed. */
export function runLooks(config: ExperimentConfig | null, runs: readonly RunSummary[]): Map<string, RunLook> {
  const armLabels = config ? config.arms.map((a) => a.label ?? a.init.name) : [];
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
export function hasDefaultName(r: Pick<RunSummary, 'name' | 'arm' | 'initSeed' | 'dataSeed'>): boolean {
  const base = `${r.arm} · seed ${r.initSeed}`;
  return !r.name || r.name === r.arm || r.name === base || r.name === `${base} · data ${r.dataSeed}`;
}

/** A run's name: the one the user gave it, else its arm (with the seed when seeds vary). */
export function runLabel(r: Pick<RunSummary, 'name' | 'arm' | 'initSeed' | 'dataSeed'>, withSeed: boolean): string {
  if (!hasDefaultName(r)) return r.name;
  return withSeed ? `${prettyArm(r.arm)} · seed ${r.initSeed}` : prettyArm(r.arm);
}

/** The initializer's registry name in a spec such as `xavier_normal:gain=2`. */
export function initName(spec: string): string {
  const i = spec.indexOf(':');
  return i < 0 ? spec : spec.slice(0, i);
}
