/** The value below which `p` percent of `values` lie (nearest rank, no interpolation); `percentile(xs, 50)` is the median. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
