// Child process of the kernel bench's memory section: runs one scenario and prints its peak resident memory.
// usage: <node with tsx> bench/lib/kernel-memory.ts idle|one|sweep
import { COURSE_EXPERIMENT, COURSE_PRESET, type RunConfig } from '../../shared/contract/config';
import { trainRun } from '../../shared/engine/train';
import type { RunResult } from '../../shared/engine/types';

const scenario = process.argv[2];
const kept: RunResult[] = [];
if (scenario === 'one') kept.push(trainRun(COURSE_PRESET));
if (scenario === 'sweep') {
  // 30 runs of the course protocol, every result kept, as a sweep holds them until they are stored.
  const inits = COURSE_EXPERIMENT.arms.map((a) => a.init);
  for (let seed = 1; kept.length < 30; seed++) {
    for (const init of inits) if (kept.length < 30) kept.push(trainRun({ ...COURSE_PRESET, init, initSeed: seed } as RunConfig));
  }
}
process.stdout.write(`${JSON.stringify({ scenario, runs: kept.length, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
