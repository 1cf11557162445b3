/**
 * Runs `work`; when it takes longer than a second, says what is under way (and how long it took), so a slow
 * start is never silent.
 */
export async function withProgress<T>(label: string, work: () => Promise<T>, say: (line: string) => void): Promise<T> {
  const started = Date.now();
  const timer = setTimeout(() => say(`${label}…`), 1_000);
  try {
    return await work();
  } finally {
    clearTimeout(timer);
    const seconds = (Date.now() - started) / 1_000;
    if (seconds >= 1) say(`${label}: done in ${seconds.toFixed(1)} s`);
  }
}
