// The form of a sentence by its last mark (decision 044 addendum): a question, an exclamation, a statement
// ending in a full stop, or no closing mark at all (a headline, a caption, a list item). A translation keeps
// the form of its source far more often than two sentences drawn at random do (NTREX ko-en dev clean: 22 of
// 882 true 1-1 links differ, 2.5%); how much more is learned per document, from its confident links and from
// the forms' shares on each side. Used only by the second look at weak links (reexamine-weak-links.ts), as
// evidence for the substitution reading: forms that agree add nothing, as the search already assumes it.
// The shape of a sentence's quotation (quoteShape) is weighed the same way, as a second, independent term.
import type { PreparedDocument } from './prepare-document';

export type SentenceForm = 'question' | 'exclamation' | 'statement' | 'none';

/** A closing quote, bracket or space after the last mark. */
const CLOSER = /^[\s"'”’“‘)\]」』»›）]$/u;
/**
 * Prior of the share of a document's links whose forms differ: mean 5% (twice NTREX's 2.5%, to be cautious)
 * with the weight of ten links, so that a document with few confident links does not learn "never".
 */
const PRIOR_DIFFER = 0.5;
const PRIOR_LINKS = 10;

export function sentenceForm(text: string): SentenceForm {
  // from the end back over closers (a regex anchored at the end would try every position of the text)
  let end = text.length;
  while (end > 0 && CLOSER.test(text[end - 1])) end--;
  const last = end > 0 ? text[end - 1] : '';
  if (last === '?' || last === '？') return 'question';
  if (last === '!' || last === '！') return 'exclamation';
  if (last === '.' || last === '。' || last === '…' || last === ':' || last === ';') return 'statement';
  return 'none';
}

const ANY_QUOTE = /["“”„‘’'«»「」『』]/u;
const LETTER = /^\p{L}/u;
const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;

/** One of the quote marks " “ ” „ ‘ ’ ' « » 「 」 『 』. */
function isQuoteMark(c: number): boolean {
  return (
    c === 0x22 ||
    c === APOSTROPHE ||
    c === 0xab ||
    c === 0xbb ||
    (c >= 0x2018 && c <= 0x201e && c !== 0x201a && c !== 0x201b) ||
    (c >= 0x300c && c <= 0x300f)
  );
}

/** [A-Za-z\u00C0-\u024F]: a letter of the Latin alphabets. */
function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
}

/**
 * Whether the ' or ’ at `k` is an apostrophe: inside a Latin word (don't, O’Brien) or after a plural's s
 * (players'), where /(?<=[A-Za-z\u00C0-\u024F])['’](?=[A-Za-z\u00C0-\u024F])|(?<=s)['’](?!\p{L})/u would
 * match; read from the neighbouring characters instead (the lookbehinds cost a scan of every position).
 */
function isApostrophe(text: string, k: number): boolean {
  if (k === 0) return false;
  const before = text.charCodeAt(k - 1);
  if (isLatinLetter(before) && k + 1 < text.length && isLatinLetter(text.charCodeAt(k + 1))) return true;
  return before === 0x73 && !LETTER.test(text.slice(k + 1, k + 3));
}

/**
 * The shape of a sentence's quotation: none, whole quotes (an even number of marks), or a quote that opens
 * (odd, the sentence starts with a mark) or closes (odd otherwise) across sentences. A translation keeps where
 * a quote begins and ends, whatever marks its language uses; apostrophes of Latin words are not quotes.
 */
export function quoteShape(text: string): string {
  if (!ANY_QUOTE.test(text)) return 'none'; // most sentences: no mark at all, no need to look for apostrophes
  let count = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (isQuoteMark(c) && !((c === APOSTROPHE || c === RIGHT_SINGLE_QUOTE) && isApostrophe(text, k))) count++;
  }
  if (count === 0) return 'none';
  if (count % 2 === 0) return 'whole';
  // an apostrophe follows a letter, so the first character after leading space is never one
  const first = /\S/.exec(text);
  return first !== null && isQuoteMark(first[0].charCodeAt(0)) ? 'opens' : 'closes';
}

/**
 * Per stretch of a document: what a pair's forms (by `classify`: sentenceForm or quoteShape) add to the odds of the substitution reading, in nats.
 * `sourceSegments` and `targetSegments` are the stretch's segments (the whole document for a full alignment,
 * a gap between locks otherwise: the work stays linear in the stretch), `confident` the (source, target)
 * segments of its confident 1-1 links. Forms that differ add log(random / link), where random is how often
 * two sentences drawn from each side differ (from the forms' shares) and link how often the confident links
 * differ (smoothed towards 5%); never negative. Forms that agree add 0. Pairs outside the stretch add 0.
 */
export function formEvidence(
  doc: PreparedDocument,
  sourceSegments: readonly number[],
  targetSegments: readonly number[],
  confident: readonly (readonly [number, number])[],
  classify: (text: string) => string = sentenceForm,
): (i: number, j: number) => number {
  const formsOf = (segments: readonly number[], side: PreparedDocument['source']) => {
    const forms = new Map<number, string>();
    for (const k of segments) forms.set(k, classify(side[k].text));
    return forms;
  };
  const source = formsOf(sourceSegments, doc.source);
  const target = formsOf(targetSegments, doc.target);
  const countsOf = (forms: Map<number, string>) => {
    const counts = new Map<string, number>();
    for (const f of forms.values()) counts.set(f, (counts.get(f) ?? 0) + 1);
    return counts;
  };
  const countS = countsOf(source);
  const countT = countsOf(target);
  const pS = (f: string) => ((countS.get(f) ?? 0) + 0.5) / (source.size + 2);
  const pT = (f: string) => ((countT.get(f) ?? 0) + 0.5) / (target.size + 2);
  // every form either side shows, in the order first seen (source, then target): the sum's order is fixed
  let agreeRandom = 0;
  for (const f of countS.keys()) agreeRandom += pS(f) * pT(f);
  for (const f of countT.keys()) if (!countS.has(f)) agreeRandom += pS(f) * pT(f);
  const differRandom = Math.min(0.99, Math.max(0.01, 1 - agreeRandom));
  let differ = 0;
  for (const [i, j] of confident) if (source.get(i) !== target.get(j)) differ++;
  const differLink = (differ + PRIOR_DIFFER) / (confident.length + PRIOR_LINKS);
  const ifDiffer = Math.max(0, Math.log(differRandom / differLink));
  return (i, j) => {
    const a = source.get(i);
    const b = target.get(j);
    return a === undefined || b === undefined || a === b ? 0 : ifDiffer;
  };
}
