import { describe, expect, it } from 'vitest';
import { formatDuration, progressLine } from './progress-line';

describe('npm run import progress line', () => {
  const base = { total: 2000, done: 0, failed: 0, running: 0, tmxUnits: 0, perMinute: null, secondsLeft: null };

  it.each([
    [base, '[........................] 0/2,000'],
    [
      { ...base, done: 990, failed: 10, perMinute: 412.4, secondsLeft: 146 },
      '[############............] 1,000/2,000 · 10 failed · 412/min · 2 min 26 s left',
    ],
    [{ ...base, total: 1, running: 1, tmxUnits: 52000 }, '[........................] 0/1 · 52,000 TMX units so far'],
    [{ ...base, total: 0 }, '[########################] 0/0'],
  ])('%o → %s', (figures, line) => {
    expect(progressLine(figures)).toBe(line);
  });

  it.each([
    [0, '0 s'],
    [59.6, '1 min 0 s'],
    [3599, '59 min 59 s'],
    [7260, '2 h 1 min'],
  ])('%d s reads %s', (seconds, text) => expect(formatDuration(seconds)).toBe(text));
});
