// Regenerates test/fixtures/snippet-weights.json by running every case's numpy snippet with python3 and numpy:
//   npx tsx test/export/helpers/write-snippet-fixture.ts
// The file holds numpy's numbers, so the snippet tests can compare against them where numpy is absent.
import { writeFileSync } from 'node:fs';
import { numpySnippet } from '../../../shared/export/snippets';
import { caseConfig, courseXFeatureMajor, EXACT_CASES, LIBM_CASES, ROUNDED_CASES } from './snippet-cases';
import { runNumpySnippets } from './python';

const cases = [...EXACT_CASES, ...ROUNDED_CASES, ...LIBM_CASES];
const run = runNumpySnippets(
  cases.map((c) => {
    const config = caseConfig(c);
    return { source: numpySnippet(config), lsuvX: config.init.name === 'lsuv' ? courseXFeatureMajor() : undefined };
  }),
);
// JSON.stringify would write −0 as 0; no case draws one, and this keeps it that way.
if (run.weights.some((w) => Object.values(w).some((xs) => xs.some((x) => Object.is(x, -0))))) {
  throw new Error('a case produced -0, which JSON cannot carry: choose other parameters');
}
const fixture = {
  description: "Initial weights printed by the numpy snippets (numpySnippet) of each case, as numpy computed them.",
  numpy: run.numpy,
  cases: cases.map((c, i) => ({ name: c.name, input: c.input, exact: c.exact, weights: run.weights[i] })),
};
writeFileSync(new URL('../../fixtures/snippet-weights.json', import.meta.url), `${JSON.stringify(fixture)}\n`);
console.log(`wrote ${cases.length} cases (numpy ${run.numpy})`);
