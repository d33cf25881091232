// Init seeds that make the fake engine worker misbehave (see fake-engine-worker.ts).

/** Seed → scripted behaviour: throw at iteration 3, exit the thread at 3, NaN cost from 5, 5 ms per iteration, spin ignoring cancel from 3. */
export const FAULT_SEEDS = { throws: 9001, exits: 9002, diverges: 9003, slow: 9004, spins: 9005 } as const;
