// The HTML report of some runs (a comparison, or one experiment's arms): results, charts, boundaries and
// configs through shared/export's buildHtmlReport, with the labels the page shows.
import type { RunConfig } from '../../../../shared/contract/config';
import { buildHtmlReport, perClassOf } from '../../../../shared/export';
import { boundarySvg, reportCharts, type DrawnRun } from '../charts/reportCharts';

/** A drawn run with its config (null when it could not be read: it is left out of the report's arms). */
export interface ReportRun extends DrawnRun {
  cfg: RunConfig | null;
}

/** The report as one HTML document; `notes` come first (e.g. the experiment's verdict). */
export function runsReportHtml(title: string, rows: readonly ReportRun[], notes: readonly string[] = []): string {
  const gaps = rows
    .filter((r) => r.run.firstNonFiniteIteration != null)
    .map((r) => `${r.label}: the cost was not finite from iteration ${r.run.firstNonFiniteIteration} (log(0) on saturated outputs); those points are gaps in the cost chart.`);
  return buildHtmlReport({
    title,
    createdAt: new Date().toISOString(),
    notes: [...notes, ...gaps].join(' '),
    arms: rows.flatMap((r) => {
      if (!r.cfg) return [];
      const boundary = boundarySvg(r);
      return [
        {
          label: r.label,
          config: r.cfg,
          result: {
            status: r.run.status,
            finalCost: r.run.finalCost,
            trainAccuracy: r.run.trainAccuracy,
            testAccuracy: r.run.testAccuracy,
            divergedAt: r.run.divergedAt,
            firstNonFiniteIteration: r.run.firstNonFiniteIteration,
            iterationsRun: r.run.iterationsRun,
            trainSeconds: r.run.trainSeconds,
            perClass: perClassOf(r.run),
          },
          charts: boundary ? [boundary] : [],
          tags: r.run.tags,
          notes: r.run.notes,
        },
      ];
    }),
    charts: reportCharts(rows),
  });
}
