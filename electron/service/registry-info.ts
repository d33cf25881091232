// The engine's registries described for the UI: names, labels, parameters and formula text.
import type { CatalogueEntry, RegistryInfo } from '../../shared/contract/records';
import { DATASETS, DATASET_NAMES } from '../../shared/engine/data';
import { INITIALIZERS, INITIALIZER_NAMES } from '../../shared/engine/init';
import { ACTIVATIONS, ACTIVATION_NAMES } from '../../shared/engine/nn/activations';
import { OPTIMIZERS, OPTIMIZER_NAMES } from '../../shared/engine/optim';

/** Every registry as plain data (no functions), built once. */
export function registryInfo(): RegistryInfo {
  const initializers: CatalogueEntry[] = INITIALIZER_NAMES.map((name) => {
    const e = INITIALIZERS[name];
    return {
      name,
      label: e.label,
      description: e.description,
      formula: e.formula,
      parameters: e.parameters.map((p) => ({ ...p })),
      extra: { aliasOf: e.aliasOf ?? null, random: e.random, dataDependent: e.dataDependent, defaults: { ...e.defaults } },
    };
  });
  const activations: CatalogueEntry[] = ACTIVATION_NAMES.map((name) => {
    const a = ACTIVATIONS[name];
    return {
      name,
      label: a.label,
      description: '',
      formula: a.formula,
      parameters: Object.entries(a.defaults).map(([p, v]) => ({ name: p, type: 'number' as const, default: v, description: '' })),
      extra: { gain: a.gain(a.defaults) },
    };
  });
  const optimizers: CatalogueEntry[] = OPTIMIZER_NAMES.map((name) => {
    const o = OPTIMIZERS[name];
    return { name, label: o.label, description: '', formula: o.formula, parameters: [], extra: { miniBatch: o.miniBatch, uses: [...o.uses] } };
  });
  const datasets: CatalogueEntry[] = DATASET_NAMES.map((name) => {
    const d = DATASETS[name];
    return {
      name,
      label: d.label,
      description: d.description,
      formula: '',
      parameters: d.parameters.map((p) => ({ ...p })),
      extra: { source: d.source },
    };
  });
  return { initializers, activations, optimizers, datasets };
}
