// What the service answers with: runs, experiments, sweeps and the catalogue, as plain data.
import type { Checkpoint, CostPoint, Params } from '../engine/types';
import type { RunConfig } from './config';

/** Every status a stored run can have; `interrupted` marks a run whose process died while it was queued or training. */
export const RUN_STATUSES = ['queued', 'running', 'done', 'diverged', 'failed', 'cancelled', 'interrupted'] as const;

/** One of RUN_STATUSES. */
export type RunStatus = (typeof RUN_STATUSES)[number];

/** Statuses after which a run no longer changes (until it is rerun). */
export const FINISHED_STATUSES: readonly RunStatus[] = ['done', 'diverged', 'failed', 'cancelled', 'interrupted'];

/** What an experiment is: arms × seeds, or a scale sweep (scales × seeds of one initializer). */
export type ExperimentKind = 'experiment' | 'sweep';

/** A run's place in a scale sweep's grid. */
export interface SweepCell {
  sweepId: string;
  scale: number;
  seed: number;
}

/** A run as listed: its identity, what it trained, how it ended. Timestamps are ISO 8601 strings. */
export interface RunSummary {
  id: string;
  experimentId: string;
  name: string;
  /** The arm's label within its experiment (usually the initializer spec). */
  arm: string;
  status: RunStatus;
  dataset: string;
  /** The initializer spec as written (e.g. `he`, `xavier_normal:gain=2`). */
  init: string;
  initSeed: number;
  /** The data set's seed (generated data, a CSV's split); null for fixed data such as course-circles. */
  dataSeed: number | null;
  /** Iterations the config asks for. */
  iterations: number;
  /** Iterations actually trained (null until the run finishes). */
  iterationsRun: number | null;
  trainAccuracy: number | null;
  testAccuracy: number | null;
  /** Final train cost; null until the run finishes, or when it is NaN (SQLite keeps no NaN). */
  finalCost: number | null;
  /** Iteration at which training blew up, for `diverged` runs. */
  divergedAt: number | null;
  firstNonFiniteIteration: number | null;
  errorMessage: string | null;
  engineVersion: string;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** Wall time of the training loop alone. */
  trainSeconds: number | null;
  tags: string[];
  notes: string;
  sweep: SweepCell | null;
}

/** Everything stored about one run, with the full config it was trained with. */
export interface RunDetail extends RunSummary {
  config: RunConfig;
  /** The data set's class names in index order (`dataShape(config.data).classes`); two-class data: ["0", "1"]. */
  classes: string[];
  costs: CostPoint[];
  checkpoints: Checkpoint[];
  initialParams: Params | null;
  finalParams: Params | null;
}

/** Counts of an experiment's runs by status. */
export type StatusCounts = Record<RunStatus, number>;

/** An experiment as listed. `status` is `running` while any run is queued or running, else `finished`. */
export interface ExperimentSummary {
  id: string;
  name: string;
  kind: ExperimentKind;
  createdAt: string;
  status: 'running' | 'finished';
  counts: StatusCounts;
  runCount: number;
  tags: string[];
  notes: string;
}

/** An experiment with its description and its runs. `config` is the ExperimentConfig (or SweepSpec for a sweep). */
export interface ExperimentDetail extends ExperimentSummary {
  config: unknown;
  runs: RunSummary[];
}

/** One cell of a sweep's grid with the numbers a heatmap needs. */
export interface SweepCellSummary {
  scale: number;
  seed: number;
  runId: string;
  status: RunStatus;
  /** Final train cost; null until the run finishes, or when it is NaN (SQLite keeps no NaN). */
  finalCost: number | null;
  trainAccuracy: number | null;
  testAccuracy: number | null;
}

/** A scale sweep: its grid and where each cell stands. */
export interface SweepDetail {
  id: string;
  name: string;
  /** What the scales multiply: the base initializer's spec (its weights), or an older sweep's `name.param`. */
  init: string;
  scales: number[];
  seeds: number[];
  total: number;
  finished: number;
  status: 'running' | 'finished';
  cells: SweepCellSummary[];
  /** For a phase diagram (σ_w² × depth; each cell's scale is its σ_w²): the grid, each cell's depth and the theory's lines. */
  phase?: PhaseDetail;
}

/** A phase diagram's grid and the mean-field lines drawn over it. */
export interface PhaseDetail {
  width: number;
  sigmaW2: number[];
  depths: number[];
  sigmaB2: number;
  /** The order-to-chaos σ_w² (χ₁ = 1) at this σ_b². */
  criticalSigmaW2: number;
  /** 6 ξ_c along σ_w² (null where it is infinite: at the critical line). */
  curve: { sigmaW2: number; depth: number | null }[];
  /** Depth of each cell, by run id. */
  depthOf: Record<string, number>;
  /** The data set the cells trained on (its kind: mnist, moons, …) and its number of classes. */
  dataset: string;
  classes: number;
  /** Parameter updates per cell. */
  iterations: number;
  /** Test accuracy of guessing, 1 / classes: the colour scale's low end. */
  chance: number;
}

/** A file an export produces: the doors save it (dialog) or offer it as a download. */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  text: string;
}

/** One tunable parameter of a catalogue entry, as the UI shows it. */
export interface CatalogueParam {
  name: string;
  type: 'number' | 'integer' | 'enum';
  default: number | string;
  min?: number;
  max?: number;
  options?: readonly string[];
  description: string;
}

/** One entry of a registry (initializer, activation, optimizer, data set) for the UI. */
export interface CatalogueEntry {
  name: string;
  label: string;
  description: string;
  /** The rule in one line (e.g. `W ~ N(0, 2/fan_in)`); empty where there is none. */
  formula: string;
  parameters: CatalogueParam[];
  /** Extra facts per family (e.g. `aliasOf`, `random`, `dataDependent`, an activation's `gain`). */
  extra: Record<string, unknown>;
}

/** The engine's registries, described for the UI's pickers and formula text. */
export interface RegistryInfo {
  initializers: CatalogueEntry[];
  activations: CatalogueEntry[];
  optimizers: CatalogueEntry[];
  datasets: CatalogueEntry[];
}

/** Facts about the running service. */
export interface SystemInfo {
  appVersion: string;
  engineVersion: string;
  schemaVersion: number;
  dataDir: string;
  databasePath: string;
  poolSize: number;
  cores: number;
  platform: string;
  nodeVersion: string;
  /** Runs queued or training right now. */
  activeRuns: number;
}
