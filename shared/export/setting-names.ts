// Config paths as people name them ("init.multiplier" → "Weight multiplier"), for the compare page's
// "What differs" table and the HTML report; the dotted path stays beside it for whoever needs it.

/** Names of the config paths a person changes. */
const NAMES: Record<string, string> = {
  'data.kind': 'Data set',
  'data.seed': 'Data seed',
  'data.splitSeed': 'Split seed',
  'data.nTrain': 'Training points',
  'data.nTest': 'Test points',
  'data.noise': 'Noise',
  'data.factor': 'Circle size ratio',
  'data.testFraction': 'Test share',
  'data.standardize': 'Standardise features',
  'network.dims': 'Layer sizes',
  'network.activation': 'Hidden activation',
  'init.name': 'Initializer',
  'init.bias': 'Bias start',
  'init.multiplier': 'Weight multiplier',
  initSeed: 'Init seed',
  rng: 'Random stream',
  'optimizer.name': 'Optimizer',
  'optimizer.lr': 'Learning rate',
  'optimizer.batchSize': 'Batch size',
  'optimizer.beta': 'Momentum β',
  'optimizer.beta1': 'Adam β₁',
  'optimizer.beta2': 'Adam β₂',
  'optimizer.eps': 'Adam ε',
  'optimizer.epsilon': 'Adam ε',
  'optimizer.momentum': 'Momentum β',
  'optimizer.weightDecay': 'Weight decay λ',
  iterations: 'Iterations',
  loss: 'Loss',
  'record.costEvery': 'Cost recorded every',
  'record.checkpointEvery': 'Checkpoint every',
};

/** A camelCase or snake_case key in words: "negativeSlope" → "negative slope". */
function words(key: string): string {
  return key.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, (_, a: string, b: string) => `${a} ${b.toLowerCase()}`);
}

/** The name of a config path: its own, else its parent's name with the key in words ("init.params.gain" → "Initializer gain"). */
export function settingName(path: string): string {
  const known = NAMES[path];
  if (known) return known;
  const m = /^(init|network)\.params\.(.+)$/.exec(path);
  if (m) return `${m[1] === 'init' ? 'Initializer' : 'Activation'} ${words(m[2])}`;
  const parts = path.split('.');
  const head = words(parts[parts.length - 1]);
  const parent = parts.length > 1 ? NAMES[parts.slice(0, -1).join('.')] ?? words(parts[0]) : '';
  const text = parent ? `${parent}: ${head}` : head;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
