import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage, pickLocale } from './locales';

describe('localeFromAcceptLanguage', () => {
  it.each([
    ['ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7', 'ko'],
    ['en-US,en;q=0.9,ko;q=0.8', 'en'],
    ['ko', 'ko'],
    ['KO-kr', 'ko'],
    ['fr-FR,fr;q=0.9,ko;q=0.5,en;q=0.4', 'ko'],
    ['en;q=0.5,ko;q=0.6', 'ko'],
    ['ko;q=0,en;q=0.1', 'en'],
    ['fr, de', null],
    ['*', null],
    ['', null],
    [null, null],
    ['ko;q=abc,en', 'en'],
    ['ko;q=7', null],
    [';;;,,,=,', null],
  ])('%s → %s', (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });

  it('reads a hostile header only up to a bound', () => {
    const header = `${'x;q=1,'.repeat(100_000)}ko`;
    expect(localeFromAcceptLanguage(header)).toBeNull();
  });
});

describe('pickLocale', () => {
  it('prefers the user, then the signed-out cookie, then the browser, then English', () => {
    expect(pickLocale({ user: 'ko', cookie: 'en', acceptLanguage: 'en' })).toBe('ko');
    expect(pickLocale({ user: null, cookie: 'ko', acceptLanguage: 'en' })).toBe('ko');
    expect(pickLocale({ user: null, cookie: null, acceptLanguage: 'ko-KR' })).toBe('ko');
    expect(pickLocale({})).toBe('en');
  });

  it('ignores values that are not our languages', () => {
    expect(pickLocale({ user: 'de', cookie: '<script>', acceptLanguage: 'ko' })).toBe('ko');
  });
});
