// `init-lab train`: one arm per initializer, one run per arm and seed, trained on the lab service's workers.
import { Command } from 'commander';
import { executeExperiment } from '../execute';
import { oneLine, UsageError } from '../errors';
import type { CliIo } from '../io';
import { experimentStatus, failureLine, printExperiment } from '../report/experiment';
import { redisOption, redisUrlOf } from '../queue-option';
import { withService } from '../service';
import { addTrainFlags, type TrainFlags } from './flags';
import { flagMessage, planTrain } from './plan';

const LOSS_NOTE = `
Loss: the course preset uses the course loss (nansum of -y·log(a) - (1-y)·log(1-a), unclipped, so a
saturated wrong prediction makes it infinite); every other run uses the stable loss computed from the
logits unless --loss says otherwise.

Examples:
  init-lab train --preset course --init zeros,random,he
  init-lab train --preset course --init he --json
  init-lab train --preset course --init xavier_normal,he --seeds 1-20 --json
  init-lab train --dataset moons --dims 2,16,8,4,1 --activation tanh --init xavier_normal,orthogonal:gain=1 --save
  init-lab train --csv data.csv --label y --optimizer adam --batch-size 64 --lr 0.001`;

/** The train command; `done(status)` receives its exit status. */
export function trainCommand(io: CliIo, done: (status: number) => void): Command {
  const cmd = new Command('train').description('train one run per initializer (and seed) and report costs, accuracies and statistics');
  addTrainFlags(cmd).addOption(redisOption()).addHelpText('after', LOSS_NOTE);
  return cmd.action(async (flags: TrainFlags) => {
    if (flags.data !== undefined && !flags.save) throw new UsageError('--data goes with --save (runs are kept only when saved)');
    const plan = planTrain(flags, flags.save ? 'full' : 'light');
    const outcome = await withService(io, { save: flags.save ?? false, dataDir: flags.data, workers: flags.workers, redis: redisUrlOf(flags.redis, io.env) }, (service) =>
      executeExperiment(io, service, plan.experiment, { name: plan.experiment.name, rewriteError: flagMessage }),
    );
    printExperiment(io, outcome, { json: flags.json ?? false, logEvery: flags.logEvery, saved: flags.save ?? false });
    const failed = failureLine(outcome, flags.save ?? false);
    if (failed) io.stderr.write(`init-lab: ${oneLine(failed)}\n`);
    done(experimentStatus(outcome));
  });
}
