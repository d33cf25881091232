// The flags of `init-lab train`: one per config field, with the choices taken from the engine's registries. The
// flags of the table-built sections (optimizer, training, record) come from their rows (shared/contract/settings).
import { type Command, Option } from 'commander';
import { COURSE_PRESET, PRESETS, RunConfigSchema } from '../../../shared/contract/config';
import { SETTING_SECTIONS, type Setting, type SettingSection } from '../../../shared/contract/settings';
import { DATASET_NAMES, type DatasetName } from '../../../shared/engine/data';
import { ACTIVATION_NAMES } from '../../../shared/engine';
import { INITIALIZER_NAMES } from '../../../shared/engine/init';
import { listArg, numberArg, numberListArg, positiveIntArg, seedListArg } from '../args';

/** The data-set names --dataset accepts. */
export const DATASET_CHOICES = DATASET_NAMES;

/**
 * What the user typed, as parsed by commander; undefined = not given (the preset's value stands). A table-built
 * setting is under its flag's camelCase name (`--weight-decay` → weightDecay, `settingFlagKey`).
 */
export interface TrainFlags {
  [settingFlag: string]: unknown;
  preset?: string;
  init?: string[];
  rng?: string;
  dataSeed?: number;
  initSeed?: number;
  dataset?: DatasetName;
  csv?: string;
  testCsv?: string;
  idxTrainImages?: string;
  idxTrainLabels?: string;
  idxTestImages?: string;
  idxTestLabels?: string;
  label?: string;
  standardize?: boolean;
  nTrain?: number;
  nTest?: number;
  noise?: number;
  dims?: number[];
  activation?: string;
  lr?: number;
  iterations?: number;
  optimizer?: string;
  batchSize?: number;
  loss?: string;
  logEvery: number;
  seeds?: number[];
  dataSeeds?: number[];
  save?: boolean;
  data?: string;
  name?: string;
  workers?: number;
  /** `--redis URL` (added by the train command). */
  redis?: string;
  json?: boolean;
}

/** Default cost-report interval (iteration 0 always included): the record table's --log-every row says it. */
export const DEFAULT_LOG_EVERY = SETTING_SECTIONS.record.table.find((s) => s.key === 'costEvery')?.cli.default ?? 1000;

/** Where commander puts a flag's value: `--weight-decay` → weightDecay (a switch's `--no-…` lands there too). */
export function settingFlagKey(flag: string): string {
  return flag.replace(/^--/, '').replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

const DEFAULTS = RunConfigSchema.parse({});
const C = COURSE_PRESET;

function defaults(of: (c: typeof DEFAULTS) => unknown): string {
  const show = (v: unknown) => (Array.isArray(v) ? v.join(',') : v === null ? 'full batch' : String(v));
  const a = show(of(DEFAULTS));
  const b = show(of(C));
  return a === b ? `(default: ${a})` : `(default: ${a}; course preset: ${b})`;
}

function valueAt(config: unknown, path: readonly string[], key: string): unknown {
  let v = config as Record<string, unknown>;
  for (const p of path) v = v[p] as Record<string, unknown>;
  return v[key];
}

/** A table row's flags: its option (and `--no-…` for a switch), the schema's and the course preset's default in the help. */
export function settingOptions(section: SettingSection, s: Setting): Option[] {
  const { flag, help, parse } = s.cli;
  const shown = s.cli.default !== undefined ? '' : ` ${defaults((c) => valueAt(c, section.path, s.key) ?? s.default)}`;
  switch (parse) {
    case 'number':
      return [new Option(`${flag} <${s.cli.arg ?? 'n'}>`, `${help}${shown}`).argParser(numberArg)];
    case 'count': {
      const option = new Option(`${flag} <${s.cli.arg ?? 'n'}>`, `${help}${shown}`).argParser(positiveIntArg);
      return [s.cli.default !== undefined ? option.default(s.cli.default) : option];
    }
    case 'choice':
      return [new Option(`${flag} <${s.cli.arg ?? 'name'}>`, `${help}${shown}`).choices((s.choices?.() ?? []).map((c) => c.value))];
    case 'switch':
      return [new Option(flag, `${help}${shown}`), new Option(`--no-${flag.slice(2)}`, `no ${help}`)];
  }
}

/** Every table-built section's flags, section by section in table order. */
export function settingFlagOptions(): Option[] {
  return Object.values(SETTING_SECTIONS).flatMap((section) => section.table.flatMap((s) => settingOptions(section, s)));
}

/** `--workers N`: how many runs train at once. */
export function workersOption(): Option {
  return new Option('--workers <n>', 'worker threads training runs at once (default: one per core); results do not depend on it').argParser(positiveIntArg);
}

/** Adds every train flag to a command. */
export function addTrainFlags(cmd: Command): Command {
  cmd
    .addOption(new Option('--preset <name>', 'start from a preset; later flags override its settings').choices(Object.keys(PRESETS)))
    .addOption(
      new Option(
        '--init <specs>',
        `initializers to train, comma-separated: name or name:key=value;key=value (e.g. xavier_normal:gain=2;bias=0.1). ` +
          `Every initializer takes bias=B (the biases' start) and, but lsuv, multiplier=M (every weight × M after drawing, ` +
          `e.g. he_normal:multiplier=0.5). "random" and "he" are the course's settings. Accepted names: ${INITIALIZER_NAMES.join(', ')} ` +
          `(default: ${DEFAULTS.init.name}; course preset: ${C.init.name})`,
      ).argParser(listArg),
    )
    .addOption(new Option('--data-seed <n>', 'seed of a generated data set or of a CSV\'s train/test split (default: 1)').argParser(numberArg))
    .addOption(new Option('--init-seed <n>', `seed of the weight draws (and mini-batch order) ${defaults((c) => c.initSeed)}`).argParser(numberArg))
    .addOption(new Option('--dataset <name>', `data set ${defaults((c) => c.data.kind)}`).choices(DATASET_CHOICES))
    .addOption(new Option('--csv <file>', 'CSV file for --dataset csv (implies it): numeric feature columns and a label column (any labels: classes in sorted order)'))
    .addOption(new Option('--test-csv <file>', 'test rows from this CSV (same columns) instead of a split of --csv; the training rows then train in file order'))
    .addOption(new Option('--label <column>', 'label column of the CSV, at any position (default: a column named "label", else the last one)'))
    .addOption(new Option('--idx-train-images <file>', 'IDX training images (idx3, gzipped or not) for --dataset idx (implied by any --idx-* flag)'))
    .addOption(new Option('--idx-train-labels <file>', 'IDX training labels (idx1, gzipped or not)'))
    .addOption(new Option('--idx-test-images <file>', 'IDX test images (idx3, gzipped or not)'))
    .addOption(new Option('--idx-test-labels <file>', 'IDX test labels (idx1, gzipped or not)'))
    .addOption(new Option('--standardize', 'rescale CSV features to zero mean and unit variance on the training rows (the default, as in the app)'))
    .addOption(new Option('--no-standardize', 'keep CSV features as they are in the file'))
    .addOption(new Option('--n-train <n>', 'training points of a generated data set (default: 300)').argParser(numberArg))
    .addOption(new Option('--n-test <n>', 'test points of a generated data set (default: 100)').argParser(numberArg))
    .addOption(new Option('--noise <sigma>', 'noise of a generated data set (default: 0.1)').argParser(numberArg))
    .addOption(
      new Option('--dims <sizes>', `layer sizes from input to output: the last is 1 (one sigmoid unit, two classes) or the class count (softmax); the input and output sizes follow the data set when --dims is not given ${defaults((c) => c.network.dims)}`).argParser(
        numberListArg,
      ),
    )
    .addOption(new Option('--activation <name>', `hidden-layer activation ${defaults((c) => c.network.activation)}`).choices(ACTIVATION_NAMES));
  for (const option of settingFlagOptions()) cmd.addOption(option);
  return cmd
    .addOption(
      new Option('--seeds <list>', 'repeat every initializer over these init seeds: FROM-TO or a comma list (e.g. 1-10, 1,4,9); adds per-arm statistics and pairwise tests').argParser(
        seedListArg,
      ),
    )
    .addOption(new Option('--data-seeds <list>', 'also repeat over these data seeds (generated data, CSV split), every init seed on each').argParser(seedListArg))
    .addOption(new Option('--save', 'keep the runs in the lab\'s store (see --data), with full recording for the app'))
    .addOption(new Option('--data <dir>', 'data directory of the store (default: $INIT_LAB_DATA, else $XDG_DATA_HOME/init-lab or ~/.local/share/init-lab)'))
    .addOption(new Option('--name <text>', 'name of the saved experiment'))
    .addOption(workersOption())
    .addOption(new Option('--json', 'print one JSON document on stdout instead of text'));
}
