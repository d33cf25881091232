// The course's network, data and gradient descent as an experiment (seed 3), for tests that train through
// the app's boundaries. Plain JavaScript so the boot probe, which runs under plain Node, can import it too.

/** An experiment of the course run with the given name, length, recording and arms (He alone by default). */
export function courseExperiment({ name, iterations, record, arms = [{ init: { name: 'he' } }] }) {
  return {
    name,
    base: {
      data: { kind: 'course-circles' },
      network: { dims: [2, 10, 5, 1], activation: 'relu' },
      rng: 'numpy',
      loss: 'course',
      optimizer: { name: 'gd', lr: 0.01 },
      iterations,
      record,
    },
    arms,
    seeds: { init: [3] },
  };
}
