import { describe, expect, it } from 'vitest';
import { INITIALIZER_NAMES } from '../../../shared/engine/init/registry';
import { INITIALIZERS } from '../../../shared/engine/init/registry';
import {
  InitSpecError,
  formatInitSpec,
  initSpecOf,
  parseInitSpec,
  parseInitSpecList,
  resolveInitSpec,
  safeParseInitSpec,
} from '../../../shared/engine/init/spec';

function errorOf(text: string): InitSpecError {
  try {
    parseInitSpec(text);
  } catch (e) {
    if (e instanceof InitSpecError) return e;
    throw e;
  }
  throw new Error(`"${text}" parsed without error`);
}

describe('parseInitSpec', () => {
  it('fills in every default for a bare name', () => {
    expect(parseInitSpec('he_normal')).toEqual({ name: 'he_normal', params: { mode: 'fan_in', negative_slope: 0 }, bias: 0 });
  });

  it('reads key=value pairs separated by semicolons', () => {
    expect(parseInitSpec('he_normal:mode=fan_out;negative_slope=0.1')).toEqual({
      name: 'he_normal',
      params: { mode: 'fan_out', negative_slope: 0.1 },
      bias: 0,
    });
  });

  it('takes the bias constant for any initializer', () => {
    expect(parseInitSpec('zeros:bias=0.5')).toEqual({ name: 'zeros', params: {}, bias: 0.5 });
  });

  it('tolerates spaces and a trailing semicolon', () => {
    expect(parseInitSpec(' normal : std = 2 ; ')).toEqual({ name: 'normal', params: { mean: 0, std: 2 }, bias: 0 });
  });

  it('resolves the course aliases to their course settings', () => {
    expect(parseInitSpec('random')).toEqual({ name: 'random', params: { scale: 10 }, bias: 0 });
    expect(parseInitSpec('he')).toEqual({ name: 'he', params: { mode: 'fan_in', negative_slope: 0 }, bias: 0 });
  });

  it('lists the accepted names for an unknown initializer', () => {
    const e = errorOf('kaiming');
    expect(e.code).toBe('unknown_initializer');
    expect(e.message).toBe(`unknown initializer "kaiming"; accepted: ${INITIALIZER_NAMES.join(', ')}`);
  });

  it('lists the accepted parameters for an unknown parameter', () => {
    const e = errorOf('he_normal:gain=2');
    expect(e.code).toBe('unknown_parameter');
    expect(e.field).toBe('he_normal.gain');
    expect(e.message).toBe('unknown parameter "gain" for he_normal; accepted: mode, negative_slope, bias, multiplier');
  });

  it('names the field and the bad value for a non-number', () => {
    const e = errorOf('normal:std=wide');
    expect(e.code).toBe('bad_value');
    expect(e.message).toBe('bad value "wide" for normal.std: expected a number ≥ 0');
  });

  it('refuses a number outside its range', () => {
    expect(errorOf('sparse:sparsity=1.5').message).toBe('bad value "1.5" for sparse.sparsity: expected a number in [0, 1]');
  });

  it('refuses a fractional integer', () => {
    expect(errorOf('lsuv:max_iter=2.5').message).toBe('bad value "2.5" for lsuv.max_iter: expected an integer in [1, 1000]');
  });

  it('lists the options of an enum', () => {
    expect(errorOf('he_uniform:mode=both').message).toBe('bad value "both" for he_uniform.mode: expected one of fan_in, fan_out');
  });

  it('refuses an empty value and infinity', () => {
    expect(errorOf('constant:value=').code).toBe('bad_value');
    expect(errorOf('constant:value=Infinity').code).toBe('bad_value');
  });

  it('refuses parameters that contradict each other', () => {
    const e = errorOf('uniform:low=1;high=0');
    expect(e.code).toBe('bad_value');
    expect(e.message).toBe('bad parameters for uniform: low (1) must not exceed high (0)');
  });

  it('refuses a pair without "=" and an empty name', () => {
    expect(errorOf('he_normal:fan_out').code).toBe('bad_syntax');
    expect(errorOf(':std=1').code).toBe('bad_syntax');
  });

  it('refuses a parameter given twice', () => {
    expect(errorOf('normal:std=1;std=2').code).toBe('bad_syntax');
  });
});

describe('the weight multiplier in a spec', () => {
  it('is read as the reserved key multiplier, beside the initializer\'s own parameters and the bias', () => {
    expect(parseInitSpec('he_normal:mode=fan_out;multiplier=0.25;bias=0.1')).toEqual({
      name: 'he_normal',
      params: { mode: 'fan_out', negative_slope: 0 },
      bias: 0.1,
      multiplier: 0.25,
    });
  });

  it('sits beside a parameter named scale without clashing', () => {
    expect(parseInitSpec('scaled_normal:scale=3;multiplier=2')).toEqual({ name: 'scaled_normal', params: { scale: 3 }, bias: 0, multiplier: 2 });
  });

  it('leaves the spec as without it when it is 1', () => {
    expect(parseInitSpec('he:multiplier=1')).toEqual(parseInitSpec('he'));
  });

  it('is a name no initializer uses for a parameter of its own', () => {
    for (const init of Object.values(INITIALIZERS)) expect(init.parameters.map((p) => p.name)).not.toContain('multiplier');
  });

  it.each(['0', '-1', 'Infinity', 'NaN', 'big', ''])('refuses %j, naming the field', (v) => {
    const e = errorOf(`he_normal:multiplier=${v}`);
    expect([e.code, e.field, e.message]).toEqual(['bad_value', 'he_normal.multiplier', `bad value "${v}" for he_normal.multiplier: expected a positive number`]);
  });

  it('is refused for lsuv, which scales its weights to unit variance on the data', () => {
    const e = errorOf('lsuv:multiplier=2');
    expect([e.code, e.field]).toEqual(['bad_value', 'lsuv.multiplier']);
    expect(e.message).toBe('bad value "2" for lsuv.multiplier: expected 1, as lsuv scales its weights to unit variance on the data');
    expect(parseInitSpec('lsuv:multiplier=1')).toEqual(parseInitSpec('lsuv'));
  });

  it('comes from a config\'s init object with initSpecOf, absent meaning 1', () => {
    expect(initSpecOf({ name: 'lecun_normal', params: {}, bias: 0.5, multiplier: 4 })).toEqual({ name: 'lecun_normal', params: {}, bias: 0.5, multiplier: 4 });
    expect(initSpecOf({ name: 'xavier_normal', params: { gain: 2 }, bias: 0 })).toEqual(parseInitSpec('xavier_normal:gain=2'));
    expect(() => initSpecOf({ name: 'normal', params: {}, bias: 0, multiplier: -2 })).toThrow('expected a positive number');
  });
});

describe('safeParseInitSpec', () => {
  it('returns errors as data', () => {
    expect(safeParseInitSpec('nope:x=1')).toEqual({
      ok: false,
      error: { code: 'unknown_initializer', message: expect.stringContaining('unknown initializer "nope"') },
    });
    expect(safeParseInitSpec('zeros')).toEqual({ ok: true, value: { name: 'zeros', params: {}, bias: 0 } });
  });
});

describe('resolveInitSpec', () => {
  it('accepts numbers as numbers, as a config object holds them', () => {
    expect(resolveInitSpec('xavier_normal', { gain: 5 / 3, bias: 0.1 })).toEqual({ name: 'xavier_normal', params: { gain: 5 / 3 }, bias: 0.1 });
  });

  it('refuses a number where a word is expected', () => {
    expect(() => resolveInitSpec('he_normal', { mode: 1 })).toThrow('bad value "1" for he_normal.mode');
  });
});

describe('parseInitSpecList', () => {
  it('parses the comma list of the command line', () => {
    expect(parseInitSpecList('zeros,random,he').map((s) => s.name)).toEqual(['zeros', 'random', 'he']);
  });

  it('refuses an empty entry', () => {
    expect(() => parseInitSpecList('zeros,,he')).toThrow(InitSpecError);
  });
});

describe('formatInitSpec', () => {
  it('writes only the non-default parameters', () => {
    expect(formatInitSpec(parseInitSpec('he_normal:mode=fan_out;negative_slope=0'))).toBe('he_normal:mode=fan_out');
    expect(formatInitSpec(parseInitSpec('random'))).toBe('random');
    expect(formatInitSpec(parseInitSpec('normal:std=2;bias=0.1'))).toBe('normal:std=2;bias=0.1');
  });

  it('writes a multiplier other than 1 last', () => {
    expect(formatInitSpec(parseInitSpec('he_normal:multiplier=0.5;bias=0.1'))).toBe('he_normal:bias=0.1;multiplier=0.5');
    expect(formatInitSpec(parseInitSpec('he_normal:multiplier=1'))).toBe('he_normal');
    expect(parseInitSpec(formatInitSpec(parseInitSpec('identity:gain=2;multiplier=3')))).toEqual(parseInitSpec('identity:gain=2;multiplier=3'));
  });

  it('parses back to the same spec for every initializer', () => {
    for (const name of INITIALIZER_NAMES) {
      const spec = parseInitSpec(name);
      expect(parseInitSpec(formatInitSpec(spec))).toEqual(spec);
    }
  });
});
