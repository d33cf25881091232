// Which arm won, in plain words: arms ranked by final test accuracy (else final cost); with seeds, by the
// seed statistics of shared/stats, saying where a difference between neighbours is not clear.
import type { RunStatus } from '../../../../shared/contract/records';
import { mannWhitneyU, summarize, welchTTest } from '../../../../shared/stats';
import { formatNumber, formatPercent } from './format';

/** One run's outcome as the verdict reads it. */
export interface VerdictRun {
  status: RunStatus;
  testAccuracy: number | null;
  finalCost: number | null;
  divergedAt: number | null;
}

/** One arm: its label, colour and runs (one per seed). */
export interface VerdictArm {
  label: string;
  color: string;
  runs: readonly VerdictRun[];
}

/** The metric arms are ranked by. */
export type VerdictMetric = 'testAccuracy' | 'finalCost';

/** One ranked arm. */
export interface RankedArm {
  label: string;
  color: string;
  /** The arm's value (one run's, or the mean over seeds); null when no run gave a finite one. */
  value: number | null;
  /** Runs finished, and how many of them diverged. */
  n: number;
  diverged: number;
  /** Words for this arm: "reached 96.0% test accuracy", "stalled at 50.0% (chance)", "diverged at iteration 120". */
  words: string;
}

/** A verdict: the ranking and its sentences. */
export interface Verdict {
  metric: VerdictMetric;
  ranked: RankedArm[];
  /** The one-line headline, e.g. "He reached 96.0% test accuracy; Random ×10 86.0%; Zeros stalled at 50.0% (chance)." */
  headline: string;
  /** Seed-statistics notes: which neighbouring differences are clear and which are not. */
  notes: string[];
  /** Runs still training (the ranking is then provisional). */
  pending: number;
}

/** Two-sided p below which a difference between two arms counts as clear (as the pairwise table reads it). */
export const CLEAR_P = 0.05;
/** Test accuracy at or below this is no better than guessing one class on a balanced two-class set. */
const CHANCE = 0.55;

const finished = (r: VerdictRun) => r.status === 'done' || r.status === 'diverged';

function runValue(r: VerdictRun, metric: VerdictMetric): number {
  if (r.status === 'diverged') return NaN;
  const v = metric === 'testAccuracy' ? r.testAccuracy : r.finalCost;
  return v ?? NaN;
}

function describe(metric: VerdictMetric, value: number | null, seeds: boolean): string {
  if (value === null) return '';
  if (metric === 'finalCost') return `${seeds ? 'a mean final cost of' : 'a final cost of'} ${formatNumber(value, 4)}`;
  return `${formatPercent(value)}${seeds ? ' mean' : ''} test accuracy`;
}

/** Ranks the arms and words the result; null until some arm has a finished run. */
export function experimentVerdict(arms: readonly VerdictArm[]): Verdict | null {
  const done = arms.flatMap((a) => a.runs.filter(finished));
  if (done.length === 0) return null;
  // accuracy when every finished, non-diverged run has one; a CSV without a test split has none
  const metric: VerdictMetric = done.every((r) => r.status === 'diverged' || r.testAccuracy !== null) ? 'testAccuracy' : 'finalCost';
  const seeds = arms.some((a) => a.runs.length > 1);
  const samples = arms.map((a) => a.runs.filter(finished).map((r) => runValue(r, metric)));
  const ranked: (RankedArm & { sample: number[] })[] = arms
    .map((a, i) => {
      const s = summarize(samples[i]);
      const runs = a.runs.filter(finished);
      const diverged = runs.filter((r) => r.status === 'diverged').length;
      const value = s.mean;
      let words: string;
      if (runs.length === 0) words = 'still training';
      else if (value === null) {
        const at = runs.find((r) => r.divergedAt !== null)?.divergedAt;
        words = diverged ? `diverged${at != null && runs.length === 1 ? ` at iteration ${at}` : ''}` : 'has no finite result';
      } else if (metric === 'testAccuracy' && value <= CHANCE) words = `stalled at ${describe(metric, value, seeds)} (chance)`;
      else words = `reached ${describe(metric, value, seeds)}`;
      if (value !== null && diverged) words += ` (${diverged} of ${runs.length} seeds diverged)`;
      return { label: a.label, color: a.color, value, n: runs.length, diverged, words, sample: samples[i].filter(Number.isFinite) };
    })
    .sort((a, b) => {
      if (a.value === null || b.value === null) return (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0);
      return metric === 'testAccuracy' ? b.value - a.value : a.value - b.value;
    });

  const headline = ranked.map((r, i) => `${r.label} ${i === 0 || r.value === null || r.words.startsWith('stalled') ? r.words : r.words.replace(/^reached /, '')}`).join('; ');
  const notes: string[] = [];
  if (seeds) {
    for (let i = 0; i + 1 < ranked.length; i++) {
      const a = ranked[i];
      const b = ranked[i + 1];
      if (a.sample.length < 2 || b.sample.length < 2) continue;
      // the p-values shared/stats' compare() reports (Welch's, else Mann–Whitney's), without its bootstrap
      const p = welchTTest(a.sample, b.sample).p ?? mannWhitneyU(a.sample, b.sample).p;
      const pText = p === null ? 'p not defined' : `p = ${formatNumber(p, 2)}`;
      notes.push(
        p !== null && p < CLEAR_P
          ? `${a.label} is clearly ahead of ${b.label} (Welch's t-test, ${pText}, ${a.sample.length} and ${b.sample.length} seeds).`
          : `The difference between ${a.label} and ${b.label} is not clear with ${a.sample.length} and ${b.sample.length} seeds (${pText}); more seeds could tell them apart.`,
      );
    }
  }
  const pending = arms.reduce((s, a) => s + a.runs.filter((r) => !finished(r) && (r.status === 'queued' || r.status === 'running')).length, 0);
  return { metric, ranked: ranked.map(({ sample: _s, ...r }) => r), headline: `${headline}.`, notes, pending };
}
