// Everything a training path needs before its loop: the data (in the network's layout), the network,
// the loss, the initial parameters and the stream that orders mini-batches.
import type { RunConfig } from '../../contract/config';
import { loadDataset } from '../data';
import { INITIALIZERS, applyLsuv, initSpecOf, initializeParams, lsuvOptionsFrom } from '../init';
import { lossFor, type Loss } from '../nn/loss';
import { ACTIVATIONS } from '../nn/activations';
import { inputMatrix, INPUT_CHUNK, type InputMatrix } from '../nn/inputs';
import { createNetwork, type Network } from '../nn/network';
import { createRng, type Rng } from '../rng';
import type { Dataset, Params } from '../types';

/** A run ready to train: shared by the reference loop and any faster path. */
export interface RunSetup {
  config: RunConfig;
  dataset: Dataset;
  net: Network;
  loss: Loss;
  /** The parameters before the first update (after LSUV's rescaling, for lsuv). */
  initialParams: Params;
  /** Training inputs, features × samples (dims[0] × nTrain); an image set's stay bytes (inputs.ts). */
  xTrain: InputMatrix;
  /** Test inputs, features × samples (dims[0] × nTest). */
  xTest: InputMatrix;
  /**
   * The stream mini-batches are shuffled with: the init stream, continued after the weights are drawn
   * (as a numpy script that seeds once, initializes, then calls permutation(m) each epoch).
   */
  batchRng: Rng;
}

/** Turns a data config into its data set (loadDataset, or a caller's that reads files and caches). */
export type DataLoader = (data: RunConfig['data'], rng: RunConfig['rng']) => Dataset;

/** Builds the data set, the network and its initial parameters from a validated config. */
export function prepareRun(config: RunConfig, loadData: DataLoader = (data, rng) => loadDataset(data, rng)): RunSetup {
  const dataset = loadData(config.data, config.rng);
  if (dataset.nFeatures !== config.network.dims[0]) {
    throw new RangeError(`network.dims[0] is ${config.network.dims[0]} but the data set has ${dataset.nFeatures} features`);
  }
  const net = createNetwork(config.network.dims, config.network.activation, config.network.activationParams);
  const xTrain = inputMatrix(dataset.xTrain, dataset.nTrain, dataset.nFeatures);
  const xTest = inputMatrix(dataset.xTest, dataset.nTest, dataset.nFeatures);
  const rng = createRng(config.rng, config.initSeed);
  const spec = initSpecOf(config.init);
  let initialParams = initializeParams(net.dims, net.hiddenName, spec, rng);
  if (INITIALIZERS[spec.name].dataDependent) {
    initialParams = applyLsuv<InputMatrix>(initialParams, xTrain, layerForward(net, dataset.nTrain), lsuvOptionsFrom(spec.params)).params;
  }
  return { config, dataset, net, loss: lossFor(config.loss, net.dims[net.dims.length - 1]), initialParams, xTrain, xTest, batchRng: rng };
}

/** One layer forward on features × samples input, for LSUV's layer-by-layer rescaling. */
function layerForward(net: Network, m: number) {
  return (params: Params, l: number, input: InputMatrix | Float64Array) => {
    const n = net.dims[l + 1];
    const nPrev = net.dims[l];
    const last = l === params.W.length - 1;
    const act = last ? ACTIVATIONS.sigmoid : net.hidden;
    const p = last ? ACTIVATIONS.sigmoid.defaults : net.hiddenParams;
    const z = new Float64Array(n * m);
    const a = new Float64Array(n * m);
    const dense = input instanceof Float64Array ? input : input.dense;
    // A set held as bytes is read a chunk of samples at a time; each z entry is summed in the same order either way.
    const chunk = dense ? m : Math.max(1, Math.min(INPUT_CHUNK, m));
    const x = dense ?? new Float64Array(nPrev * chunk);
    for (let from = 0; from < m; from += chunk) {
      const c = Math.min(chunk, m - from);
      if (!dense) (input as InputMatrix).gather(x, c, from, c);
      for (let i = 0; i < n; i++) {
        for (let k = 0; k < nPrev; k++) {
          const w = params.W[l][i * nPrev + k];
          for (let j = 0; j < c; j++) z[i * m + from + j] += w * x[k * c + j];
        }
        for (let j = from; j < from + c; j++) {
          z[i * m + j] += params.b[l][i];
          a[i * m + j] = act.f(z[i * m + j], p);
        }
      }
    }
    return { z, a };
  };
}
