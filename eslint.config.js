// Lint rules for the whole project; the engine's purity is enforced here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import vue from 'eslint-plugin-vue';
import globals from 'globals';

// Node's modules and the back end's packages, which neither the engine nor the page may load.
const NODE_AND_APP_PACKAGES = [
  { group: ['node:*', 'fs', 'path', 'os', 'worker_threads', 'electron', 'better-sqlite3', 'fastify', 'commander'], message: 'Node and the back end stay out of this layer.' },
];

/** Import patterns reaching the named top-level folders (from anywhere below the repository root). */
function outside(...folders) {
  return folders.map((f) => ({ group: [`**/${f}/*`, `**/${f}/**`], message: `See docs/ARCHITECTURE.md's table: this layer may not import ${f}/.` }));
}

/** Import patterns reaching sibling folders of the same parent (electron/main from electron/server, shared/stats from shared/engine). */
function layer(...folders) {
  return folders.map((f) => ({ group: [`../${f}/*`, `../../${f}/*`, `../../../${f}/*`, `**/electron/${f}/*`, `**/shared/${f}/*`], message: `See docs/ARCHITECTURE.md's table: this layer may not import ${f}/.` }));
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'reference/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
    },
  },
  {
    // shared/ is pure TypeScript: no Node, DOM, Electron, nor ambient randomness.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...NODE_AND_APP_PACKAGES, ...outside('electron', 'renderer', 'test', 'bench')] }],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Pass an Rng value instead.' }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require'],
    },
  },
  {
    // The engine depends on nothing else in shared/ but the contract's types (its RunConfig).
    files: ['shared/engine/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/contract/*'], allowTypeImports: true, message: 'The engine may import only types from the contract.' }, ...layer('stats', 'export', 'insights')] },
      ],
    },
  },
  {
    // The contract checks names against the engine's registries (init, optim, rng, data, nn/activations, nn/loss) at run
    // time; of the engine's implementation modules and of shared/stats it may import only types.
    files: ['shared/contract/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(\\.\\./)+stats(/.*)?$', allowTypeImports: true, message: 'The contract may import only types from shared/stats.' },
            {
              // Registries: engine/{init,optim,rng,data} and engine/nn/{activations,loss}; plus record/cost-record, whose bound on
              // kept cost points the limits' memory estimate uses, so the estimate cannot drift from what the recorder keeps.
              // Any other engine module, types only.
              regex: '^(\\.\\./)+engine(/(train|kernel|record|nn|types|index))?$|^(\\.\\./)+engine/(?!nn/(activations|loss)$|record/cost-record$)[^/]+/.+$',
              allowTypeImports: true,
              message: "The contract may import the engine's registries, and only types from its other modules.",
            },
            ...layer('export', 'insights'),
          ],
        },
      ],
    },
  },
  {
    // The back end (service, pool, worker, store) knows no door and no page.
    files: ['electron/{service,pool,worker,store}/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...outside('renderer'), ...layer('main', 'preload', 'server', 'cli')] }] },
  },
  {
    // A door reaches the back end and the contract, never another door (the shared door helpers live in electron/door).
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...outside('renderer'), ...layer('server', 'cli')] }] },
  },
  {
    files: ['electron/server/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...outside('renderer'), ...layer('main', 'preload', 'cli')] }] },
  },
  {
    // The CLI starts the HTTP server (`init-lab serve`), so it may import server/; never the desktop's doors.
    files: ['electron/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...outside('renderer'), ...layer('main', 'preload')] }] },
  },
  {
    files: ['electron/door/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...outside('renderer'), ...layer('main', 'preload', 'server', 'cli')] }] },
  },
  {
    // The page talks to the lab only through the contract's operations (api/), never to the back end itself.
    files: ['renderer/**/*.{ts,vue}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...NODE_AND_APP_PACKAGES, ...outside('electron', 'test', 'bench')] }] },
  },
);
