// The engine's data shapes: what a run takes in and what it records. Plain data, serialisable.

/** A row-major dense matrix: element (i, j) is data[i * cols + j]. */
export interface Matrix {
  rows: number;
  cols: number;
  data: Float64Array;
}

/**
 * Inputs held as bytes: value v of a feature is `levels[bytes[i]]`. Image sets have at most 256 grey levels, so
 * their pixels take one byte instead of eight; they become doubles only a mini-batch (or a chunk of a pass over
 * the whole set) at a time, through the same table, so the doubles are exactly the ones the set stands for.
 */
export interface ByteFeatures {
  bytes: Uint8Array;
  /** The double each byte value stands for (256 entries). */
  levels: Float64Array;
}

/** A set's inputs, sample-major (n × nFeatures): doubles, or bytes through a table of levels (image sets). */
export type Features = Float64Array | ByteFeatures;

/**
 * A classification data set; X is sample-major (n × nFeatures), y holds class indices 0 … classes.length − 1.
 * Generated, shipped and CSV sets hold doubles (`Dataset<Float64Array>`); image sets hold bytes.
 */
export interface Dataset<X extends Features = Features> {
  name: string;
  featureNames: string[];
  /** The classes' names, in the order their indices count (two-class sets: ["0", "1"]). */
  classes: string[];
  /** Set for image data: features are the pixels of a width × height grey image, row by row, in [0, 1]. */
  image?: ImageShape;
  nFeatures: number;
  nTrain: number;
  nTest: number;
  xTrain: X; // nTrain × nFeatures
  yTrain: Float64Array; // nTrain
  xTest: X; // nTest × nFeatures
  yTest: Float64Array; // nTest
}

/** Network parameters: W[l] is dims[l+1] × dims[l] (row-major, as numpy's W[l+1]), b[l] has dims[l+1] entries. */
export interface Params {
  dims: number[];
  W: Float64Array[];
  b: Float64Array[];
}

/** Gradients of the cost with respect to Params, shaped like them: dW[l] matches W[l], db[l] matches b[l]. */
export interface Grads {
  dW: Float64Array[];
  db: Float64Array[];
}

/** The cost of one iteration, taken on the forward pass before that iteration's update. */
export interface CostPoint {
  iteration: number;
  cost: number;
}

/** Statistics of one layer (1-based, as the course numbers layers) at one checkpoint. */
export interface LayerStats {
  layer: number;
  wMean: number;
  wStd: number;
  zMean: number;
  zStd: number;
  aMean: number;
  aStd: number;
  dwMean: number;
  dwStd: number;
  dzStd: number;
  /**
   * Std of the back-propagated signal dA_l = W_{l+1}ᵀ·dZ_{l+1}, the gradient of the cost with respect to the
   * layer's output; for the output layer, where back-propagation starts from the logits, it is dzStd. NaN in
   * checkpoints recorded before it existed.
   */
  daStd: number;
  /** Fraction of (unit, sample) pairs where a ReLU-family unit is off (z ≤ 0: a ReLU outputs exactly 0, a leaky one its slope side); 0 for other activations. */
  deadFraction: number;
  /** Fraction of (unit, sample) pairs where a sigmoid/tanh unit is saturated (a within 1% of its output range from a bound). */
  saturatedFraction: number;
  /** How distinct the layer's units are: mean pairwise distance of their weight rows over √2 × the rows' RMS norm; 0 = all units identical, about 1 for independent random rows, 1 for a single unit. */
  symmetry: number;
}

/** Output probabilities of the network over a size × size grid covering the data's range; row r is y = yMin + r·(yMax−yMin)/(size−1). */
export interface BoundaryGrid {
  size: number;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  probs: Float64Array; // size × size
}

/** The size of the grey images an image data set holds. */
export interface ImageShape {
  width: number;
  height: number;
}

/**
 * A fixed sample of test predictions at a checkpoint: the same test samples at every checkpoint of a run,
 * evenly spaced over the test set, so a grid of images can show how predictions change.
 */
export interface PredictionSample {
  /** Indices into the test set (data-set order). */
  indices: number[];
  /** True class index of each sampled sample. */
  labels: number[];
  /** Predicted class index (argmax of the outputs; one sigmoid unit: 1 when p > 0.5). */
  predicted: number[];
  /** The output probability of the predicted class. */
  confidence: number[];
  /** The sampled inputs as 8-bit grey images (pixel = round(255·x), row-major, one after another), for image data; else null. */
  images: (ImageShape & { pixels: Uint8Array }) | null;
}

/** A snapshot taken during training (iteration 0 is the initial state). */
export interface Checkpoint {
  iteration: number;
  cost: number;
  trainAccuracy: number;
  testAccuracy: number;
  layers: LayerStats[];
  boundary: BoundaryGrid | null;
  /** Histograms of weights and activations per layer (optional, for the app's histograms). */
  histograms?: LayerHistogram[];
  /** Test-set confusion counts: confusion[t][p] = test samples of class t predicted as class p (absent without a test set). */
  confusion?: number[][];
  /** Test accuracy per class (NaN for a class with no test samples; absent without a test set). */
  perClassAccuracy?: number[];
  /** A fixed sample of test predictions (image data sets only). */
  predictionSample?: PredictionSample;
  /** The weights and their full-batch gradient at this checkpoint, for drawing the network (small nets only: see CHECKPOINT_PARAMS_LIMIT). */
  params?: CheckpointParams;
}

/** Weights and the cost's gradient with respect to them at a checkpoint, shaped like Params.W (dims[l+1] × dims[l], row-major). */
export interface CheckpointParams {
  W: Float64Array[];
  /** The gradient over the whole training set, as the checkpoint's backward pass computed it. */
  dW: Float64Array[];
}

/** Weight, activation and back-propagated gradient histograms of one layer at a checkpoint. */
export interface LayerHistogram {
  layer: number;
  weights: Histogram;
  activations: Histogram;
  /**
   * The back-propagated signal dA_l = W_{l+1}ᵀ·dZ_{l+1} (the output layer: its dZ), as Glorot & Bengio (2010) plot it;
   * absent in checkpoints recorded before it was.
   */
  gradients?: Histogram;
}

/** Fixed-bin histogram: counts[i] covers [min + i·w, min + (i+1)·w) with w = (max − min) / counts.length. */
export interface Histogram {
  min: number;
  max: number;
  counts: number[];
}

/** How a run ended. */
export type RunOutcome = 'done' | 'diverged' | 'cancelled';

/** Everything a finished run records. */
export interface RunResult {
  outcome: RunOutcome;
  iterationsRun: number;
  costEvery: number;
  costs: CostPoint[];
  checkpoints: Checkpoint[];
  initialParams: Params;
  finalParams: Params;
  trainAccuracy: number;
  testAccuracy: number;
  /** Final train cost on the whole training set with the run's loss. */
  finalCost: number;
  firstNonFiniteIteration: number | null;
  /** Iteration at which training blew up (non-finite parameters or NaN cost), or null. */
  divergedAt: number | null;
  /** Wall time of the training loop alone. */
  trainSeconds: number;
}

/** Live progress of a training run. */
export interface Progress {
  iteration: number;
  iterations: number;
  cost: number;
  /** The engine's estimate of the seconds left (train/eta.ts), null before the first update. */
  secondsLeft: number | null;
}

/** Callbacks a training loop calls; all optional. shouldStop is polled so a caller can cancel. */
export interface TrainHooks {
  onProgress?(p: Progress): void;
  onCosts?(points: CostPoint[]): void;
  onCheckpoint?(c: Checkpoint): void;
  shouldStop?(): boolean;
  /** Minimum milliseconds between onProgress calls (default 50). */
  progressIntervalMs?: number;
  /** Clock used for timing and throttling (milliseconds); defaults to performance.now. */
  now?(): number;
  /** Cost points kept at the set rate before buckets keep only their lowest and highest (FULL_RATE_COSTS; smaller in tests). */
  fullRateCosts?: number;
}
