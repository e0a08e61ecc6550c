// Numbers, amounts, dates and times in one segment, with where they are. QA compares the two sides of a bead
// by these values: "4만2천 명" and "42,000 people" are both 42000; "3조2천억원" and "3.2 trillion won" are both
// 3.2e12 with the unit KRW; "11월 27일" is the month 11 and the day 27. Offsets are UTF-16 indices into the
// segment text (JavaScript string positions), end exclusive.

import { EN_MONTH_ABBR, EN_NUMBER_WORDS, EN_SCALE_WORDS, KO_BIG, KO_SMALL } from '../text/number-words';

export type QuantityUnit = 'KRW' | 'USD' | 'JPY' | 'EUR' | 'GBP' | 'CNY' | 'percent' | 'times';
export type DateRole = 'day' | 'year' | null;

export interface Quantity {
  kind: 'number' | 'month' | 'weekday' | 'time';
  /** A plain value; months 1–12; weekdays 0 (Sunday) – 6; times in minutes after midnight. */
  value: number;
  unit: QuantityUnit | null;
  dateRole: DateRole;
  start: number;
  end: number;
}

const KO_UNITS: [RegExp, QuantityUnit][] = [
  [/^\s?(?:원|₩)/, 'KRW'],
  [/^\s?달러/, 'USD'],
  [/^\s?엔(?![가-힣])/, 'JPY'],
  [/^\s?유로/, 'EUR'],
  [/^\s?파운드/, 'GBP'],
  [/^\s?위안/, 'CNY'],
  [/^\s?(?:%|퍼센트|％)/, 'percent'],
  [/^\s?배(?![가-힣]{2})/, 'times'],
];
const KO_WEEKDAYS = '일월화수목금토';

// QA also reads "m"/"k" after a number and the teens and tens words the engine does not.
const EN_SCALE: Record<string, number> = { ...EN_SCALE_WORDS, m: 1e6, k: 1e3 };
const EN_WORDS: Record<string, number> = {
  ...EN_NUMBER_WORDS,
  fourteen: 14,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const EN_MONTHS = EN_MONTH_ABBR;
const EN_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const EN_CURRENCY_PREFIX: Record<string, QuantityUnit> = { $: 'USD', US$: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₩': 'KRW' };
const EN_UNITS: [RegExp, QuantityUnit][] = [
  [/^\s?(?:%|percent\b|per cent\b|percentage points?\b)/i, 'percent'],
  [/^\s?won\b/i, 'KRW'],
  [/^\s?(?:(?:US|U\.S\.)\s)?dollars?\b/i, 'USD'],
  [/^\s?yen\b/i, 'JPY'],
  [/^\s?euros?\b/i, 'EUR'],
  [/^\s?(?:pounds?(?: sterling)?)\b/i, 'GBP'],
  [/^\s?(?:yuan|renminbi)\b/i, 'CNY'],
  [/^\s?(?:times\b|-fold\b|fold\b)/i, 'times'],
];

/** "1,234.5" -> 1234.5. */
function parseDigits(raw: string): number {
  return Number.parseFloat(raw.replace(/,/g, ''));
}

function unitAfter(text: string, at: number, table: [RegExp, QuantityUnit][]): { unit: QuantityUnit; end: number } | null {
  const rest = text.slice(at, at + 24);
  for (const [re, unit] of table) {
    const m = re.exec(rest);
    if (m) return { unit, end: at + m[0].length };
  }
  return null;
}

function koreanQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  // "3조 2천억", "4만2천", "1,500", "2.5": one number may chain several big units.
  const re =
    /\d[\d,]*(?:\.\d+)?(?:\s?[십백천])?(?:\s?[만억조])?(?:(?<=[만억조])\s?\d[\d,]*(?:\.\d+)?\s?(?:[십백천](?:\s?[만억조])?|[만억조]))*/g;
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const raw = m[0];
    if (start > 0 && /[A-Za-z]/.test(text[start - 1]) && !/\d/.test(text[start - 1])) {
      out.push({
        kind: 'number',
        value: parseDigits(raw.match(/^[\d,.]+/)![0]),
        unit: null,
        dateRole: null,
        start,
        end: start + raw.length,
      });
      continue; // "G20", "COVID-19": the digits, nothing more
    }
    let value = 0;
    for (const part of raw.matchAll(/(\d[\d,]*(?:\.\d+)?)\s?([십백천])?\s?([만억조])?/g)) {
      value += parseDigits(part[1]) * (part[2] ? KO_SMALL[part[2]] : 1) * (part[3] ? KO_BIG[part[3]] : 1);
    }
    let end = start + raw.length;
    const after = text.slice(end, end + 3);
    if (/^\s?월/.test(after) && !/[십백천만억조]$/.test(raw) && value >= 1 && value <= 12 && !/개\s?$/.test(text.slice(0, start))) {
      out.push({ kind: 'month', value, unit: null, dateRole: null, start, end: end + after.indexOf('월') + 1 });
      continue;
    }
    const time = /^\s?시(?:\s?(\d{1,2})\s?분)?/.exec(text.slice(end, end + 8));
    if (time && value <= 24 && !/[십백천만억조]$/.test(raw)) {
      const before = text.slice(Math.max(0, start - 4), start);
      const pm = /오후\s?$|저녁\s?$|밤\s?$/.test(before) && value < 12;
      out.push({
        kind: 'time',
        value: ((value + (pm ? 12 : 0)) % 24) * 60 + (time[1] ? Number(time[1]) : 0),
        unit: null,
        dateRole: null,
        start,
        end: end + time[0].length,
      });
      continue;
    }
    let dateRole: DateRole = null;
    if (/^\s?일(?![본반부정])/.test(after)) dateRole = 'day';
    else if (/^\s?년/.test(after)) dateRole = 'year';
    const unit = unitAfter(text, end, KO_UNITS);
    if (unit) end = unit.end;
    out.push({ kind: 'number', value, unit: unit?.unit ?? null, dateRole, start, end });
  }
  for (const m of text.matchAll(/([일월화수목금토])요일|\(([일월화수목금토])\)/g)) {
    out.push({
      kind: 'weekday',
      value: KO_WEEKDAYS.indexOf(m[1] ?? m[2]),
      unit: null,
      dateRole: null,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}

function englishQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  const push = (q: Quantity) => {
    out.push(q);
    taken.push([q.start, q.end]);
  };
  // Times first: "3 p.m.", "10:30 a.m.", "15:00".
  for (const m of text.matchAll(/\b(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?m\.?(?![a-z])|\b(\d{1,2}):(\d{2})\b/gi)) {
    const hour = Number(m[1] ?? m[4]);
    const minute = Number(m[2] ?? m[5] ?? 0);
    const pm = m[3]?.toLowerCase() === 'p' && hour < 12;
    const am12 = m[3]?.toLowerCase() === 'a' && hour === 12;
    push({
      kind: 'time',
      value: ((hour + (pm ? 12 : 0)) % 24) * 60 * (am12 ? 0 : 1) + minute,
      unit: null,
      dateRole: null,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  const monthRe =
    /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?/g;
  const monthEnds: number[] = [];
  for (const m of text.matchAll(monthRe)) {
    const followedByDigit = /^\s?\d/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2));
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    // "May" the verb, capitalised at the start of a sentence, unless a date word leads in ("end of May")
    if (m[1] === 'May' && !followedByDigit && !/\b(?:in|of|since|until|by|from|late|early|mid-?|last|next|this)\s$/i.test(before)) continue;
    if (m[1].length <= 4 && !['June', 'July', 'May'].includes(m[1]) && !followedByDigit && !m[0].endsWith('.')) continue;
    push({
      kind: 'month',
      value: EN_MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1,
      unit: null,
      dateRole: null,
      start: m.index,
      end: m.index + m[0].length,
    });
    monthEnds.push(m.index + m[0].length);
  }
  for (const m of text.matchAll(/\b(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b/g)) {
    push({
      kind: 'weekday',
      value: EN_WEEKDAYS.indexOf(`${m[1].toLowerCase()}day`),
      unit: null,
      dateRole: null,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  const numberRe =
    /(?:(US\$|[$€£¥₩])\s?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(st|nd|rd|th)?(?:[\s-]?(hundred|thousand|million|billion|trillion|bn|tn|mn)\b|(m|k)\b)?/gi;
  for (const m of text.matchAll(numberRe)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    const digitsStart = start + m[0].indexOf(m[2]);
    if (digitsStart > 0 && /[A-Za-z]/.test(text[digitsStart - 1]) && !m[1]) {
      push({ kind: 'number', value: parseDigits(m[2]), unit: null, dateRole: null, start: digitsStart, end: digitsStart + m[2].length });
      continue; // "G20", "F-35": the digits only
    }
    const scale = m[4] ? EN_SCALE[m[4].toLowerCase()] : m[5] && m[1] ? EN_SCALE[m[5].toLowerCase()] : 1;
    const value = parseDigits(m[2]) * scale;
    let unit: QuantityUnit | null = m[1] ? EN_CURRENCY_PREFIX[m[1].toUpperCase() === 'US$' ? 'US$' : m[1]] : null;
    let qEnd = m[5] && !m[1] ? end - 1 : end;
    const after = unitAfter(text, qEnd, EN_UNITS);
    if (after && !unit) {
      unit = after.unit;
      qEnd = after.end;
    }
    let dateRole: DateRole = null;
    if (monthEnds.some((e) => /^\s?$/.test(text.slice(e, digitsStart)))) dateRole = 'day';
    else if (
      /^\s?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(text.slice(qEnd, qEnd + 12)) &&
      (m[3] || value <= 31)
    )
      dateRole = 'day';
    else if (!m[1] && scale === 1 && /^\d{4}$/.test(m[2]) && value >= 1900 && value <= 2100) dateRole = 'year';
    push({ kind: 'number', value, unit, dateRole, start, end: qEnd });
  }
  const wordRe =
    /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen)(?:[\s-](hundred|thousand|million|billion|trillion))?\b/gi;
  for (const m of text.matchAll(wordRe)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const value = EN_WORDS[m[1].toLowerCase()] * (m[2] ? EN_SCALE[m[2].toLowerCase()] : 1);
    const after = unitAfter(text, m.index + m[0].length, EN_UNITS);
    push({ kind: 'number', value, unit: after?.unit ?? null, dateRole: null, start: m.index, end: after?.end ?? m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Every number, amount, month, weekday and time in `text`. Korean and English get full parsers; others digits. */
export function extractQuantities(text: string, lang: string): Quantity[] {
  if (lang === 'ko') return koreanQuantities(text);
  return englishQuantities(text);
}

/** Significant digits of a value as written: 42000 -> 2, 1490000 -> 3, 2.5 -> 2. */
function significantDigits(value: number): number {
  const digits = Math.abs(value).toPrecision(15).replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.max(1, digits.length);
}

/** Equal as a translator would round them: the more precise value rounded to the other's precision. */
export function sameValue(a: number, b: number): boolean {
  if (a === b) return true;
  if (a === 0 || b === 0) return false;
  const digits = Math.min(significantDigits(a), significantDigits(b));
  return Number(a.toPrecision(digits)) === Number(b.toPrecision(digits));
}
