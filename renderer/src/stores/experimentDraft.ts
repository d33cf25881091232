// The experiment builder's draft: what the user typed (text, so any keystroke is kept), turned into an
// ExperimentConfig and checked with the shared schema on every change, each problem pinned to its field.
import { dataShape, outputUnitsFor, type IdxDataConfig } from '../../../shared/contract/data-sets';
import { computed, inject, provide, reactive, type ComputedRef, type InjectionKey } from 'vue';
import { COURSE_EXPERIMENT, parseExperimentConfig, type CsvDataConfig, type ExperimentConfig } from '../../../shared/contract/config';
import { issueFieldText, pathText } from '../../../shared/contract/issues';
import { SETTING_SECTIONS, draftOf, inputOf, type SettingSectionName } from '../../../shared/contract/settings';
import { formatSeedList, parseSeedList } from '../lib/runs/seedList';

/** One arm as typed: an initializer, its parameters as text, the bias and the weight multiplier. */
export interface ArmDraft {
  key: number;
  label: string;
  init: string;
  params: Record<string, string>;
  bias: string;
  /** Every weight times this ("1": the initializer as published). */
  multiplier: string;
}

/** Everything the builder edits. Numbers are kept as typed. */
export interface ExperimentDraft {
  name: string;
  data: {
    kind: string;
    nTrain: string;
    nTest: string;
    noise: string;
    seed: string;
    params: Record<string, string>;
    csv: CsvDataConfig | null;
    testFraction: string;
    /** IDX files as read by data.describeIdx (null until read). */
    idx: IdxDataConfig | null;
  };
  hidden: string[];
  activation: string;
  /** The table-built sections (shared/contract/settings), each setting's text by key: optimizer, training (iterations, loss, rng), record. */
  optimizer: Record<string, string>;
  training: Record<string, string>;
  record: Record<string, string>;
  seeds: string;
  dataSeeds: string;
  arms: ArmDraft[];
}

let armKey = 1;

/** A fresh arm for an initializer. */
export function newArm(init: string, label = ''): ArmDraft {
  return { key: armKey++, label, init, params: {}, bias: '0', multiplier: '1' };
}

/** The starting draft: the course's network and training on the course data, comparing He and Xavier. */
export function defaultDraft(): ExperimentDraft {
  return draftFromConfig({
    ...COURSE_EXPERIMENT,
    name: 'my experiment',
    arms: [
      { label: undefined, init: { name: 'he_normal', params: {}, bias: 0 } },
      { label: undefined, init: { name: 'xavier_normal', params: {}, bias: 0 } },
    ],
    seeds: { init: [1], data: null },
  } as ExperimentConfig);
}

const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/** A draft that reproduces a stored experiment config. */
export function draftFromConfig(c: ExperimentConfig): ExperimentDraft {
  const d = c.base.data;
  const gen = d.kind !== 'course-circles' && d.kind !== 'csv' && d.kind !== 'mnist' && d.kind !== 'idx' ? d : null;
  return {
    name: c.name,
    data: {
      kind: d.kind,
      nTrain: text(gen?.nTrain ?? 300),
      nTest: text(gen?.nTest ?? 100),
      noise: text(gen?.noise ?? 0.1),
      seed: text(gen?.seed ?? 1),
      params: Object.fromEntries(Object.entries(gen?.params ?? {}).map(([k, v]) => [k, text(v)])),
      csv: d.kind === 'csv' ? d : null,
      testFraction: text(d.kind === 'csv' ? d.testFraction : 0.2),
      idx: d.kind === 'idx' ? d : null,
    },
    hidden: c.base.network.dims.slice(1, -1).map(text),
    activation: c.base.network.activation,
    optimizer: draftOf(SETTING_SECTIONS.optimizer.table, c.base.optimizer),
    training: draftOf(SETTING_SECTIONS.training.table, c.base),
    record: draftOf(SETTING_SECTIONS.record.table, c.base.record),
    seeds: formatSeedList(c.seeds.init),
    dataSeeds: c.seeds.data ? formatSeedList(c.seeds.data) : '',
    arms: c.arms.map((a) => ({
      ...newArm(a.init.name, a.label ?? ''),
      params: Object.fromEntries(Object.entries(a.init.params).map(([k, v]) => [k, text(v)])),
      bias: text(a.init.bias),
      multiplier: text(a.init.multiplier ?? 1),
    })),
  };
}

/** A typed number, or the text itself when it is not one (so the schema names the bad value). */
function num(s: string): number | string {
  const t = s.trim();
  if (t === '') return s;
  const n = Number(t);
  return Number.isFinite(n) ? n : s;
}

/** A parameter value: numbers as numbers, words (enum choices) as words. */
function paramValue(s: string): number | string {
  const n = num(s);
  return n;
}

/** The number of input features of the draft's data. */
export function featureCount(d: ExperimentDraft): number {
  if (d.data.kind === 'csv') return d.data.csv?.featureNames.length ?? 2;
  if (d.data.kind === 'idx') return d.data.idx ? dataShape(d.data.idx).nFeatures : 784;
  return dataShape({ kind: d.data.kind }).nFeatures;
}

/** The output units the draft's data needs: one sigmoid unit for two classes, else one softmax unit per class. */
export function outputUnits(d: ExperimentDraft): number {
  if (d.data.kind === 'idx') return outputUnitsFor(d.data.idx ? d.data.idx.classes.length : 10);
  return outputUnitsFor(d.data.kind === 'csv' && d.data.csv ? dataShape(d.data.csv).classes.length : dataShape({ kind: d.data.kind }).classes.length);
}

/** The config a draft describes (not yet validated), plus problems found before the schema (seed lists). */
export function draftToInput(d: ExperimentDraft): { input: Record<string, unknown>; pre: Record<string, string> } {
  const pre: Record<string, string> = {};
  const seeds = parseSeedList(d.seeds);
  if (!seeds.ok) pre['seeds.init'] = seeds.message;
  let dataSeeds: number[] | null = null;
  if (d.dataSeeds.trim()) {
    const ds = parseSeedList(d.dataSeeds);
    if (ds.ok) dataSeeds = ds.seeds;
    else pre['seeds.data'] = ds.message;
  }
  let data: Record<string, unknown>;
  if (d.data.kind === 'course-circles' || d.data.kind === 'mnist') data = { kind: d.data.kind };
  else if (d.data.kind === 'csv') {
    if (!d.data.csv) pre['base.data'] = 'choose a CSV file to import';
    data = { ...(d.data.csv ?? { kind: 'csv', featureNames: ['x1', 'x2'], x: [], y: [] }), testFraction: num(d.data.testFraction) };
  } else if (d.data.kind === 'idx') {
    if (!d.data.idx) pre['base.data'] = 'read four IDX files first (training and test images and labels)';
    data = d.data.idx ? { ...d.data.idx } : { kind: 'idx' };
  } else {
    data = {
      kind: d.data.kind,
      nTrain: num(d.data.nTrain),
      nTest: num(d.data.nTest),
      noise: num(d.data.noise),
      seed: num(d.data.seed),
      params: Object.fromEntries(Object.entries(d.data.params).filter(([, v]) => v.trim() !== '').map(([k, v]) => [k, num(v)])),
    };
  }
  const input = {
    version: 1,
    name: d.name.trim() || 'experiment',
    base: {
      data,
      network: { dims: [featureCount(d), ...d.hidden.map(num), outputUnits(d)], activation: d.activation },
      ...inputOf(SETTING_SECTIONS.training.table, d.training),
      optimizer: inputOf(SETTING_SECTIONS.optimizer.table, d.optimizer),
      record: inputOf(SETTING_SECTIONS.record.table, d.record),
    },
    arms: d.arms.map((a) => ({
      ...(a.label.trim() ? { label: a.label.trim() } : {}),
      init: {
        name: a.init,
        params: Object.fromEntries(Object.entries(a.params).filter(([, v]) => v.trim() !== '').map(([k, v]) => [k, paramValue(v)])),
        bias: num(a.bias),
        // 1 is the initializer as published, which the schema stores as no multiplier at all
        ...(a.multiplier.trim() === '' || a.multiplier.trim() === '1' ? {} : { multiplier: num(a.multiplier) }),
      },
    })),
    seeds: { init: seeds.ok ? seeds.seeds : [1], data: dataSeeds },
  };
  return { input, pre };
}

/** The table row a form path names (`base.optimizer.lr`, `base.iterations`), if any. */
function settingAt(path: string) {
  for (const name of Object.keys(SETTING_SECTIONS) as SettingSectionName[]) {
    const section = SETTING_SECTIONS[name];
    const prefix = ['base', ...section.path].join('.');
    const row = section.table.find((s) => `${prefix}.${s.key}` === path);
    if (row) return row;
  }
  return undefined;
}

/** The form path of a table row's field (`base.optimizer.lr`), where its problems are pinned. */
export function settingPath(section: SettingSectionName, key: string): string {
  return ['base', ...SETTING_SECTIONS[section].path, key].join('.');
}

/** The outcome of checking a draft. */
export interface DraftCheck {
  config: ExperimentConfig | null;
  /** Problems by field path (e.g. `base.optimizer.lr`, `arms.1.init.params.gain`). */
  errors: Record<string, string>;
  runCount: number;
}

/** A field path as the form names it: `base.optimizer.lr` → "Learning rate", `arms.1.init.params.gain` → "Arm 2 · gain". */
export function fieldLabel(path: string): string {
  const fixed: Record<string, string> = {
    name: 'Name',
    'base.network.activation': 'Hidden activation',
    'base.data.nTrain': 'Training points',
    'base.data.nTest': 'Test points',
    'base.data.noise': 'Noise σ',
    'base.data.seed': 'Data seed',
    'base.data.testFraction': 'Test share',
    'base.data': 'Data set',
    'seeds.init': 'Init seeds',
    'seeds.data': 'Data seeds',
  };
  if (fixed[path]) return fixed[path];
  const setting = settingAt(path);
  if (setting) return setting.form.label;
  const layer = /^base\.network\.dims\.(\d+)$/.exec(path);
  if (layer) return `Layer ${layer[1]} width`;
  const arm = /^arms\.(\d+)\.init\.(?:params\.)?(\w+)$/.exec(path);
  if (arm) return `Arm ${Number(arm[1]) + 1} · ${arm[2] === 'name' ? 'initializer' : arm[2]}`;
  const dataParam = /^base\.data\.params\.(\w+)$/.exec(path);
  if (dataParam) return `Data · ${dataParam[1]}`;
  return path;
}

/** Validates a draft with the shared schema and pins each problem to its field. */
export function checkDraft(d: ExperimentDraft): DraftCheck {
  const { input, pre } = draftToInput(d);
  const r = parseExperimentConfig(input);
  const errors: Record<string, string> = { ...pre };
  if (!r.ok) {
    for (const issue of r.error.issues) {
      const key = pathText(issue.path, '(config)');
      // a problem the form already named for a field (no CSV chosen yet) covers what the schema says below it
      const covered = Object.keys(pre).some((p) => key === p || key.startsWith(`${p}.`));
      if (!covered && !(key in errors)) errors[key] = issueFieldText(issue);
    }
  }
  const config = r.ok && !Object.keys(pre).length ? r.value : null;
  return { config, errors, runCount: config ? config.arms.length * config.seeds.init.length * (config.seeds.data?.length ?? 1) : 0 };
}

/** What useExperimentDraft returns. */
export interface UseExperimentDraftReturn {
  draft: ExperimentDraft;
  check: ComputedRef<DraftCheck>;
  /** The problem at a field path, or '' (paths under it count too, e.g. `base.data` covers `base.data.noise`). */
  errorAt(path: string): string;
  addArm(init: string): void;
  removeArm(key: number): void;
  reset(next?: ExperimentDraft): void;
}

/** A reactive draft with live validation. */
export function useExperimentDraft(initial: ExperimentDraft = defaultDraft()): UseExperimentDraftReturn {
  const draft = reactive(initial) as ExperimentDraft;
  const check = computed(() => checkDraft(draft));
  return {
    draft,
    check,
    errorAt: (path) => check.value.errors[path] ?? '',
    addArm(init) {
      draft.arms.push(newArm(init));
    },
    removeArm(key) {
      const i = draft.arms.findIndex((a) => a.key === key);
      if (i >= 0) draft.arms.splice(i, 1);
    },
    reset(next = defaultDraft()) {
      Object.assign(draft, next);
    },
  };
}

const KEY: InjectionKey<UseExperimentDraftReturn> = Symbol('experimentDraft');

/** Shares a draft with the builder's sections below. */
export function provideExperimentDraft(store: UseExperimentDraftReturn): void {
  provide(KEY, store);
}

/** The draft the builder provided; throws when used outside it. */
export function injectExperimentDraft(): UseExperimentDraftReturn {
  const store = inject(KEY, null);
  if (!store) throw new Error('no experiment draft provided');
  return store;
}
