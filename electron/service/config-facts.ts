// What the store lists and filters runs by, read from a run's config.
import type { RunConfig } from '../../shared/contract/config';
import type { RunFacts } from '../store/run-store';

/** The initializer as a spec string, e.g. `he`, `xavier_normal:gain=2`, `zeros:bias=0.1`, `he_normal:multiplier=2`. */
export function initSpecText(init: RunConfig['init']): string {
  const parts = Object.entries(init.params).map(([k, v]) => `${k}=${v}`);
  if (init.bias !== 0) parts.push(`bias=${init.bias}`);
  if (init.multiplier !== undefined && init.multiplier !== 1) parts.push(`multiplier=${init.multiplier}`);
  return parts.length ? `${init.name}:${parts.join(';')}` : init.name;
}

/** The data set's seed: generated data's seed, a CSV's split seed, none for shipped data. */
export function dataSeedOf(config: RunConfig): number | null {
  const d = config.data;
  if (d.kind === 'course-circles' || d.kind === 'mnist' || d.kind === 'idx') return null;
  if (d.kind === 'csv') return d.splitSeed;
  return d.seed;
}

/** The facts of a validated run config. */
export function runFacts(config: RunConfig): RunFacts {
  return {
    dataset: config.data.kind,
    init: initSpecText(config.init),
    initName: config.init.name,
    initSeed: config.initSeed,
    dataSeed: dataSeedOf(config),
    iterations: config.iterations,
  };
}
