// Module resolve hook: `electron` becomes the fake, so the bundled main process can boot under plain Node.
const FAKE = new URL('./fake-electron.mjs', import.meta.url).href;

/** Resolves `electron` to the fake module and leaves every other specifier alone. */
export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: FAKE, shortCircuit: true };
  return nextResolve(specifier, context);
}
