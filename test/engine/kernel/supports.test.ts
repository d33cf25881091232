import { describe, expect, it } from 'vitest';
import { COURSE_PRESET, RunConfigSchema } from '../../../shared/contract/config';
import { fastPathUnsupported } from '../../../shared/engine/kernel/supports';
import { prepareRun } from '../../../shared/engine/train';

describe('fastPathUnsupported', () => {
  it('accepts the course run', () => {
    expect(fastPathUnsupported(prepareRun(COURSE_PRESET))).toBeNull();
  });

  it('names the memory a network too large for the kernels would need', () => {
    const config = RunConfigSchema.parse({
      data: { kind: 'blobs', nTrain: 2000, nTest: 10 },
      network: { dims: [2, 50_000, 1] },
      init: { name: 'zeros' },
    });
    expect(fastPathUnsupported(prepareRun(config))).toMatch(/needs \d+ bytes of kernel memory \(at most 1073741824\)/);
  });
});
