// `npm run bench`: speed figures for the engine and the app. Prints figures and ratios; nothing here passes or fails.
// Every bench/*.ts file other than this one exports `sections`; they run in their `order`.
// usage: npm run bench [-- --repeats N] [-- --only ID[,ID…]]
import { readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { BenchSection } from './lib/section';

const { values } = parseArgs({ options: { repeats: { type: 'string', default: '5' }, only: { type: 'string' } } });
const repeats = Math.max(1, Number(values.repeats) || 5);
const only = values.only?.split(',');

const dir = fileURLToPath(new URL('.', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
const sections: BenchSection[] = [];
for (const f of files) {
  const mod = (await import(pathToFileURL(`${dir}${f}`).href)) as { sections?: BenchSection[] };
  sections.push(...(mod.sections ?? []));
}
sections.sort((a, b) => a.order - b.order);

const print = (line = '') => process.stdout.write(`${line}\n`);
// The CPU matters to every ratio: numpy's BLAS and ufuncs use AVX-512 where the CPU has it, WebAssembly never does.
const cpu = cpus();
print(`init-lab bench: node ${process.version}, ${cpu[0]?.model.trim() ?? 'unknown CPU'} (${cpu.length} cores), median of ${repeats} runs each`);
for (const s of sections) {
  if (only && !only.includes(s.id)) continue;
  print();
  print(`## ${s.title} [${s.id}]`);
  await s.run({ repeats, print });
}
