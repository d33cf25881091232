import { describe, expect, it } from 'vitest';
import { numpySnippet, torchSnippet } from '../../../renderer/src/lib/snippets';

const params = { dims: [2, 3, 1], W: [new Float64Array([0.1, -0.2, 0.30000000000000004, 1e-17, 5, -6]), new Float64Array([1, 2, 3])], b: [new Float64Array(3), new Float64Array(1)] };
const input = { label: 'He', initSpec: 'he', formula: 'W = randn · √(2/fan_in)', activation: 'relu', params };

describe('numpySnippet', () => {
  it('writes every weight with enough digits to read back the same double', () => {
    const code = numpySnippet(input);
    expect(code).toContain('0.30000000000000004');
    expect(code).toContain('1e-17');
    expect(code).toContain('parameters["W1"] = np.array([\n    [0.1, -0.2],\n    [0.30000000000000004, 1e-17],\n    [5, -6],\n], dtype=np.float64)');
  });

  it('defines a bias per layer shaped (n_l, 1)', () => {
    expect(numpySnippet(input)).toContain('parameters["b2"] = np.array([\n    [0],\n], dtype=np.float64)');
  });
});

describe('torchSnippet', () => {
  it('builds the same layer sizes with the hidden activation and a sigmoid output', () => {
    const code = torchSnippet(input);
    expect(code).toContain('nn.Linear(2, 3),\n    nn.ReLU(),\n    nn.Linear(3, 1),\n    nn.Sigmoid(),');
    expect(code).toContain('model[2].weight.copy_(');
  });
});
