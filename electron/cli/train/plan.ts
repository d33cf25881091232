// From train flags to a validated experiment: the preset (or the defaults), the flags laid over it, one arm
// per initializer, one run per arm and seed, checked by the shared schema. Errors name the flag, the value and what is accepted.
import { basename, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { dataShape, outputUnitsFor } from '../../../shared/contract/data-sets';
import { PRESETS, RunConfigSchema, baseOf, parseExperimentConfig, parseRunConfig } from '../../../shared/contract/config';
import type { ExperimentConfig, InitConfig, RunConfig, RunConfigInput } from '../../../shared/contract/config';
import { GENERATED_DATASET_NAMES as GENERATED_DATASETS, csvDataConfig, DataError } from '../../../shared/engine/data';
import { INITIALIZERS, InitSpecError, formatInitSpec, initSpecOf, parseInitSpec } from '../../../shared/engine/init';
import { issueLine, issuesMessage, pathText, type PathSegment, type ValidationIssue } from '../../../shared/contract/issues';
import { OPTIMIZER_SETTINGS, RECORD_SETTINGS, SETTING_SECTIONS, TRAINING_SETTINGS, type Setting } from '../../../shared/contract/settings';
import { idxDataConfig } from '../../worker/idx-config';
import { UsageError } from '../errors';
import { unreadableReason } from '../read-file';
import { settingFlagKey, type TrainFlags } from './flags';

/** How much a run records beyond the costs: `light` for printing, `full` for a stored run the app can draw. */
export type RecordLevel = 'light' | 'full';

/** Reads a file as text; replaced in tests. */
export type ReadText = (path: string) => string;

/** Reads a file's bytes; replaced in tests. */
export type ReadBytes = (path: string) => Uint8Array;

const GENERATED: readonly string[] = GENERATED_DATASETS;

/** Config paths and the flags that set them, most specific first: the table-built sections' rows, then the rest. */
const FLAG_OF_PATH: [string, string][] = [
  ...Object.values(SETTING_SECTIONS).flatMap((section) => section.table.map((s): [string, string] => [[...section.path, s.key].join('.'), s.cli.flag])),
  ['network.dims', '--dims'],
  ['network.activation', '--activation'],
  ['data.nTrain', '--n-train'],
  ['data.nTest', '--n-test'],
  ['data.noise', '--noise'],
  ['data.seed', '--data-seed'],
  ['data.splitSeed', '--data-seed'],
  ['data.test', '--test-csv'],
  ['data', '--csv'],
  ['initSeed', '--init-seed'],
  ['init', '--init'],
  ['seeds.init', '--seeds'],
  ['seeds.data', '--data-seeds'],
];

const LIST_FLAGS = ['--dims', '--seeds', '--data-seeds'];

/** Where an issue's config path is set on the command line: `--lr`, `--dims, item 3`; the path itself when no flag sets it. */
export function flagOf(path: readonly PathSegment[]): string {
  // A run config's fields sit under `base` in an experiment, and the experiment under `experiment` in the payload.
  const rel = path[0] === 'experiment' ? path.slice(1) : path;
  const p = rel[0] === 'base' ? rel.slice(1) : rel;
  for (const [prefix, flag] of FLAG_OF_PATH) {
    const parts = prefix.split('.');
    if (!parts.every((part, k) => p[k] === part)) continue;
    const rest = p.slice(parts.length);
    return LIST_FLAGS.includes(flag) && rest.length === 1 && typeof rest[0] === 'number' ? `${flag}, item ${rest[0] + 1}` : flag;
  }
  return pathText(p, '(config)');
}

/** A refused config as the command line says it: the first issue with the flag that set the field, and how many more. */
export function flagMessage(error: { message: string; issues?: readonly ValidationIssue[] }): string {
  return error.issues?.length ? issuesMessage(error.issues, (i) => issueLine(i, flagOf(i.path))) : error.message;
}

function initOf(text: string): InitConfig {
  try {
    const spec = parseInitSpec(text);
    // Keep only what differs from the registry's defaults, as the presets and the app write an initializer.
    const defaults: Record<string, unknown> = INITIALIZERS[spec.name].defaults;
    const params = Object.fromEntries(Object.entries(spec.params).filter(([k, v]) => defaults[k] !== v));
    return spec.multiplier === undefined ? { name: spec.name, params, bias: spec.bias } : { name: spec.name, params, bias: spec.bias, multiplier: spec.multiplier };
  } catch (e) {
    if (e instanceof InitSpecError) throw new UsageError(`--init: ${e.message}`, e.code);
    throw e;
  }
}

function onlyFor(flags: TrainFlags, names: string[], what: string): void {
  const flagName = (k: string) => `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  const given = names.find((k) => flags[k] !== undefined);
  if (given) throw new UsageError(`${flagName(given)} applies only to ${what}`);
}

type DataInput = NonNullable<RunConfigInput['data']>;

/** The --idx-* flags, in the order the config names their files. */
const IDX_FLAGS = [
  ['idxTrainImages', '--idx-train-images', 'trainImages'],
  ['idxTrainLabels', '--idx-train-labels', 'trainLabels'],
  ['idxTestImages', '--idx-test-images', 'testImages'],
  ['idxTestLabels', '--idx-test-labels', 'testLabels'],
] as const;

/** The idx data config of four files: each read and hashed here, parsed for the image size and the classes. */
function idxDataOf(flags: TrainFlags, readBytes: ReadBytes): DataInput {
  const missing = IDX_FLAGS.filter(([key]) => flags[key] === undefined).map(([, flag]) => flag);
  if (missing.length) throw new UsageError(`--dataset idx needs ${missing.join(', ')}`);
  const read = (key: (typeof IDX_FLAGS)[number][0], flag: string) => {
    const path = resolve(flags[key] as string);
    try {
      return { path, bytes: readBytes(path) };
    } catch (e) {
      throw new UsageError(`${flag}: cannot read "${flags[key]}": ${unreadableReason(e)}`, 'unreadable_file');
    }
  };
  const files = Object.fromEntries(IDX_FLAGS.map(([key, flag, name]) => [name, { flag, ...read(key, flag) }])) as Record<
    (typeof IDX_FLAGS)[number][2],
    { flag: string; path: string; bytes: Uint8Array }
  >;
  return idxDataConfig(files, (role, e) => new UsageError(role ? `${files[role].flag}: ${e.message}` : `--dataset idx: ${e.message}`, e.code)).config;
}

function dataOf(flags: TrainFlags, base: RunConfig, readText: ReadText, readBytes: ReadBytes): DataInput {
  if (flags.csv !== undefined && flags.dataset !== undefined && flags.dataset !== 'csv') {
    throw new UsageError(`--csv goes with --dataset csv, not --dataset ${flags.dataset}`);
  }
  const idxGiven = IDX_FLAGS.some(([key]) => flags[key] !== undefined);
  if (idxGiven && flags.dataset !== undefined && flags.dataset !== 'idx') {
    throw new UsageError(`--idx-* files go with --dataset idx, not --dataset ${flags.dataset}`);
  }
  const kind = flags.csv !== undefined ? 'csv' : idxGiven ? 'idx' : (flags.dataset ?? base.data.kind);
  if (kind !== 'csv') onlyFor(flags, ['label', 'standardize', 'testCsv'], 'CSV data (--dataset csv --csv FILE)');
  if (kind === 'mnist' || kind === 'idx') {
    onlyFor(flags, ['nTrain', 'nTest', 'noise'], `generated data sets (${GENERATED_DATASETS.join(', ')})`);
    onlyFor(flags, ['dataSeed'], `generated data sets (${GENERATED_DATASETS.join(', ')}) and CSV splits; ${kind} has a fixed split`);
    return kind === 'mnist' ? { kind } : idxDataOf(flags, readBytes);
  }
  if (!GENERATED.includes(kind)) {
    onlyFor(flags, ['nTrain', 'nTest', 'noise'], `generated data sets (${GENERATED_DATASETS.join(', ')})`);
  }
  if (kind === 'course-circles') {
    onlyFor(flags, ['dataSeed'], `generated data sets (${GENERATED_DATASETS.join(', ')}) and CSV splits; course-circles is fixed`);
    return { kind };
  }
  if (kind === 'csv') {
    if (flags.csv === undefined) throw new UsageError('--dataset csv needs --csv FILE');
    const readFlag = (flag: string, file: string): string => {
      try {
        return readText(file);
      } catch (e) {
        throw new UsageError(`${flag}: cannot read "${file}": ${unreadableReason(e)}`, 'unreadable_file');
      }
    };
    const text = readFlag('--csv', flags.csv);
    const testText = flags.testCsv === undefined ? undefined : readFlag('--test-csv', flags.testCsv);
    if (flags.testCsv !== undefined && flags.dataSeed !== undefined) throw new UsageError('--data-seed seeds a CSV split; with --test-csv nothing is split');
    try {
      return csvDataConfig(text, {
        label: flags.label,
        standardize: flags.standardize ?? true,
        seed: flags.dataSeed,
        source: basename(flags.csv),
        ...(testText === undefined ? {} : { testText, testSource: basename(flags.testCsv as string) }),
      }) as DataInput; // the same data; the engine's type only marks its arrays readonly
    } catch (e) {
      if (e instanceof DataError) throw new UsageError(`--csv ${flags.csv}: ${e.message}`, e.code);
      throw e;
    }
  }
  const same = base.data.kind === kind ? base.data : {};
  return { ...same, kind, nTrain: flags.nTrain, nTest: flags.nTest, noise: flags.noise, seed: flags.dataSeed } as DataInput;
}

/** The table rows the user gave a flag for, as config values over `base`'s (a switch's `--no-…` gives false). */
function given(flags: TrainFlags, table: readonly Setting[], base: Record<string, unknown>): Record<string, unknown> {
  const out = { ...base };
  for (const s of table) {
    const v = flags[settingFlagKey(s.cli.flag)];
    if (v !== undefined) out[s.key] = v;
  }
  return out;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

// Only undefined keys go: a JSON round trip would also turn a given Infinity or NaN into null, and the schema would
// then report "got null" for a value the user never typed.
function withoutUndefined<T>(o: T): T {
  if (Array.isArray(o)) return o.map((v: unknown) => withoutUndefined(v)) as T;
  if (o === null || typeof o !== 'object' || ArrayBuffer.isView(o)) return o;
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined).map(([k, v]) => [k, withoutUndefined(v)])) as T;
}

/** A run config's issues with the init seed's blamed on --seeds' first item when --seeds set it (the run is that seed's). */
function seedIssuesOnList<E extends { message: string; issues?: readonly ValidationIssue[] }>(error: E, fromList: boolean): E {
  if (!fromList || !error.issues) return error;
  return { ...error, issues: error.issues.map((i) => (i.path.length === 1 && i.path[0] === 'initSeed' ? { ...i, path: ['seeds', 'init', 0] } : i)) };
}

/** What `train` will run: a validated experiment (one arm per --init item, one run per arm and seed). */
export interface TrainPlan {
  experiment: ExperimentConfig;
  /** The arms' labels: the --init items as typed. */
  labels: string[];
}

/** The experiment `train` will run; throws UsageError naming the flag at fault. */
export function planTrain(
  flags: TrainFlags,
  record: RecordLevel = 'light',
  readText: ReadText = (p) => readFileSync(p, 'utf8'),
  readBytes: ReadBytes = (p) => readFileSync(p),
): TrainPlan {
  if (flags.seeds !== undefined && flags.initSeed !== undefined) throw new UsageError('give either --init-seed or --seeds, not both');
  if (flags.dataSeeds !== undefined && flags.dataSeed !== undefined) throw new UsageError('give either --data-seed or --data-seeds, not both');
  const base: RunConfig = flags.preset ? structuredClone(PRESETS[flags.preset as keyof typeof PRESETS]) : RunConfigSchema.parse({});
  const data = dataOf(flags, base, readText, readBytes);
  const shape = dataShape(data as { kind: string });
  const seeds = flags.seeds ?? [flags.initSeed ?? base.initSeed];
  const input = withoutUndefined({
    ...base,
    data,
    network: {
      ...base.network,
      dims: flags.dims ?? [shape.nFeatures, ...base.network.dims.slice(1, -1), outputUnitsFor(shape.classes.length)],
      activation: flags.activation ?? base.network.activation,
    },
    ...given(flags, TRAINING_SETTINGS, Object.fromEntries(TRAINING_SETTINGS.map((s) => [s.key, base[s.key]]))),
    initSeed: seeds[0],
    optimizer: given(flags, OPTIMIZER_SETTINGS, base.optimizer),
    // --log-every paces the printout and the cost record together; any other record flag overrides the level's choice.
    record: given(
      flags,
      RECORD_SETTINGS.filter((s) => s.key !== 'costEvery'),
      record === 'full'
        ? { ...base.record, costEvery: gcd(base.record.costEvery, flags.logEvery) } // every reported cost is recorded
        : // Printing needs the costs, and the insights per-layer statistics at the checkpoints; boundary grids and
          // histograms would only slow the run.
          { ...base.record, costEvery: flags.logEvery, layerStats: true, boundaryGrid: 0, histogramBins: 0 },
    ),
  }) as RunConfigInput;

  const labels = flags.init ?? [formatInitSpec(initSpecOf(base.init))];
  // Each arm's first run is checked as a run config, so a refused value is reported by the flag that set it.
  const configs = labels.map((label) => {
    const r = parseRunConfig({ ...input, init: initOf(label) });
    if (!r.ok) throw new UsageError(flagMessage(seedIssuesOnList(r.error, flags.seeds !== undefined)), r.error.code);
    return r.value;
  });
  const r = parseExperimentConfig({
    name: flags.name ?? `${flags.preset ?? configs[0].data.kind}: ${labels.join(', ')}`,
    base: baseOf(configs[0]),
    arms: labels.map((label, i) => ({ label, init: configs[i].init })),
    seeds: { init: seeds, data: flags.dataSeeds ?? null },
  });
  if (!r.ok) throw new UsageError(flagMessage(r.error), r.error.code);
  return { experiment: r.value, labels };
}
