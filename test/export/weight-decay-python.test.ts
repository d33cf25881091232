// The snippets' weight decay: written only when the run has one, valid Python, and numpy's penalty on the snippet's
// own weights is the engine's to the last bit (where numpy is installed).
import { describe, expect, it } from 'vitest';
import { COURSE_PRESET, RunConfigSchema } from '../../shared/contract/config';
import { prepareRun } from '../../shared/engine/train';
import { weightPenalty } from '../../shared/engine/optim/weight-decay';
import { numpySnippet, pytorchSnippet } from '../../shared/export/snippets';
import { compileError, hasNumpy, runScript } from './helpers/python';

const decayed = RunConfigSchema.parse({ ...COURSE_PRESET, optimizer: { ...COURSE_PRESET.optimizer, weightDecay: 0.003 } });

describe('weight decay in the snippets', () => {
  it('declares WEIGHT_DECAY and applies it in numpy (gradient and cost) and PyTorch (parameter groups), as valid Python', () => {
    const numpy = numpySnippet(decayed);
    const torch = pytorchSnippet(decayed);
    for (const text of [numpy, torch]) expect(text).toMatch(/^WEIGHT_DECAY = 0\.003 {2}# L2 weight decay/m);
    expect(numpy).toContain('def add_weight_decay(grads, parameters, lambd=WEIGHT_DECAY):');
    expect(numpy).toContain('def weight_penalty(parameters, lambd=WEIGHT_DECAY):');
    expect(torch).toContain('{"params": [layer.bias for layer in layers], "weight_decay": 0.0},');
    expect(compileError(numpy)).toBeNull();
    expect(compileError(torch)).toBeNull();
  });

  it('says nothing of weight decay for a run without it', () => {
    for (const text of [numpySnippet(COURSE_PRESET), pytorchSnippet(COURSE_PRESET)]) expect(text).not.toMatch(/WEIGHT_DECAY|weight_decay/);
  });

  it("computes in numpy the engine's penalty of the initial weights, bit for bit (where numpy is installed)", () => {
    if (!hasNumpy()) return;
    const script = `${numpySnippet(decayed).split('if __name__')[0]}\nprint(repr(float(weight_penalty(initialize_parameters(LAYER_DIMS, SEED)))))\n`;
    const r = runScript(script);
    expect(r.stderr).toBe('');
    const params = prepareRun(decayed).initialParams;
    const expected = weightPenalty(params, 0.003, params.W.map((w) => new Float64Array(w.length)));
    expect(Number(r.stdout.trim())).toBe(expected);
  });
});
