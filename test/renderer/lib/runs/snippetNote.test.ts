import { describe, expect, it } from 'vitest';
import { RunConfigSchema } from '../../../../shared/contract/config';
import { snippetFidelity } from '../../../../shared/export';
import { snippetNote } from '../../../../renderer/src/lib/runs/snippetNote';

const fidelity = (name: string, rng: 'seedrandom' | 'numpy') => snippetFidelity(RunConfigSchema.parse({ init: { name }, rng }));

describe('snippetNote', () => {
  it('calls a seedrandom run bit for bit, the stream carried in Python', () => {
    expect(snippetNote(fidelity('he_normal', 'seedrandom'), 'numpy')).toEqual({
      exact: true,
      text: "Bit for bit: the script carries the run's seedrandom stream in Python",
      detail: '',
    });
  });

  it("calls a numpy run bit for bit from numpy's stream and states the caveat of numpy's log", () => {
    const note = snippetNote(fidelity('he_normal', 'numpy'), 'numpy');
    expect(note.text).toBe("Bit for bit: the script draws from numpy's legacy stream, as the run did");
    expect(note.detail).toMatch(/^One caveat: numpy's randn takes the C library's log.*\.$/);
  });

  it('names the reason an orthogonal start is the same distribution but not the same draws', () => {
    const note = snippetNote(fidelity('orthogonal', 'seedrandom'), 'numpy');
    expect(note).toMatchObject({ exact: false, text: 'Same distribution, not the same draws' });
    expect(note.detail).toMatch(/^numpy's QR \(LAPACK\) rounds differently/);
  });

  it("says which PyTorch function copies the run's weights and which draws its own", () => {
    expect(snippetNote(fidelity('he_normal', 'seedrandom'), 'pytorch').text).toBe(
      "Bit for bit with numpy_init: the script carries the run's seedrandom stream in Python; torch_init draws the same distribution from PyTorch's generator",
    );
    expect(snippetNote(fidelity('orthogonal', 'numpy'), 'pytorch').text).toBe("Same distribution from PyTorch's generator, not the run's draws");
  });

  it('calls an initializer that draws nothing bit for bit in both languages', () => {
    for (const lang of ['numpy', 'pytorch'] as const) expect(snippetNote(fidelity('zeros', 'numpy'), lang).text).toBe('Bit for bit: this initializer draws no random numbers');
  });
});
