// A second, cheap look at the weak 1-1 links of the final path (decision 027). The lattice offers the
// substitution reading (1-0 + 0-1) only where a pair shares nothing, and weighs it with the model's
// evidence alone. Here every 1-1 link that shares less than WEAK_EVIDENCE is weighed again, with two
// things the lattice cannot see:
// - what the pair misses counts a second time, at MISSING_WEIGHT: a translation should show the
//   numbers, names and terms of its source; the naive-Bayes cost already charges them once, as if they
//   were independent of each other, and a substituted sentence misses all of them at once;
// - how much the document's other links share: where most of them share an anchor, a link that shares
//   nothing is itself evidence against (-log of the smoothed share of links sharing nothing);
// - names nothing on the other side explains (decision 035, unexplained-names.ts): a capitalized word of
//   the English sentence that the Korean document never writes, weighed by how often the document's
//   confident links carry such a name; likewise a number on either side that the other side's document
//   never writes;
// - sentence forms that differ (decision 044 addendum, sentence-form.ts): a question linked to a statement,
//   a headline without a closing mark linked to a sentence that has one; and quotation shapes that differ
//   (a quote that opens or closes across sentences, whole quotes, none).
// The substitution reading must in turn explain away any evidence the pair does share (at the lexical
// weight). Both readings go from the same cell to the same cell, so their odds are exp(cost difference);
// the link becomes 1-0 + 0-1 when the substitution is at least `substitutionRatio` times as likely, as in
// the lattice. Only that bead changes. Cost: one pass over the beads, each one id-list intersection.
import { beadEvidence, WEAK_EVIDENCE } from './calibrate-confidence';
import type { PathBead } from './lattice';
import { lengthCost, type LengthModel } from './length-model';
import type { ModelParams } from './model-params';
import type { PreparedDocument } from './prepare-document';
import { formEvidence, quoteShape } from './sentence-form';
import { latinWordCounter, nameCounter, numberCounter, unexplainedNameWeight } from './unexplained-names';

/** Weight of the missed evidence counted a second time. */
export const MISSING_WEIGHT = 0.25;
/**
 * Added to MISSING_WEIGHT for a link that shares nothing at all (decision 044), so that what it misses is
 * counted a second time at the search's own lexical weight (0.25 + 0.5 = 0.75). A condensed or freely
 * worded translation misses part of its source's anchors and shares the rest (and keeps the light weight);
 * a sentence that misses every anchor of the other has no such excuse.
 */
export const NOTHING_SHARED_MISSING_WEIGHT = 0.5;
/** Prior cost of the substitution reading here (the lattice's 8, plus the doubt of a second look). */
export const REEXAMINE_COST = 8.5;
/**
 * How often a sentence that is not a translation carries a name the other side's document never writes
 * (decision 035): nearly always, since whatever it names, the translation would have written it.
 */
export const SUBSTITUTED_NAME_RATE = 0.9;
/** Links that teach the document's rate of unexplained names. */
const CONFIDENT_LINK = 0.9;

/**
 * What a 1-1 pair shares and misses. A number each side has and the other lacks is paired with one of the other
 * side's (`disagreeing`): "27일" against "the 26th", 4만2천 against 24,000. Two sentences that each state a number
 * where the other states another are a translation with a wrong number, which translation QA flags (issue 14),
 * not a substituted sentence; such numbers count neither as missed nor as unexplained. A number with no number
 * facing it still counts.
 */
function evidence(doc: PreparedDocument, i: number, j: number): { shared: number; missing: number; disagreeing: number } {
  const { table } = doc;
  const a = table.source.ids[i];
  const b = table.target.ids[j];
  let shared = 0;
  let missing = 0;
  const numbersMissed: [number[], number[]] = [[], []];
  let x = 0;
  let y = 0;
  // ascending id lists: one merge
  while (x < a.length || y < b.length) {
    if (y >= b.length || (x < a.length && a[x] < b[y])) {
      if (table.keys[a[x]].startsWith('n:')) numbersMissed[0].push(table.betaSource[a[x]]);
      else missing += table.betaSource[a[x]];
      x++;
    } else if (x >= a.length || b[y] < a[x]) {
      if (table.keys[b[y]].startsWith('n:')) numbersMissed[1].push(table.betaTarget[b[y]]);
      else missing += table.betaTarget[b[y]];
      y++;
    } else {
      shared += table.matchGain[a[x]];
      x++;
      y++;
    }
  }
  const disagreeing = Math.min(numbersMissed[0].length, numbersMissed[1].length);
  for (const side of numbersMissed) for (const beta of side.sort((p, q) => p - q).slice(0, side.length - disagreeing)) missing += beta;
  return { shared, missing, disagreeing };
}

const isLink = (b: PathBead) => !b.substituted && b.i1 - b.i0 === 1 && b.j1 - b.j0 === 1;

/** The terms of one weak link's second look, in nats (for the diagnostics in bench/align). */
export interface WeakLinkWeighing {
  shared: number;
  missing: number;
  /** Cost of the link reading: length and lexical evidence as the lattice weighs them. */
  linkCost: number;
  /** Cost of the substitution reading (its prior, less the end-of-article bonus, plus what it must explain away). */
  substitutionCost: number;
  /** Evidence against a link sharing nothing where the document's other links share. */
  against: number;
  /** Unexplained names and numbers, and differing sentence forms. */
  unexplained: number;
  /** Odds of the substitution reading over the link. */
  odds: number;
}

export function reexamineWeakLinks(doc: PreparedDocument, beads: readonly PathBead[], model: LengthModel, params: ModelParams): PathBead[] {
  if (params.substitutionCost === null) return [...beads];
  const weighed = weighWeakLinks(doc, beads, model, params);
  return beads.map((b, k) => {
    const w = weighed[k];
    if (w === null || w.odds < params.substitutionRatio) return b;
    // the two readings share the bead's posterior in proportion to their odds
    return { ...b, posterior: (b.posterior * w.odds) / (1 + w.odds), substituted: true };
  });
}

/** The second look's weighing of every weak 1-1 link of the path (null for the other beads). */
export function weighWeakLinks(
  doc: PreparedDocument,
  beads: readonly PathBead[],
  model: LengthModel,
  params: ModelParams,
): (WeakLinkWeighing | null)[] {
  const { table } = doc;
  const found = beads.map((b) => (isLink(b) ? evidence(doc, b.i0, b.j0) : null));
  // how many of the document's links (any shape) share nothing
  let links = 0;
  let sharingNothing = 0;
  for (const b of beads) {
    if (b.substituted || b.i1 === b.i0 || b.j1 === b.j0) continue;
    links++;
    if (beadEvidence(doc, b).shared === 0) sharingNothing++;
  }
  // how often a name of the document's confident links has no counterpart anywhere on the other side
  // (unexplained-names.ts): each unexplained name of a weak link weighs log(0.9 / that rate)
  const names = nameCounter(doc);
  const latin = (b: PathBead) => (doc.srcLang === 'ko' ? b.j0 : b.i0);
  let nameTotal = 0;
  let nameUnexplained = 0;
  if (names) {
    for (const b of beads) {
      if (!isLink(b) || b.posterior < CONFIDENT_LINK) continue;
      const c = names(latin(b));
      nameTotal += c.total;
      nameUnexplained += c.unexplained;
    }
  }
  const perName = unexplainedNameWeight(nameTotal, nameUnexplained, SUBSTITUTED_NAME_RATE);
  // the Latin-script words of the Hangul sentence (decision 044), weighed the same way
  const latinWords = latinWordCounter(doc);
  const hangul = (b: PathBead) => (doc.srcLang === 'ko' ? b.i0 : b.j0);
  let wordTotal = 0;
  let wordUnexplained = 0;
  if (latinWords) {
    for (const b of beads) {
      if (!isLink(b) || b.posterior < CONFIDENT_LINK) continue;
      const c = latinWords(hangul(b));
      wordTotal += c.total;
      wordUnexplained += c.unexplained;
    }
  }
  const perWord = unexplainedNameWeight(wordTotal, wordUnexplained, SUBSTITUTED_NAME_RATE);
  // the same for numbers, on both sides: a number the other side's document never writes
  const numbers = numberCounter(doc);
  let numberTotal = 0;
  let numberUnexplained = 0;
  for (const b of beads) {
    if (!isLink(b) || b.posterior < CONFIDENT_LINK) continue;
    for (const c of [numbers('source', b.i0), numbers('target', b.j0)]) {
      numberTotal += c.total;
      numberUnexplained += c.unexplained;
    }
  }
  const perNumber = unexplainedNameWeight(numberTotal, numberUnexplained, SUBSTITUTED_NAME_RATE);
  // sentence forms and quotation shapes that differ (a question for a statement, a headline for a sentence,
  // a quote that runs on for one that does not; sentence-form.ts), as two independent terms
  const sourceSegments: number[] = [];
  const targetSegments: number[] = [];
  for (const b of beads) {
    for (let i = b.i0; i < b.i1; i++) sourceSegments.push(i);
    for (let j = b.j0; j < b.j1; j++) targetSegments.push(j);
  }
  const confidentLinks = beads.filter((b) => isLink(b) && b.posterior >= CONFIDENT_LINK).map((b): [number, number] => [b.i0, b.j0]);
  const byForm = formEvidence(doc, sourceSegments, targetSegments, confidentLinks);
  const byQuotes = formEvidence(doc, sourceSegments, targetSegments, confidentLinks, quoteShape);
  const forms = (i: number, j: number) => byForm(i, j) + byQuotes(i, j);
  const n = table.source.length.length;
  const m = table.target.length.length;
  return beads.map((b, k) => {
    const e = found[k];
    if (e === null || e.shared >= WEAK_EVIDENCE) return null;
    const lexical = e.shared - table.source.unmatched[b.i0] - table.target.unmatched[b.j0];
    const linkCost =
      params.lengthWeight * lengthCost(table.source.length[b.i0], table.target.length[b.j0], model) - params.lexicalWeight * lexical;
    const end = b.i1 === n && b.j1 === m ? params.substitutionEnd : 0;
    const substitutionCost = REEXAMINE_COST - end + params.lexicalWeight * e.shared;
    // evidence against a link that shares nothing, where the document's other links share something
    const against = e.shared === 0 ? -Math.log(sharingNothing / (links + 1)) : 0;
    const unexplained =
      (names ? perName * names(latin(b)).unexplained : 0) +
      (latinWords ? perWord * latinWords(hangul(b)).unexplained : 0) +
      perNumber *
        (Math.max(0, numbers('source', b.i0).unexplained - e.disagreeing) +
          Math.max(0, numbers('target', b.j0).unexplained - e.disagreeing)) +
      forms(b.i0, b.j0);
    // nothing shared: condensing or free wording cannot explain why every anchor is missed
    const missingWeight = e.shared === 0 ? MISSING_WEIGHT + NOTHING_SHARED_MISSING_WEIGHT : MISSING_WEIGHT;
    const odds = Math.exp(linkCost + missingWeight * e.missing + against + unexplained - substitutionCost);
    return {
      shared: e.shared,
      missing: e.missing,
      linkCost,
      substitutionCost,
      against,
      unexplained,
      odds,
    };
  });
}
