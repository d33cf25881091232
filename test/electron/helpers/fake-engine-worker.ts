// A pool worker for service tests: takes real RunConfigs, trains nothing (scripted fake), so the service's
// plumbing, faults and timing can be tested quickly and deterministically. Seeds 9001–9004 script faults.
import type { RunConfig } from '../../../shared/contract/config';
import { serveJobs } from '../../../electron/worker/serve';
import { fakeTrain, type FakeConfig } from './fake-train';
import { FAULT_SEEDS } from './fault-seeds';

function script(config: RunConfig): FakeConfig {
  const base = { iterations: config.iterations, msPerIteration: 1, checkpointEvery: 10 };
  switch (config.initSeed) {
    case FAULT_SEEDS.throws:
      return { ...base, fault: { kind: 'throw', at: 3 } };
    case FAULT_SEEDS.exits:
      return { ...base, fault: { kind: 'exit', at: 3 } };
    case FAULT_SEEDS.diverges:
      return { ...base, fault: { kind: 'nan', at: 5 } };
    case FAULT_SEEDS.slow:
      return { ...base, msPerIteration: 5 };
    case FAULT_SEEDS.spins:
      return { ...base, fault: { kind: 'spin', at: 3 } };
    default:
      return base;
  }
}

serveJobs((config, hooks) => fakeTrain(script(config), hooks));
