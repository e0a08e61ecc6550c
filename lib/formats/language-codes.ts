// Language codes as TMX/XLIFF files spell them. Files in the wild write `ko-KR`, `ko_kr`, `KO` or `ko`;
// we compare case-insensitively and fall back to the primary subtag.

export type LangCodeStyle = 'region' | 'primary';

const DEFAULT_REGIONS: Record<string, string> = {
  ko: 'ko-KR',
  en: 'en-US',
  ja: 'ja-JP',
  zh: 'zh-CN',
  fr: 'fr-FR',
  de: 'de-DE',
  es: 'es-ES',
};

export function normalizeLangCode(code: string): string {
  return code.trim().replace(/_/g, '-').toLowerCase();
}

export function primarySubtag(code: string): string {
  return normalizeLangCode(code).split('-')[0];
}

/** `ko` → `ko-KR` (region style) or `ko-KR` → `ko` (primary style). Unknown codes pass through. */
export function toXmlLang(code: string, style: LangCodeStyle): string {
  const primary = primarySubtag(code);
  if (style === 'primary') return primary;
  const normalized = normalizeLangCode(code);
  if (normalized.includes('-')) {
    const [lang, ...rest] = normalized.split('-');
    return [lang, ...rest.map((part) => (part.length === 2 ? part.toUpperCase() : part))].join('-');
  }
  return DEFAULT_REGIONS[primary] ?? primary;
}

/** 0 = no match, 1 = same primary subtag (`ko` ~ `ko-KR`), 2 = same code ignoring case. */
export function langMatchScore(candidate: string, wanted: string): 0 | 1 | 2 {
  const key = `${candidate}\u0000${wanted}`;
  const known = matchScores.get(key);
  if (known !== undefined) return known;
  const score = normalizeLangCode(candidate) === normalizeLangCode(wanted) ? 2 : primarySubtag(candidate) === primarySubtag(wanted) ? 1 : 0;
  if (matchScores.size >= MAX_REMEMBERED_SCORES) matchScores.clear();
  matchScores.set(key, score);
  return score;
}

// A TMX import asks this twice per unit for the same few language pairs (a million times for a big memory): the
// answers are remembered, a bounded number of them (decision 048).
const MAX_REMEMBERED_SCORES = 256;
const matchScores = new Map<string, 0 | 1 | 2>();
