// The shapes every initializer shares: its parameter descriptions, what it is given, what it returns.
import type { Rng } from '../rng/types';

/** A parameter value as written in a spec: numbers, or a word for choices such as mode=fan_out. */
export type InitParamValue = number | string;

/** Resolved parameters of one initializer, keyed by their snake_case names. */
export type InitParams = Readonly<Record<string, InitParamValue>>;

/** One tunable parameter of an initializer, described for the UI, the CLI and validation. */
export interface InitParamSpec {
  name: string;
  type: 'number' | 'integer' | 'enum';
  default: InitParamValue;
  /** Inclusive lower bound for numbers (absent: unbounded). */
  min?: number;
  /** Inclusive upper bound for numbers (absent: unbounded). */
  max?: number;
  /** Accepted words for an enum. */
  options?: readonly string[];
  description: string;
}

/** What an initializer is given to fill one layer's weight matrix W[layer] (rows × cols = n_l × n_{l−1}). */
export interface InitContext {
  rows: number;
  cols: number;
  fanIn: number;
  fanOut: number;
  rng: Rng;
  params: InitParams;
  /** The activation applied after this layer (the output layer's is its own, e.g. sigmoid). */
  activation: string;
  /** 1-based layer number, as the course numbers W1, W2, … */
  layer: number;
}

/** A weight initializer: how it is shown and how it draws one layer's weights. */
export interface Initializer {
  label: string;
  /** The rule in one line, for the UI (e.g. W ~ N(0, 2/fan_in)). */
  formula: string;
  description: string;
  /** Whether sample() draws from the Rng. */
  random: boolean;
  /** Whether the weights are adjusted afterwards on the training data (LSUV). */
  dataDependent: boolean;
  /** For the course's shorthands: the initializer this one is a preset of. */
  aliasOf?: string;
  parameters: readonly InitParamSpec[];
  defaults: InitParams;
  /** A constraint across parameters (e.g. low ≤ high): a message naming the problem, or null. */
  check(params: InitParams): string | null;
  /** The layer's weights, row-major rows × cols; missing params take their defaults. */
  sample(ctx: InitContext): Float64Array;
}
