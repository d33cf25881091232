import { describe, expect, it } from 'vitest';
import { byteFeatures } from '../../../shared/engine/data';
import { INPUT_CHUNK, inputMatrix } from '../../../shared/engine/nn/inputs';
import { backward, createNetwork, createWorkspace, forward, toFeatureMajor } from '../../../shared/engine/nn/network';
import { initializeParams, initSpecOf } from '../../../shared/engine/init';
import { createRng } from '../../../shared/engine/rng';

// A set held as bytes larger than one chunk, so whole-set passes read it in several chunks and a partial last one.
const features = 12;
const samples = 2 * INPUT_CHUNK + 37;
const bytes = Uint8Array.from({ length: samples * features }, (_, i) => (i * 97 + (i >> 3)) % 256);
const levels = Float64Array.from({ length: 256 }, (_, v) => v / 255);
const doubles = Float64Array.from(bytes, (b) => levels[b]);
const y = Float64Array.from({ length: samples }, (_, j) => j % 3);

describe('inputMatrix', () => {
  it('gathers the columns of a byte-held set exactly as the transposed doubles hold them, in any order', () => {
    const x = inputMatrix(byteFeatures(bytes, levels), samples, features);
    expect(x.dense).toBeNull();
    const dense = toFeatureMajor(doubles, samples, features);
    const order = [5, samples - 1, 0, 300];
    const out = new Float64Array(features * 4);
    x.gather(out, 4, 0, 4, order);
    for (let k = 0; k < features; k++) for (let j = 0; j < 4; j++) expect(out[k * 4 + j]).toBe(dense[k * samples + order[j]]);
  });

  it('makes forward and backward passes over a byte-held set bit-identical to passes over the doubles', () => {
    const net = createNetwork([features, 7, 3], 'tanh');
    const params = initializeParams(net.dims, net.hiddenName, initSpecOf({ name: 'xavier_normal', params: {}, bias: 0 }), createRng('numpy', 3));
    const fromBytes = createWorkspace(net.dims, samples);
    const fromDoubles = createWorkspace(net.dims, samples);
    const bytesX = inputMatrix(byteFeatures(bytes, levels), samples, features);
    const denseX = toFeatureMajor(doubles, samples, features);
    forward(net, params, bytesX, samples, fromBytes);
    forward(net, params, denseX, samples, fromDoubles);
    backward(net, params, bytesX, y, samples, fromBytes);
    backward(net, params, denseX, y, samples, fromDoubles);
    expect(Array.from(fromBytes.Z[0])).toEqual(Array.from(fromDoubles.Z[0]));
    expect(Array.from(fromBytes.A[1])).toEqual(Array.from(fromDoubles.A[1]));
    expect(Array.from(fromBytes.grads.dW[0])).toEqual(Array.from(fromDoubles.grads.dW[0]));
    expect(Array.from(fromBytes.grads.db[0])).toEqual(Array.from(fromDoubles.grads.db[0]));
  });
});
