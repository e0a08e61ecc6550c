/**
 * Runs a benchmark's `main` (synchronous or not). A failure is printed and ends the process with exit code 1 at
 * once: a bench that failed half-way may still hold a database, a server or a worker pool open, which would keep
 * it from exiting. On success `main` closes what it opened itself.
 */
export function runBench(main: () => void | Promise<void>): void {
  Promise.resolve()
    .then(main)
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
