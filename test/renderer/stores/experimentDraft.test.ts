import { describe, expect, it } from 'vitest';
import { COURSE_EXPERIMENT } from '../../../shared/contract/config';
import { checkDraft, defaultDraft, draftFromConfig, fieldLabel, newArm } from '../../../renderer/src/stores/experimentDraft';

describe('checkDraft', () => {
  it('accepts the default draft and counts its runs', () => {
    const c = checkDraft(defaultDraft());
    expect(c.errors).toEqual({});
    expect(c.config).not.toBeNull();
    expect(c.runCount).toBe(2);
  });

  it('reproduces the course experiment from its own draft', () => {
    const c = checkDraft(draftFromConfig(COURSE_EXPERIMENT));
    expect(c.config?.base).toEqual(COURSE_EXPERIMENT.base);
    expect(c.config?.arms.map((a) => a.init.name)).toEqual(['zeros', 'random', 'he']);
  });

  it('pins a negative learning rate to the learning-rate field with the value and the reason', () => {
    const d = defaultDraft();
    d.optimizer.lr = '-0.5';
    const c = checkDraft(d);
    expect(c.config).toBeNull();
    expect(c.errors['base.optimizer.lr']).toBe('must be a positive number (got -0.5)');
  });

  it('says a learning rate that is not a number must be one', () => {
    const d = defaultDraft();
    d.optimizer.lr = 'fast';
    expect(checkDraft(d).errors['base.optimizer.lr']).toBe('must be a number (got "fast")');
  });

  it('pins a bad initializer parameter to that arm and parameter', () => {
    const d = defaultDraft();
    d.arms[1] = { ...newArm('xavier_normal'), params: { gain: '-2' } };
    const c = checkDraft(d);
    expect(Object.keys(c.errors)).toContain('arms.1.init.params.gain');
  });

  it('sends an arm\'s weight multiplier, and none for 1', () => {
    const d = defaultDraft();
    d.arms[0].multiplier = '0.5';
    const c = checkDraft(d);
    expect(c.config?.arms[0].init.multiplier).toBe(0.5);
    expect(c.config?.arms[1].init).not.toHaveProperty('multiplier');
    expect(draftFromConfig(c.config!).arms.map((a) => a.multiplier)).toEqual(['0.5', '1']);
  });

  it('pins a multiplier that is not positive to that arm', () => {
    const d = defaultDraft();
    d.arms[1].multiplier = '-2';
    const c = checkDraft(d);
    expect(c.config).toBeNull();
    expect(Object.keys(c.errors)).toContain('arms.1.init.multiplier');
    expect(fieldLabel('arms.1.init.multiplier')).toBe('Arm 2 · multiplier');
  });

  it('flags a seed list that cannot be read', () => {
    const d = defaultDraft();
    d.seeds = '1, x';
    expect(checkDraft(d).errors['seeds.init']).toContain('"x"');
  });

  it('says an iteration count must be an integer', () => {
    const d = defaultDraft();
    d.training.iterations = '2.5';
    expect(checkDraft(d).errors['base.iterations']).toBe('must be an integer (got 2.5)');
  });

  it('names fields as the form labels them', () => {
    expect(fieldLabel('base.optimizer.lr')).toBe('Learning rate');
    expect(fieldLabel('base.network.dims.2')).toBe('Layer 2 width');
    expect(fieldLabel('arms.1.init.params.gain')).toBe('Arm 2 · gain');
  });

  it('flags a hidden layer width of zero', () => {
    const d = defaultDraft();
    d.hidden = ['10', '0'];
    expect(Object.keys(checkDraft(d).errors)).toContain('base.network.dims.2');
  });
});
