// Types of course-experiment.mjs.

/** What courseExperiment varies. */
export interface CourseExperimentOptions {
  name: string;
  iterations: number;
  record: Record<string, number | boolean>;
  arms?: Array<{ init: { name: string } }>;
}

/** An experiment of the course run with the given name, length, recording and arms (He alone by default). */
export declare function courseExperiment(options: CourseExperimentOptions): {
  name: string;
  base: Record<string, unknown>;
  arms: Array<{ init: { name: string } }>;
  seeds: { init: number[] };
};
