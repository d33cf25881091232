// How a long-running door (the HTTP server, a queue worker) learns it should stop: the first SIGINT or SIGTERM.

/** Resolves on the first SIGINT or SIGTERM, then stops listening for either (a later signal acts as Node's default). */
export function untilStopSignal(): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
