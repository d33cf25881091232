// Exports of runs and comparisons: Python snippets of the initial weights, HTML reports, CSV tables, config diffs.
export { numpySnippet, pytorchSnippet, type SnippetOptions } from './snippets';
export { snippetFidelity, type SnippetFidelity } from './snippet-arm';
