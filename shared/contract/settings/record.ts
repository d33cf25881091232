// The record section's table: what a run records and how often, each with its schema, default, flag, builder
// field and draft rule (settings/define.ts).
import { z } from 'zod';
import { setting } from './define';

const PositiveInt = z.number().int().positive();

/** What a run records and how often, in the order a config stores them. */
export const RECORD_SETTINGS = [
  setting({
    key: 'costEvery',
    schema: PositiveInt,
    default: 1,
    // The command line prints the cost every n iterations and records at least those (train/plan.ts).
    cli: { flag: '--log-every', help: 'report the cost every n iterations, iteration 0 included', parse: 'count', default: 1000 },
    form: { label: 'Record cost every', kind: 'integer', min: 1, more: true },
  }),
  setting({
    key: 'checkpointEvery',
    schema: PositiveInt,
    default: 1000,
    cli: { flag: '--checkpoint-every', help: 'take a checkpoint (accuracies, layer statistics) every n iterations; iteration 0 and the end always', parse: 'number' },
    form: { label: 'Checkpoint every', kind: 'integer', min: 1, more: true },
  }),
  setting({
    key: 'boundaryGrid',
    schema: z.number().int().min(0).max(400),
    default: 100,
    cli: { flag: '--boundary-grid', help: 'side of the decision-boundary grid recorded at checkpoints; 0 = none', parse: 'number' },
    form: { label: 'Boundary grid side', kind: 'integer', min: 0, max: 400, more: true, hint: '0: none' },
  }),
  setting({
    key: 'layerStats',
    schema: z.boolean(),
    default: true,
    cli: { flag: '--layer-stats', help: 'per-layer statistics at checkpoints', parse: 'switch' },
    form: { label: 'Per-layer statistics', kind: 'switch', more: true },
  }),
  setting({
    key: 'histogramBins',
    schema: z.number().int().min(0).max(200),
    default: 20,
    cli: { flag: '--histogram-bins', help: 'bins of the weight and activation histograms at checkpoints; 0 = none', parse: 'number' },
    form: { label: 'Histogram bins', kind: 'integer', min: 0, max: 200, more: true, hint: '0: none' },
  }),
] as const;
