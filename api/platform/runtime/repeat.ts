/**
 * Runs `task` every `intervalMs`, never two runs at once (a slow run delays the next one);
 * `stop()` clears the timer and waits for a run in progress, so shutdown leaves nothing half done.
 * The timer keeps the process alive only with `keepAlive` (a process whose only work it is).
 */
export function repeat(
  task: () => Promise<unknown>,
  intervalMs: number,
  onError: (error: unknown) => void,
  options: { keepAlive?: boolean } = {},
): { stop(): Promise<void> } {
  let running: Promise<void> | undefined;
  const timer = setInterval(() => {
    running ??= task()
      .then(() => undefined, onError)
      .finally(() => (running = undefined));
  }, intervalMs);
  if (!options.keepAlive) timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
