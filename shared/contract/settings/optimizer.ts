// The optimizer section's table: the update rule and its hyper-parameters, each with its schema, default,
// flag, builder field and draft rule (settings/define.ts). The engine reads them from config.optimizer.
import { z } from 'zod';
import { OPTIMIZERS, OPTIMIZER_NAMES, type OptimizerName } from '../../engine/optim';
import { numberFromText, setting } from './define';

const PositiveInt = z.number().int().positive();

// A field applies when the chosen optimizer reads it (its registry entry's `uses`); an unknown name shows them all.
const usedBy = (key: 'momentum' | 'beta1' | 'beta2' | 'epsilon') => (s: Readonly<Record<string, string>>) =>
  !(s.name in OPTIMIZERS) || OPTIMIZERS[s.name as OptimizerName].uses.includes(key);

/** The update rule and its hyper-parameters, in the order a config stores them. batchSize null = full batch. */
export const OPTIMIZER_SETTINGS = [
  setting({
    key: 'name',
    schema: z.enum(OPTIMIZER_NAMES as [OptimizerName, ...OptimizerName[]]),
    default: 'gd',
    choices: () => OPTIMIZER_NAMES.map((n) => ({ value: n, label: OPTIMIZERS[n].label })),
    cli: { flag: '--optimizer', help: 'update rule', parse: 'choice' },
    form: { label: 'Optimizer', kind: 'choice' },
  }),
  setting({
    key: 'lr',
    schema: z.number().positive().finite(),
    default: 0.01,
    cli: { flag: '--lr', arg: 'rate', help: 'learning rate', parse: 'number' },
    form: { label: 'Learning rate', kind: 'decimal', min: 0 },
  }),
  setting({
    key: 'batchSize',
    schema: PositiveInt.nullable(),
    default: null,
    cli: { flag: '--batch-size', help: 'mini-batch size for sgd, momentum and adam', parse: 'number' },
    form: { label: 'Batch size', kind: 'integer', min: 1, hint: 'empty: the whole training set', when: (s) => s.name !== 'gd' },
    // Empty is full batch (null); gd is full batch whatever the field says, so switching to a mini-batch rule keeps the size typed.
    draft: { toText: (v) => (v === null || v === undefined ? '' : String(v)), fromText: (t, s) => (s.name === 'gd' || t.trim() === '' ? null : numberFromText(t)) },
  }),
  setting({
    key: 'beta1',
    schema: z.number().min(0).lt(1),
    default: 0.9,
    cli: { flag: '--beta1', help: "Adam's β1, the decay of the gradients' running mean", parse: 'number' },
    form: { label: 'Adam β₁', kind: 'decimal', min: 0, max: 1, more: true, when: usedBy('beta1') },
  }),
  setting({
    key: 'beta2',
    schema: z.number().min(0).lt(1),
    default: 0.999,
    cli: { flag: '--beta2', help: "Adam's β2, the decay of the squared gradients' running mean", parse: 'number' },
    form: { label: 'Adam β₂', kind: 'decimal', min: 0, max: 1, more: true, when: usedBy('beta2') },
  }),
  setting({
    key: 'epsilon',
    schema: z.number().positive(),
    default: 1e-8,
    cli: { flag: '--epsilon', help: "Adam's ε, added to the root of the squared gradients' mean", parse: 'number' },
    form: { label: 'Adam ε', kind: 'decimal', min: 0, more: true, when: usedBy('epsilon') },
  }),
  setting({
    key: 'momentum',
    schema: z.number().min(0).lt(1),
    default: 0.9,
    cli: { flag: '--momentum', help: "momentum's β, the decay of the gradients' running mean", parse: 'number' },
    form: { label: 'Momentum β', kind: 'decimal', min: 0, max: 1, more: true, when: usedBy('momentum') },
  }),
  setting({
    key: 'weightDecay',
    schema: z.number().min(0).finite(),
    default: 0,
    // Configs from before it read back unchanged; 0 trains exactly as before (the loop adds nothing).
    omitAtDefault: true,
    cli: { flag: '--weight-decay', help: 'L2 weight decay λ: dW += λ·W each update and the cost gains λ/2·Σ‖W‖² (biases not decayed)', parse: 'number' },
    form: { label: 'Weight decay λ', kind: 'decimal', min: 0, hint: 'L2: dW += λ·W; the cost gains λ/2·Σ‖W‖²' },
  }),
] as const;
