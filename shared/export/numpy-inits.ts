// Each initializer written in numpy: the body of `initial_weights(rng, n_l, n_prev)`, mirroring the engine's
// arithmetic operation for operation so that, on numpy's legacy stream, the draws come out bit for bit.
import type { InitializerName } from '../engine/init';

/** How one initializer is written in numpy. Bodies refer to its parameters as UPPER_SNAKE constants. */
export interface NumpyInit {
  /** Whether, on the numpy stream, these lines give the engine's weights to the last bit. */
  exact: boolean;
  /** Why they do not, when not exact (one sentence for a comment). */
  why?: string;
  /** Whether it draws normals (numpy's randn goes through the C library's log; see LIBM_LOG_CAVEAT). */
  gaussian: boolean;
  /** Lines of the function body (unindented); `rng` is a numpy RandomState, W has shape (n_l, n_prev). */
  body: string[];
}

const FANS = 'fan_in, fan_out = n_prev, n_l';

const heFan = ['fan = fan_in if MODE == "fan_in" else fan_out'];
// 2 / ((1 + a·a) · fan), in the engine's order of operations, so the square root is the same double.
const heVariance = 'variance = 2 / ((1 + NEGATIVE_SLOPE * NEGATIVE_SLOPE) * fan)';

const heNormal: NumpyInit = {
  exact: true,
  gaussian: true,
  body: [FANS, ...heFan, heVariance, 'return rng.randn(n_l, n_prev) * np.sqrt(variance)'],
};

const scaledNormal: NumpyInit = { exact: true, gaussian: true, body: ['return rng.randn(n_l, n_prev) * SCALE'] };

const orthogonalStart = [
  'a = rng.randn(n_l, n_prev)',
  '# Factor the tall orientation, so a wide W gets orthonormal rows and a tall one orthonormal columns.',
  'tall = a if n_l >= n_prev else a.T',
  'q, r = np.linalg.qr(tall)',
  "# Flip columns so R's diagonal is positive: the unique Q (the one PyTorch's orthogonal_ returns).",
  'q = q * np.where(np.diag(r) < 0, -1.0, 1.0)',
  'q = q if n_l >= n_prev else q.T',
];

const QR_WHY =
  "numpy's QR (LAPACK) rounds differently from the lab's own Householder QR, so the weights agree to about 1e-15, not to the last bit.";

/**
 * numpy's randn takes the C library's log; the lab's numpy stream replays glibc's FMA build of it (the one x86-64
 * CPUs with FMA select), so the draws agree to the bit there, and elsewhere differ in about 1 draw in 9,000.
 */
export const LIBM_LOG_CAVEAT =
  "numpy's randn takes the C library's log; the lab replays glibc's FMA build of it (x86-64 CPUs with FMA), so on a machine whose C library picks another build about 1 normal draw in 9,000 can differ in the last bit";

/** The numpy form of every initializer in the registry. */
export const NUMPY_INITS = {
  zeros: { exact: true, gaussian: false, body: ['return np.zeros((n_l, n_prev))'] },
  constant: { exact: true, gaussian: false, body: ['return np.full((n_l, n_prev), VALUE)'] },
  uniform: { exact: true, gaussian: false, body: ['return rng.uniform(LOW, HIGH, size=(n_l, n_prev))'] },
  normal: { exact: true, gaussian: true, body: ['return rng.normal(MEAN, STD, size=(n_l, n_prev))'] },
  truncated_normal: {
    exact: true,
    gaussian: true,
    body: [
      'W = np.empty((n_l, n_prev))',
      'for i in range(n_l):',
      '    for j in range(n_prev):',
      '        # Redraw until the standard normal draw falls within 2 standard deviations.',
      '        z = rng.randn()',
      '        while abs(z) > 2:',
      '            z = rng.randn()',
      '        W[i, j] = MEAN + STD * z',
      'return W',
    ],
  },
  scaled_normal: scaledNormal,
  random: scaledNormal,
  xavier_normal: {
    exact: true,
    gaussian: true,
    body: [FANS, 'std = GAIN * np.sqrt(2 / (fan_in + fan_out))', 'return rng.normal(0.0, std, size=(n_l, n_prev))'],
  },
  xavier_uniform: {
    exact: true,
    gaussian: false,
    body: [FANS, 'bound = GAIN * np.sqrt(6 / (fan_in + fan_out))', 'return rng.uniform(-bound, bound, size=(n_l, n_prev))'],
  },
  glorot_standard: {
    exact: true,
    gaussian: false,
    body: [FANS, 'bound = 1 / np.sqrt(fan_in)', 'return rng.uniform(-bound, bound, size=(n_l, n_prev))'],
  },
  he_normal: heNormal,
  he_uniform: {
    exact: true,
    gaussian: false,
    body: [FANS, ...heFan, heVariance, 'bound = np.sqrt(3 * variance)', 'return rng.uniform(-bound, bound, size=(n_l, n_prev))'],
  },
  he: heNormal,
  lecun_normal: { exact: true, gaussian: true, body: [FANS, 'return rng.normal(0.0, np.sqrt(1 / fan_in), size=(n_l, n_prev))'] },
  lecun_uniform: {
    exact: true,
    gaussian: false,
    body: [FANS, 'bound = np.sqrt(3 / fan_in)', 'return rng.uniform(-bound, bound, size=(n_l, n_prev))'],
  },
  orthogonal: { exact: false, gaussian: true, why: QR_WHY, body: [...orthogonalStart, 'return GAIN * q'] },
  identity: {
    exact: true,
    gaussian: false,
    body: ['W = np.zeros((n_l, n_prev))', 'k = min(n_l, n_prev)', 'W[range(k), range(k)] = GAIN', 'return W'],
  },
  sparse: {
    exact: true,
    gaussian: true,
    body: [
      'W = rng.normal(0.0, STD, size=(n_l, n_prev))',
      'n_zeros = int(np.ceil(SPARSITY * n_l))',
      'for j in range(n_prev):',
      '    # A partial Fisher-Yates shuffle: the first n_zeros rows are a uniform random subset.',
      '    order = list(range(n_l))',
      '    for i in range(n_zeros):',
      '        k = i + rng.randint(n_l - i)',
      '        order[i], order[k] = order[k], order[i]',
      '        W[order[i], j] = 0.0',
      'return W',
    ],
  },
  lsuv: {
    exact: false,
    gaussian: true,
    why: `LSUV rescales the weights on the training data (see lsuv_rescale below), and ${QR_WHY}`,
    body: ['# The orthogonal start; lsuv_rescale then fits each layer to the data.', ...orthogonalStart, 'return q'],
  },
} as const satisfies Record<InitializerName, NumpyInit>;
