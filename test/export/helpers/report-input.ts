// A report input like the course comparison's, with optional hostile strings in every user-written field.
import { COURSE_EXPERIMENT, expandExperiment, RunConfigSchema, type RunConfig } from '../../../shared/contract/config';
import type { ReportInput } from '../../../shared/export/report';

/** A 1 × 1 PNG as a data URL. */
export const PNG_1PX =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** A small SVG chart (a bar and a label), with its namespace. */
export const SVG_CHART =
  '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60" viewBox="0 0 120 60"><rect x="10" y="10" width="80" height="30" fill="#1b9e77"/><text x="10" y="55" font-size="10">cost</text></svg>';

/** The course's three arms with their published outcomes; `hostile` puts a payload into every user-written string. */
export function courseReportInput(hostile = ''): ReportInput {
  const [zeros, random, he] = expandExperiment(COURSE_EXPERIMENT);
  const csvConfig: RunConfig = RunConfigSchema.parse({
    ...he,
    data: { kind: 'csv', source: `points${hostile}.csv`, featureNames: [`x1${hostile}`, 'x2'], x: [[0, 1], [1, 0], [1, 1]], y: [0, 1, 1] },
  });
  return {
    title: `Course comparison${hostile}`,
    createdAt: '2024-05-01T12:00:00.000Z',
    notes: `zeros, random ×10 and He${hostile}`,
    charts: [{ name: `Cost curves${hostile}`, svg: SVG_CHART, caption: `log scale${hostile}` }],
    arms: [
      {
        label: `zeros${hostile}`,
        config: zeros,
        result: { status: 'done', finalCost: 0.6931471805599453, trainAccuracy: 0.5, testAccuracy: 0.5, divergedAt: null, firstNonFiniteIteration: null, iterationsRun: 15000, trainSeconds: 2.5 },
        tags: [`baseline${hostile}`],
        notes: `symmetry never breaks${hostile}`,
        charts: [{ name: `Boundary${hostile}`, pngDataUrl: PNG_1PX }],
      },
      {
        label: 'random',
        config: random,
        result: { status: 'done', finalCost: 0.38277, trainAccuracy: 0.83, testAccuracy: 0.86, divergedAt: null, firstNonFiniteIteration: 0, iterationsRun: 15000 },
      },
      {
        label: 'he',
        config: hostile ? csvConfig : he,
        result: { status: 'done', finalCost: 0.07, trainAccuracy: 0.9933333333333333, testAccuracy: 0.96, divergedAt: null, firstNonFiniteIteration: null },
        seeds: [1, 2, 3],
        seedStats: [
          { metric: 'test accuracy', percent: true, summary: { n: 3, nonFinite: 0, mean: 0.95, std: 0.01, median: 0.95, min: 0.94, max: 0.96, ci95: [0.925, 0.975] } },
          { metric: 'final cost', summary: { n: 2, nonFinite: 1, mean: 0.08, std: 0.01, median: 0.08, min: 0.07, max: 0.09, ci95: [-0.0098, 0.1698] } },
        ],
      },
    ],
    comparisons: [
      {
        a: 'he',
        b: `zeros${hostile}`,
        metric: 'test accuracy',
        comparison: { welchP: 0.00001, mannWhitneyP: 0.1, mannWhitneyMethod: 'exact', meanDiff: 0.45, ci95: [0.44, 0.46], cohenD: 45, cliffDelta: 1, nA: 3, nB: 3 },
      },
    ],
  };
}
