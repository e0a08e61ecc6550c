// Abbreviations that end with a period but rarely end a sentence. Kept as data so a project can add its
// own (`segmentText(..., { abbreviations })`). Lower-cased, without the final period.

/** Titles and words that are always followed by more of the same sentence ("Mr. Kim", "St. Louis"). */
export const TITLE_ABBREVIATIONS: readonly string[] = [
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'st', 'mt', 'ft', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt',
  'capt', 'cmdr', 'adm', 'maj', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'cpl', 'pvt', 'vs', 'v', 'fig',
  'figs', 'vol', 'vols', 'pp', 'ch', 'sec', 'art', 'approx', 'dept', 'est', 'ave', 'blvd', 'rd', 'corp',
  'inc', 'ltd', 'co', 'bros', 'cf', 'ca',
  // German and French titles and abbreviations met in news and yearbooks
  'hr', 'fr', 'nr', 'bzw', 'vgl', 'ggf', 'usw', 'mme', 'mlle', 'mm', 'cie', 'env', 'm',
];

/** Abbreviations that precede a number ("No. 1", "Nov. 5", "pp. 12"): not a boundary when a digit follows. */
export const NUMBER_ABBREVIATIONS: readonly string[] = [
  'no', 'nos', 'nr', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'tel',
  'p', 'para', 'art', 'op',
];

/**
 * Words that typically open an English sentence. After a dotted abbreviation ("U.S.", "a.m.") the period
 * ends the sentence only when one of these follows; "the U.S. Army" stays whole.
 */
export const SENTENCE_STARTERS: readonly string[] = [
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there',
  'but', 'and', 'so', 'yet', 'however', 'meanwhile', 'in', 'on', 'at', 'after', 'before', 'when', 'while',
  'his', 'her', 'their', 'its', 'our', 'my', 'if', 'as', 'for', 'officials', 'police', 'some', 'many', 'no',
  'one', 'what', 'why', 'how', 'who', 'last', 'earlier', 'later', 'since', 'still', 'also',
];

export function normalizeAbbreviation(word: string): string {
  return word.trim().replace(/\.$/, '').toLowerCase();
}
