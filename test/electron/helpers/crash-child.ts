// A lab process for the crash test: starts a multi-run experiment on the real engine and reports each
// stored event on stdout (one JSON line each) until it is killed.
import { sourceWorkerEntry } from '../../../electron/pool/worker-entry';
import { LabService } from '../../../electron/service/lab-service';

const [dataDir, experimentJson] = process.argv.slice(2);
const service = LabService.open({ dataDir, poolSize: 2, worker: sourceWorkerEntry(), log: () => {} });
const say = (o: unknown) => process.stdout.write(`${JSON.stringify(o)}\n`);
service.subscribe((e) => {
  if (e.type === 'run.costs') say({ costs: e.runId, last: e.points[e.points.length - 1].iteration });
  else if (e.type === 'run.done' || e.type === 'run.diverged' || e.type === 'run.failed') say({ ended: e.runId, status: e.status });
});
const r = await service.api['experiments.start']({ experiment: JSON.parse(experimentJson) });
if (!r.ok) {
  say({ error: r.error });
  process.exit(1);
}
say({ started: r.value.runIds });
