// Reading stored configs back into their typed shapes (they were validated on the way in; this re-checks).
import { ExperimentConfigSchema, RunConfigSchema, type ExperimentConfig, type RunConfig } from '../../../../shared/contract/config';

/** The run config stored with a run, or null if it does not parse. */
export function readRunConfig(raw: unknown): RunConfig | null {
  const r = RunConfigSchema.safeParse(raw);
  return r.success ? r.data : null;
}

/** The experiment config stored with an experiment, or null if it does not parse (e.g. a sweep's spec). */
export function readExperimentConfig(raw: unknown): ExperimentConfig | null {
  const r = ExperimentConfigSchema.safeParse(raw);
  return r.success ? r.data : null;
}

/** Updates per epoch: one for full batch, else ceil(nTrain / batchSize). */
export function iterationsPerEpoch(config: RunConfig | null, nTrain: number | null): number {
  const batch = config?.optimizer.batchSize;
  if (!batch || !nTrain) return 1;
  return Math.max(1, Math.ceil(nTrain / batch));
}
