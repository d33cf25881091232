// `init-lab train`: train one run per initializer and print the course's lines or one JSON document.
import { Command } from 'commander';
import { trainRun } from '../../../shared/engine/train';
import { toJson } from '../format/json';
import type { CliIo } from '../io';
import { addTrainFlags, type TrainFlags } from './flags';
import { planTrain } from './plan';
import { progressBar } from '../progress';
import { runJson, runText, summaryText, type FinishedRun } from './report';

const LOSS_NOTE = `
Loss: the course preset uses the course loss (nansum of -y·log(a) - (1-y)·log(1-a), unclipped, so a
saturated wrong prediction makes it infinite); every other run uses the stable loss computed from the
logits unless --loss says otherwise.

Examples:
  init-lab train --preset course --init zeros,random,he
  init-lab train --preset course --init he --json
  init-lab train --dataset moons --dims 2,16,8,4,1 --activation tanh --init xavier_normal,orthogonal:gain=1
  init-lab train --csv data.csv --label y --standardize --optimizer adam --batch-size 64 --lr 0.001`;

/** The train command, writing to io. */
export function trainCommand(io: CliIo): Command {
  const cmd = new Command('train').description('train one run per initializer and report costs and accuracies');
  addTrainFlags(cmd).addHelpText('after', LOSS_NOTE);
  return cmd.action((flags: TrainFlags) => {
    const plan = planTrain(flags);
    const finished: FinishedRun[] = [];
    plan.forEach((run, i) => {
      const bar = progressBar(io, `${run.label} (${i + 1}/${plan.length})`, run.config.iterations);
      const result = trainRun(run.config, bar.active ? { onProgress: (p) => bar.update(p.iteration), progressIntervalMs: 100 } : {});
      bar.stop();
      finished.push({ run, result });
      if (!flags.json) io.stdout.write(`${runText({ run, result }, flags.logEvery)}\n\n`);
    });
    if (flags.json) io.stdout.write(`${toJson({ runs: finished.map((f) => runJson(f, flags.logEvery)) })}\n`);
    else io.stdout.write(`${summaryText(finished)}\n`);
  });
}
