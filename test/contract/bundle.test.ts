import { describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT, BUNDLE_VERSION, parseBundle, serializeBundle, type Bundle } from '../../shared/contract/bundle';

function sampleBundle(): Bundle {
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: '2024-01-01T00:00:00.000Z',
    appVersion: '0.1.0',
    experiments: [{ id: 'e1', name: 'demo', kind: 'experiment', config: { arms: ['he'] }, createdAt: '2024-01-01T00:00:00.000Z', tags: [], notes: '' }],
    runs: [
      {
        id: 'r1',
        experimentId: 'e1',
        name: 'he seed 1',
        arm: 'he',
        status: 'diverged',
        dataset: 'course-circles',
        init: 'he',
        initSeed: 1,
        dataSeed: 1,
        iterations: 3,
        iterationsRun: 2,
        trainAccuracy: 0.5,
        testAccuracy: 0.5,
        finalCost: NaN,
        divergedAt: 2,
        firstNonFiniteIteration: 0,
        errorMessage: null,
        engineVersion: '1',
        createdAt: '2024-01-01T00:00:00.000Z',
        startedAt: '2024-01-01T00:00:01.000Z',
        finishedAt: '2024-01-01T00:00:02.000Z',
        trainSeconds: 0.25,
        tags: ['x'],
        notes: 'n',
        sweep: null,
        config: { iterations: 3 },
        costs: { iterations: new Int32Array([0, 1, 2]), costs: new Float64Array([Infinity, 0.7, NaN]) },
        checkpoints: [
          {
            iteration: 0,
            cost: Infinity,
            trainAccuracy: 0.5,
            testAccuracy: 0.5,
            layers: [
              { layer: 1, wMean: 0, wStd: 1, zMean: 0, zStd: 1, aMean: 0, aStd: 1, dwMean: 0, dwStd: 0, dzStd: 0, daStd: 0, deadFraction: 0.5, saturatedFraction: 0, symmetry: 1 },
            ],
            boundary: { size: 2, xMin: -1, xMax: 1, yMin: -1, yMax: 1, probs: new Float64Array([0.1, 0.2, 0.3, 0.4]) },
          },
        ],
        initialParams: { dims: [2, 1], W: [new Float64Array([0.5, -0.25])], b: [new Float64Array([0])] },
        finalParams: null,
      },
    ],
  };
}

describe('bundle', () => {
  it('parses what it serializes into an equal bundle', () => {
    const b = sampleBundle();
    const r = parseBundle(serializeBundle(b));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value).toEqual(b);
      expect(serializeBundle(r.value)).toBe(serializeBundle(b));
    }
  });

  it('calls a truncated file truncated', () => {
    const text = serializeBundle(sampleBundle());
    const r = parseBundle(text.slice(0, text.length - 20));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('bad_bundle');
      expect(r.error.message).toMatch(/truncated/);
    }
  });

  it('refuses JSON that is not a bundle', () => {
    const r = parseBundle('{"hello": 1}');
    expect(r).toEqual({ ok: false, error: { code: 'bad_bundle', message: `not an Init Lab bundle: expected "format": "${BUNDLE_FORMAT}"` } });
  });

  it('refuses a bundle from a newer format version', () => {
    const text = serializeBundle({ ...sampleBundle(), version: BUNDLE_VERSION + 1 });
    const r = parseBundle(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('unsupported_version');
  });

  it('names the field when parameters do not fit their dims', () => {
    const b = sampleBundle();
    b.runs[0].initialParams = { dims: [2, 1], W: [new Float64Array([1, 2, 3])], b: [new Float64Array([0])] };
    const r = parseBundle(serializeBundle(b));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('bundle.runs.0.initialParams.W.0');
  });

  it('refuses a run whose experiment is not in the bundle', () => {
    const b = sampleBundle();
    b.runs[0].experimentId = 'nope';
    const r = parseBundle(serializeBundle(b));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('bundle.runs.0.experimentId');
  });
});
