// The interface languages (decision 030). Pure: the server, the browser and tests share it.

export const LOCALES = ['en', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language named in itself, as a language switch shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ko: '한국어' };

/** The cookie that remembers a choice made while signed out (a signed-in choice is stored on the user). */
export const LOCALE_COOKIE = 'bitext-locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Longest header we read; a real browser's is under 200 characters. */
const MAX_HEADER = 1000;

/**
 * The best interface language for an Accept-Language header ("ko-KR,ko;q=0.9,en-US;q=0.8"), or null when it
 * names none of ours. Ranges are matched on their primary subtag; q=0 means "not this one"; ties keep the
 * header's order. `*` alone does not choose (the caller's default applies).
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  let best: { locale: Locale; q: number } | null = null;
  for (const part of header.slice(0, MAX_HEADER).split(',')) {
    const [range, ...params] = part.trim().split(';');
    const primary = range.trim().toLowerCase().split('-')[0];
    if (!isLocale(primary)) continue;
    let q = 1;
    for (const param of params) {
      const match = /^\s*q\s*=(.*)$/i.exec(param);
      if (match) q = /^\s*[0-9.]+\s*$/.test(match[1]) ? Number(match[1]) : Number.NaN;
    }
    if (!Number.isFinite(q) || q <= 0 || q > 1) continue;
    if (!best || q > best.q) best = { locale: primary, q };
  }
  return best?.locale ?? null;
}

/** The one precedence: the user's choice, else a signed-out choice (cookie), else the browser, else English. */
export function pickLocale(sources: { user?: string | null; cookie?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(sources.user)) return sources.user;
  if (isLocale(sources.cookie)) return sources.cookie;
  return localeFromAcceptLanguage(sources.acceptLanguage) ?? DEFAULT_LOCALE;
}
