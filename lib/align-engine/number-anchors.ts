// Numbers, amounts and dates that survive translation, reduced to language-neutral keys:
// "3조2천억원" and "3.2 trillion won" both give `n:3200000000000`; "4월10일" and "April 10" both give
// `month:4` and `n:10`. Korean and English get full parsers; other languages get digits only.

import { EN_MONTH_ABBR, EN_MONTH_NAMES, EN_NUMBER_WORDS, EN_SCALE_WORDS, KO_BIG, KO_SMALL } from '../text/number-words';

// The engine also reads plural and German/French scale words (the Text+Berg sets) and "hundred" as a word.
const EN_SCALE: Record<string, number> = {
  ...EN_SCALE_WORDS,
  millions: 1e6,
  billions: 1e9,
  milliards: 1e9,
  milliard: 1e9,
  millionen: 1e6,
  milliarden: 1e9,
  mio: 1e6,
  mrd: 1e9,
};
const EN_WORDS: Record<string, number> = { ...EN_NUMBER_WORDS, hundred: 100 };
const EN_MONTHS = EN_MONTH_NAMES;

export function numberKey(value: number): string {
  return `n:${Number(value.toPrecision(6))}`;
}

/**
 * The range an amount falls in, by its leading digit: 3.5 trillion and "3조원대" (3 trillion and something)
 * both give `nr:3000000000000`, "30억원대" (3 to 4 billion) and 3.2 billion `nr:3000000000`. Korean writes
 * such ranges for amounts (decision 044); only English amounts of at least RANGE_MIN get one, and a range
 * key counts only where both sides show it (it is not a number key: an English amount without a Korean
 * range costs nothing).
 */
export function rangeKey(value: number): string {
  const scale = 10 ** Math.floor(Math.log10(value));
  return `nr:${Math.floor(value / scale + 1e-9) * scale}`;
}
const RANGE_MIN = 10_000;

/** "1,234.5" -> 1234.5; a comma not followed by exactly three digits is a decimal comma. */
function parseDigits(raw: string): number {
  const cleaned = raw.replace(/,(?=\d{3}(?!\d))/g, '').replace(',', '.');
  return Number.parseFloat(cleaned);
}

function koreanNumbers(text: string, out: string[]): void {
  const re = /(\d[\d,]*(?:\.\d+)?)\s?([십백천])?\s?([만억조])?/g;
  let total = 0;
  let lastEnd = -1;
  let open = false;
  let range = false;
  const flush = () => {
    // "3조원대" is a range (3 trillion and something), not the number: a translation writes "3.5 trillion won"
    // or "more than 3 trillion won", so it gets a range key, not an exact one (decision 044)
    if (open) out.push(range ? rangeKey(total) : numberKey(total));
    total = 0;
    open = false;
    range = false;
  };
  for (const m of text.matchAll(re)) {
    const start = m.index ?? 0;
    // "1억 2천만" is one number: a big unit may be followed by a space before the rest
    if (start !== lastEnd && !(lastEnd >= 0 && start === lastEnd + 1 && text[lastEnd] === ' ')) flush();
    const after = text.slice(start + m[0].length);
    if (!m[2] && !m[3] && /^\s?월/.test(after) && !/개\s?$/.test(text.slice(0, start))) {
      flush();
      out.push(`month:${Number.parseInt(m[1], 10)}`);
      lastEnd = -1;
      continue;
    }
    let value = parseDigits(m[1]) * (m[2] ? KO_SMALL[m[2]] : 1);
    if (m[3]) value *= KO_BIG[m[3]];
    total += value;
    open = true;
    if (m[3] && /^\s?원?대(?:[의로를에가는도]|에서|까지)?(?![가-힣])/.test(after)) range = true;
    // "3조2천억": keep adding while a big unit is directly followed by more digits
    lastEnd = m[3] ? start + m[0].length : -1;
  }
  flush();
}

function latinNumbers(text: string, out: string[], english: boolean, digits: boolean): void {
  // the digit patterns below need a digit: a text without one skips them (decision 036)
  const re =
    /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)(?:st|nd|rd|th)?(?:\s?(hundred|thousand|million|billion|trillion|bn|tn|mn|millions|billions|milliards?|millionen|milliarden|mio|mrd)\b)?/gi;
  if (digits)
    for (const m of text.matchAll(re)) {
      const scale = m[2] ? EN_SCALE[m[2].toLowerCase()] : 1;
      const value = parseDigits(m[1]) * scale;
      out.push(numberKey(value));
      if (english && value >= RANGE_MIN) out.push(rangeKey(value));
    }
  if (!english) return;
  const wordRe =
    /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|twenty|thirty|forty|fifty|dozen)(?:\s(hundred|thousand|million|billion|trillion))?\b/gi;
  for (const m of text.matchAll(wordRe)) {
    out.push(numberKey(EN_WORDS[m[1].toLowerCase()] * (m[2] ? EN_SCALE[m[2].toLowerCase()] : 1)));
  }
  // "$50m", "£3bn"
  if (digits)
    for (const m of text.matchAll(/[$£€]\s?(\d+(?:\.\d+)?)(m|k)\b/gi)) {
      out.push(numberKey(Number.parseFloat(m[1]) * (m[2].toLowerCase() === 'm' ? 1e6 : 1e3)));
    }
  const monthRe =
    /\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?(?=\s?\d)|\b(january|february|april|june|july|august|september|october|november|december)\b/gi;
  for (const m of text.matchAll(monthRe)) {
    const word = (m[1] ?? m[2]).toLowerCase();
    const index = EN_MONTHS.indexOf(word) >= 0 ? EN_MONTHS.indexOf(word) : EN_MONTH_ABBR.indexOf(word.slice(0, 3));
    if (index >= 0) out.push(`month:${index + 1}`);
  }
}

/** Language-neutral keys of the numbers and months in `text` (with repeats). */
export function numberAnchors(text: string, lang: string): string[] {
  const out: string[] = [];
  const digits = /\d/.test(text);
  if (!digits && lang !== 'en') return out;
  if (lang === 'ko') koreanNumbers(text, out);
  else latinNumbers(text, out, lang === 'en', digits);
  return out;
}
