// What a bench section is: a titled measurement that prints its own figures.

/** Options every section receives from `npm run bench`. */
export interface BenchContext {
  /** How many timed repeats a measurement takes its median over (≥ 5 by default). */
  repeats: number;
  /** Writes one line of the report. */
  print(line?: string): void;
}

/** One part of the bench report. Files in bench/ (other than index.ts) export `sections: BenchSection[]`. */
export interface BenchSection {
  /** Short id for `npm run bench -- --only ID`. */
  id: string;
  title: string;
  /** Sections print in ascending order. */
  order: number;
  run(ctx: BenchContext): Promise<void> | void;
}
