// The form of a sentence by its last mark (decision 044 addendum): a question, an exclamation, a statement
// ending in a full stop, or no closing mark at all (a headline, a caption, a list item). A translation keeps
// the form of its source far more often than two sentences drawn at random do (NTREX ko-en dev clean: 22 of
// 882 true 1-1 links differ, 2.5%); how much more is learned per document, from its confident links and from
// the forms' shares on each side. Used only by the second look at weak links (reexamine-weak-links.ts), as
// evidence for the substitution reading: forms that agree add nothing, as the search already assumes it.
import type { PreparedDocument } from './prepare-document';

export type SentenceForm = 'question' | 'exclamation' | 'statement' | 'none';

const FORMS: readonly SentenceForm[] = ['question', 'exclamation', 'statement', 'none'];
/** Closing quotes, brackets and spaces after the last mark. */
const CLOSERS = /[\s"'”’“‘)\]」』»›）]+$/u;
/**
 * Prior of the share of a document's links whose forms differ: mean 5% (twice NTREX's 2.5%, to be cautious)
 * with the weight of ten links, so that a document with few confident links does not learn "never".
 */
const PRIOR_DIFFER = 0.5;
const PRIOR_LINKS = 10;

export function sentenceForm(text: string): SentenceForm {
  const last = text.replace(CLOSERS, '').at(-1) ?? '';
  if (last === '?' || last === '？') return 'question';
  if (last === '!' || last === '！') return 'exclamation';
  if (last === '.' || last === '。' || last === '…' || last === ':' || last === ';') return 'statement';
  return 'none';
}

/**
 * Per stretch of a document: what a pair's forms add to the odds of the substitution reading, in nats.
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
): (i: number, j: number) => number {
  const formsOf = (segments: readonly number[], side: PreparedDocument['source']) =>
    new Map(segments.map((k) => [k, sentenceForm(side[k].text)]));
  const source = formsOf(sourceSegments, doc.source);
  const target = formsOf(targetSegments, doc.target);
  const share = (forms: Map<number, SentenceForm>) => {
    const counts = new Map<SentenceForm, number>();
    for (const f of forms.values()) counts.set(f, (counts.get(f) ?? 0) + 1);
    return (f: SentenceForm) => ((counts.get(f) ?? 0) + 0.5) / (forms.size + 2);
  };
  const pS = share(source);
  const pT = share(target);
  let agreeRandom = 0;
  for (const f of FORMS) agreeRandom += pS(f) * pT(f);
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
