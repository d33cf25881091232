// Reading a confusion matrix: per-class accuracy, row shares for colouring and the pair of classes most often mixed up.

/** A confusion matrix summarised for display: rows are true classes, columns predicted ones. */
export interface ConfusionSummary {
  /** Samples per true class (row sums). */
  totals: number[];
  /** Each cell as a share of its row (NaN in a row with no samples). */
  shares: number[][];
  /** Correct share per true class (the diagonal over the row sum; NaN for a class absent from the set). */
  perClass: number[];
  /** All correct predictions over all samples (NaN for an empty matrix). */
  accuracy: number;
  /** The off-diagonal cell with the most samples, or null when every prediction is right. */
  worst: { label: number; predicted: number; count: number } | null;
}

/** Summarises a K × K count matrix (row = true class, column = predicted class). */
export function summarizeConfusion(matrix: readonly (readonly number[])[]): ConfusionSummary {
  const totals = matrix.map((row) => row.reduce((a, b) => a + b, 0));
  const shares = matrix.map((row, i) => row.map((c) => (totals[i] > 0 ? c / totals[i] : NaN)));
  const perClass = matrix.map((row, i) => (totals[i] > 0 ? row[i] / totals[i] : NaN));
  const all = totals.reduce((a, b) => a + b, 0);
  const correct = matrix.reduce((s, row, i) => s + (row[i] ?? 0), 0);
  let worst: ConfusionSummary['worst'] = null;
  matrix.forEach((row, i) =>
    row.forEach((c, j) => {
      if (i !== j && c > 0 && (!worst || c > worst.count)) worst = { label: i, predicted: j, count: c };
    }),
  );
  return { totals, shares, perClass, accuracy: all > 0 ? correct / all : NaN, worst };
}
