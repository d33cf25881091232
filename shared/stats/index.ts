// Statistics across seeds: summaries, bands, target reach and pairwise comparisons of arms.
export { ARM_METRICS, BOOTSTRAP_SEED, compareArms, summarizeArm, type Arm, type ArmMetric, type ArmSummary, type PairComparison, type RunMetrics } from './arms';
export { costBand, curveBand, iterationBand, type Band, type BandKind, type CostBand } from './bands';
export { bootstrapMeanDiff, BOOTSTRAP_RESAMPLES, type BootstrapOptions } from './bootstrap';
export { compare, type Comparison } from './compare';
export { erfc, normalCdf, normalSf, studentTCdf, studentTQuantile, studentTTwoSided } from './distributions';
export { cliffDelta, cohenD } from './effect-size';
export {
  EXACT_MAX_PAIRS,
  mannWhitneyU,
  type Alternative,
  type MannWhitneyMethod,
  type MannWhitneyOptions,
  type MannWhitneyResult,
} from './mann-whitney';
export { meanOf, sampleVarianceOf } from './moments';
export { quantileSorted, sortedCopy } from './quantile';
export { CONFIDENCE, finiteValues, summarize, tCritical95, type Summary } from './summary';
export { targetReach, type TargetReach } from './targets';
export { checkSample, StatsInputError, type FiniteRule } from './validate';
export { welchTTest, type WelchResult } from './welch';
export { gaussianExpectation, gaussLegendre } from './gaussian-expectation';
export { weightVariance, weightVariances } from './init-variance';
export { activationSecondMoment, inputSecondMoment, predictZVariance, type PredictOptions } from './theory';
export {
  chi1,
  chiC,
  correlationDepth,
  correlationMap,
  criticalSigmaW2,
  cStar,
  lengthMap,
  lengthSequence,
  meanField,
  qStar,
  type MeanFieldPhase,
  type MeanFieldPoint,
  type MeanFieldSummary,
} from './mean-field';
export { backwardFactor, derivativeSecondMoment, predictBackwardVariance, type BackwardOptions } from './backward-theory';
