// Whether an initializer was derived for the network's activation: He for ReLU, Xavier for tanh and linear
// units. A description that says "keeps the scale of ReLU activations" needs this beside it on a tanh net.
import { calculateGain, GAIN_NONLINEARITIES, type GainNonlinearity } from '../../../../shared/engine/init/gain';
import { formatNumber } from './format';

/** The activation each family's formula assumes (its gain). */
const DERIVED_FOR: Record<string, { family: string; activation: GainNonlinearity }> = {
  he: { family: 'He', activation: 'relu' },
  he_normal: { family: 'He', activation: 'relu' },
  he_uniform: { family: 'He', activation: 'relu' },
  xavier_normal: { family: 'Xavier', activation: 'tanh' },
  xavier_uniform: { family: 'Xavier', activation: 'tanh' },
};

const isGainNonlinearity = (a: string): a is GainNonlinearity => (GAIN_NONLINEARITIES as readonly string[]).includes(a);

/** A sentence when the initializer assumes another activation than the network's hidden one, else null. */
export function initFitNote(init: string, activation: string): string | null {
  const d = DERIVED_FOR[init];
  if (!d || !isGainNonlinearity(activation)) return null;
  if (d.family === 'He' && (activation === 'relu' || activation === 'leaky_relu')) return null;
  if (d.family === 'Xavier' && activation !== 'relu' && activation !== 'leaky_relu') return null;
  const assumed = d.family === 'He' ? Math.sqrt(2) : 1;
  const wanted = calculateGain(activation);
  const ratio = assumed / wanted;
  return `${d.family}'s formula assumes ${d.activation === 'relu' ? 'ReLU' : 'tanh or linear'} units (gain ${formatNumber(assumed, 3)}); this network's hidden units are ${activation}, whose gain is ${formatNumber(wanted, 3)}, so its weights start ${formatNumber(ratio, 3)}× ${ratio > 1 ? 'larger' : 'smaller'} than a scale-keeping start.`;
}
