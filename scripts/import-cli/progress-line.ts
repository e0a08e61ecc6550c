// One line of `npm run import` progress: a bar, counts, rate and time left.

export interface ProgressFigures {
  total: number;
  done: number;
  failed: number;
  running: number;
  tmxUnits: number;
  perMinute: number | null;
  secondsLeft: number | null;
}

const BAR = 24;

export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}

export function progressLine(p: ProgressFigures): string {
  const finished = p.done + p.failed;
  const filled = p.total ? Math.round((finished / p.total) * BAR) : BAR;
  const parts = [`[${'#'.repeat(filled)}${'.'.repeat(BAR - filled)}] ${finished.toLocaleString('en')}/${p.total.toLocaleString('en')}`];
  if (p.failed) parts.push(`${p.failed.toLocaleString('en')} failed`);
  if (p.tmxUnits) parts.push(`${p.tmxUnits.toLocaleString('en')} TMX units so far`);
  if (p.perMinute) parts.push(`${Math.round(p.perMinute).toLocaleString('en')}/min`);
  if (p.secondsLeft !== null) parts.push(`${formatDuration(p.secondsLeft)} left`);
  return parts.join(' · ');
}
