// Walks every config section's table (shared/contract/settings): each row has a command-line flag that `init-lab
// train` offers, a builder field, a default the schema fills in, and a value the builder's draft copies both ways.
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { COURSE_EXPERIMENT, RunConfigSchema, parseExperimentConfig, type ExperimentConfig } from '../../../shared/contract/config';
import { SETTING_SECTIONS, type Setting } from '../../../shared/contract/settings';
import { addTrainFlags, settingFlagKey } from '../../../electron/cli/train/flags';
import { planTrain } from '../../../electron/cli/train/plan';
import { checkDraft, draftFromConfig, fieldLabel, settingPath } from '../../../renderer/src/stores/experimentDraft';

const rows = Object.entries(SETTING_SECTIONS).flatMap(([name, section]) =>
  (section.table as readonly Setting[]).map((s) => ({ name: name as keyof typeof SETTING_SECTIONS, path: section.path, s })),
);
const at = (o: unknown, path: readonly string[]): Record<string, unknown> => path.reduce((v, p) => (v as Record<string, unknown>)[p], o) as Record<string, unknown>;

// An experiment whose base takes mini-batches (so every optimizer row applies) on generated data.
const BASE: ExperimentConfig = (() => {
  const r = parseExperimentConfig({ ...COURSE_EXPERIMENT, base: { ...COURSE_EXPERIMENT.base, optimizer: { name: 'adam', batchSize: 32 } } });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
})();

/** A value of the row other than its default that the schema accepts in BASE. */
function otherValue(row: (typeof rows)[number]): unknown {
  const { s, path } = row;
  const candidates: unknown[] =
    s.form.kind === 'switch' ? [!s.default] : s.form.kind === 'choice' ? (s.choices?.() ?? []).map((c) => c.value) : [0.5, 3, 7, 0.25, 1e-3, 250];
  for (const v of candidates) {
    if (v === s.default) continue;
    const base = structuredClone(BASE.base) as Record<string, unknown>;
    at(base, path)[s.key] = v;
    if (parseExperimentConfig({ ...BASE, base }).ok) return v;
  }
  throw new Error(`no other value for ${s.key}`);
}

describe('the settings tables', () => {
  const flags = addTrainFlags(new Command('train')).options.map((o) => o.long);

  for (const row of rows) {
    const { s, path } = row;
    const where = [...path, s.key].join('.');

    it(`${where}: init-lab train has its flag ${s.cli.flag}, and the flag sets it`, () => {
      expect(flags).toContain(s.cli.flag);
      if (s.cli.parse === 'switch') expect(flags).toContain(`--no-${s.cli.flag.slice(2)}`);
      if (s.cli.default !== undefined) return; // --log-every: the record level decides with it (plan.test.ts)
      const value = otherValue(row);
      const preset = path[0] === 'optimizer' && s.key !== 'name' ? { optimizer: 'adam', batchSize: 32 } : {};
      const plan = planTrain({ logEvery: 1000, ...preset, [settingFlagKey(s.cli.flag)]: value });
      expect(at(plan.experiment.base, path)[s.key]).toEqual(value);
    });

    it(`${where}: the builder has a field for it, labelled, and the form names its errors by that label`, () => {
      expect(s.form.label.trim()).not.toBe('');
      expect(['decimal', 'integer', 'choice', 'switch']).toContain(s.form.kind);
      if (s.form.kind === 'choice') expect((s.choices?.() ?? []).length).toBeGreaterThan(1);
      expect(fieldLabel(settingPath(row.name, s.key))).toBe(s.form.label);
    });

    it(`${where}: its default is the one the schema fills in`, () => {
      const value = at(RunConfigSchema.parse({}), path)[s.key];
      if (s.omitAtDefault) expect(value).toBeUndefined();
      else expect(value).toEqual(s.default);
    });

    it(`${where}: the builder's draft copies it from a config and back, at its default and at another value`, () => {
      for (const v of [s.default, otherValue(row)]) {
        const base = structuredClone(BASE.base) as Record<string, unknown>;
        at(base, path)[s.key] = v;
        if (v === 'gd') at(base, path).batchSize = null; // gd is full batch
        const r = parseExperimentConfig({ ...BASE, base });
        if (!r.ok) throw new Error(r.error.message);
        const back = checkDraft(draftFromConfig(r.value));
        expect(back.errors).toEqual({});
        expect(at(back.config?.base, path)[s.key]).toEqual(s.omitAtDefault && v === s.default ? undefined : v);
        expect(back.config?.base).toEqual(r.value.base);
      }
    });
  }

  it('covers every key of the sections it builds', () => {
    const config = RunConfigSchema.parse({ optimizer: { weightDecay: 0.1 } });
    expect(Object.keys(config.optimizer)).toEqual(SETTING_SECTIONS.optimizer.table.map((s) => s.key));
    expect(Object.keys(config.record)).toEqual(SETTING_SECTIONS.record.table.map((s) => s.key));
  });
});
