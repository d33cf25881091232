// The thresholds every insight rule reads, in one place so they can be read and argued with.

/** Insight thresholds. */
export const INSIGHT_THRESHOLDS = {
  /** Units count as identical below this distinctness (mean pairwise distance of weight rows over their norm). */
  symmetry: 1e-6,
  /** Share of saturated output values worth reporting. */
  saturated: 0.05,
  /** Share of (unit, sample) ReLU outputs that are exactly zero beyond which a layer is mostly dead (about half is normal). */
  dead: 0.85,
  /** A layer's activation std this many times smaller/larger than the first layer's counts as vanishing/exploding. */
  activationRatio: 10,
  /** Pre-activation std above which values are exploding outright. */
  activationAbs: 20,
  /** A hidden layer's dA std this many times smaller/larger than the last hidden layer's counts as vanishing/exploding. */
  gradientRatio: 100,
  /** A layer-to-layer factor below 1/this (or above this) is where a trend starts. */
  stepFactor: 1.25,
  /** Beyond this overall ratio a trend is a warning even in a run that learned (below it, info). */
  severeRatio: 1e4,
  /** Best train accuracy within this of chance counts as never leaving chance. */
  chanceMargin: 0.05,
} as const;
