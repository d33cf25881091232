import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBundle } from '../../../shared/contract/bundle';
import { FAULT_SEEDS } from '../helpers/fault-seeds';
import { experiment, openTestLab, value, type TestLab } from '../helpers/service';

const labs: TestLab[] = [];
afterEach(async () => {
  await Promise.all(labs.splice(0).map((l) => l.dispose()));
});
function lab(): TestLab {
  const l = openTestLab();
  labs.push(l);
  return l;
}

async function trainedExperiment(l: TestLab) {
  const started = value(await l.service.api['experiments.start']({ experiment: experiment(['he', 'zeros'], [1, FAULT_SEEDS.diverges], 20), tags: ['x'] }));
  await l.service.settled();
  value(await l.service.api['runs.update']({ id: started.runIds[0], tags: ['best'], notes: 'kept' }));
  return started;
}

function contentOf(text: string) {
  const b = parseBundle(text);
  if (!b.ok) throw new Error(b.error.message);
  return { experiments: b.value.experiments, runs: b.value.runs };
}

describe('export and import', () => {
  it('round-trips an experiment exactly: import(export(x)) exports the same experiments and runs', async () => {
    const a = lab();
    const { experimentId } = await trainedExperiment(a);
    const file = value(await a.service.api['export.experiment']({ id: experimentId }));
    expect(file.mimeType).toBe('application/json');
    const b = lab();
    const ids = value(await b.service.api['import.bundle']({ text: file.text }));
    expect(ids.experimentIds).toEqual([experimentId]);
    const again = value(await b.service.api['export.experiment']({ id: experimentId }));
    expect(contentOf(again.text)).toEqual(contentOf(file.text));
    expect(again.text.replace(/"exportedAt":"[^"]*"/, '')).toBe(file.text.replace(/"exportedAt":"[^"]*"/, ''));
  });

  it('keeps a diverged run NaN cost through export and import', async () => {
    const a = lab();
    const { runIds } = await trainedExperiment(a);
    const b = lab();
    const ids = value(await b.service.api['import.bundle']({ text: value(await a.service.api['export.run']({ id: runIds[2] })).text }));
    const run = value(await b.service.api['runs.get']({ id: ids.runIds[0] }));
    expect([run.status, run.divergedAt]).toEqual(['diverged', 5]);
    expect(run.costs[5].cost).toBeNaN();
  });

  it('exports one run with its experiment', async () => {
    const a = lab();
    const { runIds, experimentId } = await trainedExperiment(a);
    const c = contentOf(value(await a.service.api['export.run']({ id: runIds[0] })).text);
    expect(c.experiments.map((e) => e.id)).toEqual([experimentId]);
    expect(c.runs.map((r) => [r.id, r.tags, r.notes])).toEqual([[runIds[0], ['best'], 'kept']]);
  });

  it('refuses a truncated bundle with a clear error and writes nothing', async () => {
    const a = lab();
    const { experimentId } = await trainedExperiment(a);
    const text = value(await a.service.api['export.experiment']({ id: experimentId })).text;
    const b = lab();
    const r = await b.service.api['import.bundle']({ text: text.slice(0, Math.floor(text.length / 2)) });
    expect(r.ok === false && r.error.code).toBe('bad_bundle');
    expect(r.ok === false && r.error.message).toMatch(/truncated/);
    expect(value(await b.service.api['runs.list']({})).total).toBe(0);
    expect(value(await b.service.api['experiments.list']({}))).toEqual([]);
  });

  it('refuses a bundle whose run config is invalid, naming the field, and writes nothing', async () => {
    const a = lab();
    const { experimentId } = await trainedExperiment(a);
    const text = value(await a.service.api['export.experiment']({ id: experimentId })).text;
    const doc = JSON.parse(text);
    doc.runs[3].config.optimizer.lr = -1;
    const b = lab();
    const r = await b.service.api['import.bundle']({ text: JSON.stringify(doc) });
    expect(r.ok === false && r.error.message).toMatch(/^invalid bundle: bundle\.runs\.3\.config\.optimizer\.lr: got -1/);
    expect(value(await b.service.api['runs.list']({})).total).toBe(0);
  });

  it('refuses a file that is not a bundle', async () => {
    const r = await lab().service.api['import.bundle']({ text: 'iteration,cost\n0,1\n' });
    expect(r.ok === false && r.error.code).toBe('bad_bundle');
  });

  it('exports costs as CSV with one row per run and iteration, non-finite numbers spelled out', async () => {
    const a = lab();
    const { runIds } = await trainedExperiment(a);
    const file = value(await a.service.api['export.csv']({ runIds: [runIds[0], runIds[2]] }));
    const rows = Papa.parse<Record<string, string>>(file.text, { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(20 + 6);
    expect(rows[0]).toMatchObject({ run_id: runIds[0], arm: 'he', init_seed: '1', iteration: '0', cost: '1' });
    expect(rows[25]).toMatchObject({ run_id: runIds[2], iteration: '5', cost: 'NaN' });
  });

  it('exports checkpoint metrics as CSV', async () => {
    const a = lab();
    const { runIds } = await trainedExperiment(a);
    const file = value(await a.service.api['export.csv']({ runIds: [runIds[0]], what: 'checkpoints' }));
    const rows = Papa.parse<Record<string, string>>(file.text, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.iteration)).toEqual(['0', '10']);
    expect(rows[0].train_accuracy).toBe('0.5');
  });
});
