// `init-lab experiment run FILE.json`: a saved experiment description (base config, arms, seeds) run on the service.
import { Command, Option } from 'commander';
import { configMessage, parseExperimentConfig, type ExperimentConfig } from '../../../shared/contract/config';
import { withoutPrefix } from '../../../shared/contract/issues';
import { positiveIntArg } from '../args';
import { oneLine, UsageError } from '../errors';
import { executeExperiment } from '../execute';
import { requireSubcommand } from '../group';
import type { CliIo } from '../io';
import { readInputFile } from '../read-file';
import { experimentStatus, failureLine, printExperiment } from '../report/experiment';
import { redisOption, redisUrlOf } from '../queue-option';
import { withService } from '../service';
import { dataOption, jsonOption } from '../runs/options';
import { DEFAULT_LOG_EVERY, workersOption } from '../train/flags';

interface RunFlags {
  save?: boolean;
  name?: string;
  logEvery: number;
  data?: string;
  workers?: number;
  redis?: string;
  json?: boolean;
}

const EXAMPLE = `
FILE is an experiment description in JSON, e.g.
  { "name": "he vs xavier on moons",
    "base": { "data": { "kind": "moons", "noise": 0.2 }, "network": { "dims": [2, 16, 8, 1], "activation": "tanh" },
              "iterations": 5000 },
    "arms": [ { "init": { "name": "he_normal" } }, { "init": { "name": "xavier_normal" } } ],
    "seeds": { "init": [1, 2, 3, 4, 5] } }
Fields left out take their defaults; the arms of an experiment see the same data.`;

/** Reads and validates an experiment file; errors name the file and the field. */
export function readExperimentFile(file: string): ExperimentConfig {
  const text = readInputFile(file);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file}: not JSON (${(e as Error).message}); expected an experiment description`);
  }
  const r = parseExperimentConfig(raw);
  if (!r.ok) throw new UsageError(`${file}: ${r.error.message}`, r.error.code);
  return r.value;
}

/** The experiment command group. */
export function experimentCommand(io: CliIo, done: (status: number) => void): Command {
  const run = new Command('run')
    .description('run an experiment described in a JSON file: every arm with every seed')
    .argument('<file>', 'experiment description (JSON)')
    .option('--save', "keep the runs in the lab's store (see --data)")
    .option('--name <text>', 'name of the saved experiment (default: the file\'s name field)')
    .addOption(new Option('--log-every <n>', 'report the cost every n iterations, iteration 0 included').argParser(positiveIntArg).default(DEFAULT_LOG_EVERY))
    .addOption(workersOption())
    .addOption(redisOption())
    .addOption(dataOption())
    .addOption(jsonOption())
    .addHelpText('after', EXAMPLE)
    .action(async (file: string, f: RunFlags) => {
      if (f.data !== undefined && !f.save) throw new UsageError('--data goes with --save (runs are kept only when saved)');
      const experiment = readExperimentFile(file);
      const outcome = await withService(io, { save: f.save ?? false, dataDir: f.data, workers: f.workers, redis: redisUrlOf(f.redis, io.env) }, (service) =>
        executeExperiment(io, service, experiment, { name: f.name, rewriteError: (e) => `${file}: ${e.issues ? configMessage(withoutPrefix(['experiment'], e.issues)) : e.message}` }),
      );
      printExperiment(io, outcome, { json: f.json ?? false, logEvery: f.logEvery, saved: f.save ?? false });
      const failed = failureLine(outcome, f.save ?? false);
      if (failed) io.stderr.write(`init-lab: ${oneLine(failed)}\n`);
      done(experimentStatus(outcome));
    });
  return requireSubcommand(new Command('experiment').description('run saved experiment descriptions').addCommand(run));
}
