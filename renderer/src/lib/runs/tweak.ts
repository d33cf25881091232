// "Tweak and see": the settings an initialization experiment turns (an arm's multiplier, depth, width,
// learning rate, noise, iterations) read from an experiment, and the experiment that reruns what they touch.
import { ExperimentConfigSchema, type ExperimentConfig } from '../../../../shared/contract/config';

/** The values the sliders hold. Depth and width describe the hidden layers (all of one width once changed). */
export interface TweakValues {
  multipliers: number[];
  lr: number;
  iterations: number;
  depth: number;
  width: number;
  /** The generated data's noise; null for fixed data (the course's points, a CSV). */
  noise: number | null;
}

/** What the sliders start from: the experiment as it is. */
export function tweakValuesOf(config: ExperimentConfig): TweakValues {
  const hidden = config.base.network.dims.slice(1, -1);
  const data = config.base.data as { noise?: number };
  return {
    multipliers: config.arms.map((a) => a.init.multiplier ?? 1),
    lr: config.base.optimizer.lr,
    iterations: config.base.iterations,
    depth: hidden.length,
    width: hidden.length ? Math.max(...hidden) : 0,
    noise: typeof data.noise === 'number' ? data.noise : null,
  };
}

/** The rerun: which arms it trains (only the arms whose multiplier moved, else all) and its config (first seed only, so it is quick). */
export function tweakedExperiment(config: ExperimentConfig, values: TweakValues): { experiment: ExperimentConfig; arms: number[] } | { error: string } {
  const start = tweakValuesOf(config);
  const shared = values.lr !== start.lr || values.iterations !== start.iterations || values.depth !== start.depth || values.width !== start.width || values.noise !== start.noise;
  const arms = config.arms.map((_, i) => i).filter((i) => shared || values.multipliers[i] !== start.multipliers[i]);
  const dims = config.base.network.dims;
  const hidden = values.depth !== start.depth || values.width !== start.width ? Array.from({ length: values.depth }, () => values.width) : dims.slice(1, -1);
  const raw = {
    ...config,
    name: `${config.name} (tweaked)`,
    base: {
      ...config.base,
      data: values.noise === null ? config.base.data : { ...config.base.data, noise: values.noise },
      network: { ...config.base.network, dims: [dims[0], ...hidden, dims[dims.length - 1]] },
      optimizer: { ...config.base.optimizer, lr: values.lr },
      iterations: values.iterations,
    },
    arms: arms.map((i) => {
      const a = config.arms[i];
      const { multiplier: _m, ...init } = a.init;
      return { ...a, init: values.multipliers[i] === 1 ? init : { ...init, multiplier: values.multipliers[i] } };
    }),
    seeds: { init: [config.seeds.init[0]], data: config.seeds.data ? [config.seeds.data[0]] : null },
  };
  if (!arms.length) return { error: 'nothing changed' };
  const parsed = ExperimentConfigSchema.safeParse(raw);
  return parsed.success ? { experiment: parsed.data, arms } : { error: parsed.error.issues[0]?.message ?? 'not a valid experiment' };
}
