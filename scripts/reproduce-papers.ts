// Trains the papers' depth experiments in this process and prints each paper's verdict (npx tsx scripts/reproduce-papers.ts [he2015|glorot2010|saxe2014]).
import { experimentRuns } from '../shared/contract/config';
import { PAPER_PRESETS } from '../shared/contract/papers';
import { paperRunOf, type PaperRun } from '../shared/contract/papers/verdict';
import { trainRun } from '../shared/engine/train';
import { createCachedLoader } from '../electron/worker/data-files';

const wanted = process.argv.slice(2);
// The worker's loader: reads the built-in MNIST from its package, once per process.
const loadData = createCachedLoader();
for (const paper of PAPER_PRESETS) {
  if (wanted.length && !wanted.some((w) => paper.tag.endsWith(w))) continue;
  const runs: PaperRun[] = [];
  const t0 = performance.now();
  for (const exp of paper.experiments) {
    for (const run of experimentRuns(exp)) {
      const res = trainRun(run.config, {}, { loadData });
      runs.push(
        paperRunOf({
          arm: run.label,
          status: res.outcome,
          trainAccuracy: res.trainAccuracy,
          finalCost: Number.isFinite(res.finalCost) ? res.finalCost : null,
          costs: res.costs,
          checkpoints: res.checkpoints,
          dims: run.config.network.dims,
          lr: run.config.optimizer.lr,
        }),
      );
    }
  }
  const v = paper.reproduced(runs);
  console.log(`${paper.citation} (${((performance.now() - t0) / 1000).toFixed(1)} s, ${runs.length} runs): ${v.verdict} — ${v.why}`);
}
