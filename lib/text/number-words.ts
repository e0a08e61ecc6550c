// Number and month words that the alignment engine's number anchors (lib/align-engine/number-anchors.ts) and QA's
// quantities (lib/qa/quantities.ts) both read. Only what the two have in common lives here; each module adds its
// own extras (the engine: German and plural scale words; QA: "m"/"k" and the teens and tens words it checks).

/** Korean digit multipliers inside a group: 3천 = 3000. */
export const KO_SMALL: Readonly<Record<string, number>> = { 십: 10, 백: 100, 천: 1000 };
/** Korean group multipliers: 3조 = 3e12. */
export const KO_BIG: Readonly<Record<string, number>> = { 만: 1e4, 억: 1e8, 조: 1e12 };

/** English scale words after a number: "3.2 trillion", "5bn". */
export const EN_SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  bn: 1e9,
  tn: 1e12,
  mn: 1e6,
};

/** English number words both modules read. */
export const EN_NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  dozen: 12,
};

/** English month names, January first. */
export const EN_MONTH_NAMES: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The three-letter month abbreviations, January first. */
export const EN_MONTH_ABBR: readonly string[] = EN_MONTH_NAMES.map((name) => name.slice(0, 3));
