// The training section's table: the run's top-level settings (random stream, iterations, loss), each with its
// schema, default, flag, builder field and draft rule (settings/define.ts).
import { z } from 'zod';
import { LOSS_NAMES } from '../../engine/nn/loss';
import { RNG_KINDS } from '../../engine/rng';
import { setting } from './define';

/** The run's own training settings, top-level keys of a run config (placed in the config's order by config.ts; this order is the builder's). */
export const TRAINING_SETTINGS = [
  setting({
    key: 'iterations',
    schema: z.number().int().positive(),
    default: 15000,
    cli: { flag: '--iterations', help: 'number of parameter updates', parse: 'number' },
    form: { label: 'Iterations', kind: 'integer', min: 1 },
  }),
  setting({
    key: 'loss',
    schema: z.enum(LOSS_NAMES as ['course', 'stable']),
    default: 'stable',
    choices: () => [
      { value: 'stable', label: 'stable (from logits)' },
      { value: 'course', label: 'course (can be infinite)' },
    ],
    cli: {
      flag: '--loss',
      arg: 'mode',
      help: "cross-entropy: course = the course's nansum over probabilities, unclipped (can be infinite); stable = computed from the logits",
      parse: 'choice',
    },
    form: { label: 'Loss', kind: 'choice', more: true },
  }),
  setting({
    key: 'rng',
    schema: z.enum(RNG_KINDS),
    default: 'seedrandom',
    choices: () => [
      { value: 'seedrandom', label: 'seedrandom' },
      { value: 'numpy', label: 'numpy (legacy MT19937)' },
    ],
    cli: { flag: '--rng', arg: 'kind', help: "random stream: numpy (numpy's legacy MT19937: seed, then randn per layer, row-major) or seedrandom", parse: 'choice' },
    form: { label: 'Random stream', kind: 'choice', more: true },
  }),
] as const;
