// Word pairs learned from the document itself (decision 027). The first pass's confident links (sharing
// solid anchors: numbers, names, lexicon terms) are treated like approved pairs, and words that co-occur
// in at least two of them become learned lexicon entries for a second pass. A topic word the built-in
// list does not know (버스 ~ bus, 자율주행 ~ driverless) then counts as shared evidence in the other
// beads where both sides mention it, so a true pair rarely "shares nothing", and sharing nothing says
// more. Bounded: only documents up to LEARN_MAX_SEGMENTS segments (both sides) learn, from at most
// their own beads; learned entries never penalize a side that lacks them (lexicon-matcher.ts).
import { beadEvidence } from './calibrate-confidence';
import type { PathBead } from './lattice';
import { learnFromPairs } from './learn-lexicon';
import type { PreparedDocument } from './prepare-document';
import type { LexiconEntry } from './types';

/** Longer documents skip the second pass (its cost would double the alignment time). */
export const LEARN_MAX_SEGMENTS = 4000;
/** A first-pass link teaches only if its posterior is at least this and it shares solid evidence. */
const MIN_POSTERIOR = 0.9;
const MIN_SHARED = 5;
const MIN_PAIRS = 4;

// Function words co-occur with every content word of a short document; they are never learned.
const FUNCTION_WORDS = new Set(
  (
    'the and for from with that this these those have has had will would could should said says been were was are ' +
    'its his her their they them than then there which who whom whose what when where while about after before into ' +
    'over under also more most some such only other just not but all any can may one two'
  ).split(' '),
);

const DOCUMENT_LEARNING = { minBoth: 2, minDice: 0.6, frequentShare: 0.5, topPerWord: 1, skip: FUNCTION_WORDS };

export function learnDocumentLexicon(doc: PreparedDocument, beads: readonly PathBead[]): LexiconEntry[] {
  const pairs: { source: string; target: string }[] = [];
  for (const b of beads) {
    if (b.substituted || b.i1 === b.i0 || b.j1 === b.j0 || b.posterior < MIN_POSTERIOR) continue;
    if (beadEvidence(doc, b).shared < MIN_SHARED) continue;
    pairs.push({
      source: doc.source
        .slice(b.i0, b.i1)
        .map((s) => s.text)
        .join(' '),
      target: doc.target
        .slice(b.j0, b.j1)
        .map((s) => s.text)
        .join(' '),
    });
  }
  if (pairs.length < MIN_PAIRS) return [];
  return learnFromPairs(pairs, DOCUMENT_LEARNING);
}
