// The scale-sweep form as typed, turned into the sweeps.start input and checked with the shared run schema.
import { parseRunConfig } from '../../../../shared/contract/config';
import { dataShape, outputUnitsFor } from '../../../../shared/contract/data-sets';
import { issueFieldText } from '../../../../shared/contract/issues';
import type { OpInput } from '../../../../shared/contract/operations';
import { parseSeedList } from '../runs/seedList';
import { parseScaleList } from './statsSweep';

/** Everything the sweep form edits; numbers are kept as typed so any keystroke survives. */
export interface SweepDraft {
  name: string;
  init: string;
  dataset: string;
  hidden: string;
  activation: string;
  lr: string;
  iterations: string;
  scales: string;
  seeds: string;
  varyDataSeed: boolean;
}

/**
 * The starting form: He's own scale ×¼ to ×4 on the course network, five seeds. The learning rate and
 * iterations are chosen so that it teaches at the page's default target (0.3): He ×1 converges for every seed,
 * ×¼ for none (signals vanish), ×4 for some (test/renderer/lib/statsSweepDraft.test.ts trains it).
 */
export function defaultSweepDraft(): SweepDraft {
  return {
    name: '',
    init: 'he_normal',
    dataset: 'course-circles',
    hidden: '10, 5',
    activation: 'relu',
    lr: '0.05',
    iterations: '2500',
    scales: '0.25, 0.5, 1, 2, 4',
    seeds: '1-5',
    varyDataSeed: false,
  };
}

/** The outcome of checking a draft: the input for sweeps.start, or problems by form field. */
export interface SweepDraftCheck {
  input: OpInput<'sweeps.start'> | null;
  errors: Partial<Record<keyof SweepDraft, string>>;
  cells: number;
}

function num(s: string): number | string {
  const t = s.trim();
  const n = Number(t);
  return t !== '' && Number.isFinite(n) ? n : s;
}

/** Where a schema issue belongs in the form. */
function fieldOf(path: string): keyof SweepDraft {
  if (path.startsWith('network.dims')) return 'hidden';
  if (path.startsWith('network.activation')) return 'activation';
  if (path.startsWith('optimizer.lr')) return 'lr';
  if (path.startsWith('iterations')) return 'iterations';
  if (path.startsWith('init')) return 'init';
  if (path.startsWith('data')) return 'dataset';
  return 'name';
}

/**
 * Builds the sweep's base RunConfig (recording kept light: a sweep only needs final numbers and a coarse cost
 * curve) and checks it with RunConfigSchema; scales and seeds are checked as lists.
 */
export function checkSweepDraft(d: SweepDraft): SweepDraftCheck {
  const errors: SweepDraftCheck['errors'] = {};
  const scales = parseScaleList(d.scales);
  if (!scales.ok) errors.scales = scales.message;
  const seeds = parseSeedList(d.seeds);
  if (!seeds.ok) errors.seeds = seeds.message;
  const hidden = d.hidden.split(/[\s,;]+/).filter(Boolean).map(num);
  const iterations = num(d.iterations);
  const its = typeof iterations === 'number' && iterations > 0 ? Math.floor(iterations) : 1;
  // the data set decides the input size and the output units (MNIST: 784 in, 10 softmax units out)
  const shape = dataShape({ kind: d.dataset });
  const raw = {
    data: { kind: d.dataset },
    network: { dims: [shape.nFeatures, ...hidden, outputUnitsFor(shape.classes.length)], activation: d.activation },
    init: { name: d.init, params: {} },
    optimizer: { name: 'gd', lr: num(d.lr) },
    iterations,
    record: { costEvery: Math.max(1, Math.ceil(its / 500)), checkpointEvery: its, boundaryGrid: 0, histogramBins: 0, layerStats: true },
  };
  const r = parseRunConfig(raw);
  if (!r.ok) for (const issue of r.error.issues) errors[fieldOf(issue.path.join('.'))] ??= issueFieldText(issue);
  if (d.varyDataSeed && (d.dataset === 'course-circles' || d.dataset === 'mnist')) errors.varyDataSeed = `${d.dataset} is a fixed data set with no seed to vary`;
  const cells = scales.ok && seeds.ok ? scales.scales.length * seeds.seeds.length : 0;
  if (!r.ok || !scales.ok || !seeds.ok || Object.keys(errors).length) return { input: null, errors, cells };
  return {
    input: { base: r.value, scales: scales.scales, seeds: seeds.seeds, varyDataSeed: d.varyDataSeed, ...(d.name.trim() ? { name: d.name.trim() } : {}) },
    errors,
    cells,
  };
}
