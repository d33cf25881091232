// numpy and PyTorch code that recreates a run's initial weights exactly (the values are written out in full,
// so the snippet does not depend on either library's random stream), with the initializer's rule as a comment.
import type { Params } from '../../../shared/engine/types';

/** What a snippet is made from. */
export interface SnippetInput {
  label: string;
  initSpec: string;
  formula: string;
  activation: string;
  params: Params;
}

/** Shortest text that reads back as the same double (JavaScript's own round-trip formatting). */
function num(x: number): string {
  if (Number.isNaN(x)) return 'float("nan")';
  if (x === Infinity) return 'float("inf")';
  if (x === -Infinity) return '-float("inf")';
  return String(x);
}

function matrix(data: ArrayLike<number>, rows: number, cols: number, indent: string): string {
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    const row: string[] = [];
    for (let c = 0; c < cols; c++) row.push(num(data[r * cols + c]));
    lines.push(`${indent}[${row.join(', ')}]`);
  }
  return `[\n${lines.join(',\n')},\n${indent.slice(4)}]`;
}

function header(s: SnippetInput, lib: string): string {
  return [
    `# ${s.label}: initial weights of a [${s.params.dims.join(', ')}] network (${lib})`,
    `# initializer: ${s.initSpec}${s.formula ? `   rule: ${s.formula}` : ''}`,
    '# W[l] has shape (n_l, n_{l-1}) as in the course; b[l] has shape (n_l, 1). Values are exact doubles.',
  ].join('\n');
}

/** A numpy snippet defining `parameters = {"W1": ..., "b1": ..., ...}` as the course's code expects. */
export function numpySnippet(s: SnippetInput): string {
  const out = [header(s, 'numpy'), 'import numpy as np', '', 'parameters = {}'];
  s.params.W.forEach((w, l) => {
    const rows = s.params.dims[l + 1];
    const cols = s.params.dims[l];
    out.push(`parameters["W${l + 1}"] = np.array(${matrix(w, rows, cols, '    ')}, dtype=np.float64)`);
    out.push(`parameters["b${l + 1}"] = np.array(${matrix(s.params.b[l], rows, 1, '    ')}, dtype=np.float64)`);
  });
  return `${out.join('\n')}\n`;
}

const TORCH_ACT: Record<string, string> = {
  relu: 'nn.ReLU()',
  leaky_relu: 'nn.LeakyReLU(0.01)',
  tanh: 'nn.Tanh()',
  sigmoid: 'nn.Sigmoid()',
  linear: 'nn.Identity()',
  elu: 'nn.ELU()',
  selu: 'nn.SELU()',
};

/** A PyTorch snippet building the same network as nn.Sequential (float64) and copying the weights in. */
export function torchSnippet(s: SnippetInput): string {
  const dims = s.params.dims;
  const act = TORCH_ACT[s.activation] ?? 'nn.ReLU()';
  const layers: string[] = [];
  for (let l = 0; l < dims.length - 1; l++) {
    layers.push(`    nn.Linear(${dims[l]}, ${dims[l + 1]}),`);
    layers.push(l < dims.length - 2 ? `    ${act},` : '    nn.Sigmoid(),');
  }
  const out = [header(s, 'PyTorch'), 'import torch', 'from torch import nn', '', 'model = nn.Sequential(', ...layers, ').double()', '', 'with torch.no_grad():'];
  s.params.W.forEach((w, l) => {
    const rows = dims[l + 1];
    const cols = dims[l];
    out.push(`    model[${2 * l}].weight.copy_(torch.tensor(${matrix(w, rows, cols, '        ')}, dtype=torch.float64))`);
    out.push(`    model[${2 * l}].bias.copy_(torch.tensor([${Array.from(s.params.b[l], num).join(', ')}], dtype=torch.float64))`);
  });
  return `${out.join('\n')}\n`;
}
