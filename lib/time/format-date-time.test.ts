import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDay } from './format-date-time';

describe('formatDateTime', () => {
  const at = '2026-12-07T00:17:47Z';

  it('writes day, short month, year and a 24-hour time', () => {
    expect(formatDateTime(at)).toBe('7 Dec 2026, 00:17');
    expect(formatDateTime(new Date('2026-03-01T15:05:00Z'))).toBe('1 Mar 2026, 15:05');
  });

  it('shows the time in the given zone: a Seoul desk sees KST, across midnight', () => {
    expect(formatDateTime(at, 'Asia/Seoul')).toBe('7 Dec 2026, 09:17');
    expect(formatDateTime('2026-12-06T20:00:00Z', 'Asia/Seoul')).toBe('7 Dec 2026, 05:00');
    expect(formatDateTime(at, 'America/New_York')).toBe('6 Dec 2026, 19:17');
  });

  it("follows the reader's language: Korean reads year, month, day with the same 24-hour time", () => {
    expect(formatDateTime(at, 'Asia/Seoul', 'ko')).toBe('2026년 12월 7일 09:17');
    expect(formatDateTime('2026-03-01T15:05:00Z', 'UTC', 'ko')).toBe('2026년 3월 1일 15:05');
    expect(formatDateTime(at, 'Asia/Seoul', 'en')).toBe('7 Dec 2026, 09:17');
  });

  it('gives an empty string for missing or broken dates instead of "Invalid Date"', () => {
    expect(formatDateTime(null)).toBe('');
    expect(formatDateTime(undefined)).toBe('');
    expect(formatDateTime('not a date')).toBe('');
  });
});

describe('formatDay', () => {
  it('writes a UTC calendar day in the same format without the time, in either language', () => {
    expect(formatDay('2026-12-07')).toBe('7 Dec 2026');
    expect(formatDay('2026-12-07', 'ko')).toBe('2026년 12월 7일');
  });

  it('leaves anything that is not a day as it is', () => {
    expect(formatDay('yesterday')).toBe('yesterday');
    expect(formatDay('2026-13-45')).toBe('2026-13-45');
  });
});
