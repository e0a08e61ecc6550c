// One side of a revision (issue 14 part 2, decision 045): the stored sentences against the sentences of the new
// version, compared with jsdiff's `diffArrays` at sentence level. An unchanged sentence keeps its segment id (and so
// its bead, labels and comments); within each run of changes, a removed sentence and an added one that share most of
// their words (the word diff of `diffWords`) are the same sentence corrected, so the old segment is "replaced by" the
// new one and its bead can keep its id. Pure: no framework, no database.

import { diffArrays } from 'diff';
import type { Segment, Side } from '../types';
import { diffWords } from '../word-diff';

/** A sentence of the new version, as the segmenter gives it. */
export interface RevisedSentence {
  paragraph: number;
  text: string;
}

export interface SideDiff {
  /** The side as it is after the revision: kept segments keep their id, changed and new ones get new ids. */
  segments: Segment[];
  /** Old segment id → the id of the corrected sentence that took its place. */
  replacedBy: Map<string, string>;
  /** Old segment ids with no successor (the sentence was deleted). */
  removed: Set<string>;
  /** Old segment ids whose text is unchanged. */
  kept: Set<string>;
  /** New segment ids that replace nothing (sentences added). */
  added: Set<string>;
}

/**
 * Past this many sentence edits the side counts as rewritten (all removed, all added): bounded compute on a hostile
 * or unrelated text (Myers costs about sentences × edits).
 */
export const MAX_SENTENCE_EDITS = 2_000;
/** Runs of changes larger than this many removed × added pairs are paired by position, not by word similarity. */
export const MAX_PAIRINGS = 400;
/** Share of words two sentences must have in common to count as one sentence corrected. */
export const SAME_SENTENCE_SIMILARITY = 0.5;

/** Characters outside whitespace that the word diff keeps, twice, over both lengths: 1 for equal texts, 0 for unrelated. */
export function sentenceSimilarity(a: string, b: string): number {
  const visible = (text: string) => text.replace(/\s+/gu, '').length;
  const total = visible(a) + visible(b);
  if (total === 0) return 1;
  const same = diffWords(a, b)
    .filter((part) => part.kind === 'same')
    .reduce((sum, part) => sum + visible(part.text), 0);
  return (2 * same) / total;
}

/** Pairs removed[i] with added[k], in order (monotonic), when they are similar enough. */
function pairRun(removed: readonly string[], added: readonly string[]): [number, number][] {
  if (removed.length * added.length > MAX_PAIRINGS) {
    return removed.length === added.length ? removed.map((_, i) => [i, i]) : [];
  }
  const pairs: [number, number][] = [];
  let from = 0;
  removed.forEach((text, i) => {
    for (let k = from; k < added.length; k++) {
      if (sentenceSimilarity(text, added[k]) >= SAME_SENTENCE_SIMILARITY) {
        pairs.push([i, k]);
        from = k + 1;
        return;
      }
    }
  });
  return pairs;
}

export function diffSide(old: readonly Segment[], next: readonly RevisedSentence[], side: Side, newId: () => string): SideDiff {
  const result: SideDiff = { segments: [], replacedBy: new Map(), removed: new Set(), kept: new Set(), added: new Set() };
  const changes = diffArrays(
    old.map((s) => s.text),
    next.map((s) => s.text),
    { maxEditLength: MAX_SENTENCE_EDITS },
  ) ?? [
    { value: old.map((s) => s.text), removed: true, added: false, count: old.length },
    { value: next.map((s) => s.text), removed: false, added: true, count: next.length },
  ];
  let i = 0; // in old
  let j = 0; // in next
  let run = { removed: [] as Segment[], added: [] as RevisedSentence[] };
  const flush = () => {
    const ids = run.added.map(() => newId());
    const pairs = pairRun(
      run.removed.map((s) => s.text),
      run.added.map((s) => s.text),
    );
    const pairedOld = new Set(pairs.map(([r]) => r));
    const pairedNew = new Set(pairs.map(([, a]) => a));
    for (const [r, a] of pairs) result.replacedBy.set(run.removed[r].id, ids[a]);
    run.removed.forEach((s, r) => (pairedOld.has(r) ? undefined : result.removed.add(s.id)));
    run.added.forEach((s, a) => {
      if (!pairedNew.has(a)) result.added.add(ids[a]);
      result.segments.push({ id: ids[a], side, paragraph: s.paragraph, text: s.text });
    });
    run = { removed: [], added: [] };
  };
  for (const change of changes) {
    const count = change.value.length;
    if (change.removed) run.removed.push(...old.slice(i, i + count));
    else if (change.added) run.added.push(...next.slice(j, j + count));
    else {
      flush();
      for (let k = 0; k < count; k++) {
        const segment = old[i + k];
        result.kept.add(segment.id);
        result.segments.push({ ...segment, paragraph: next[j + k].paragraph });
      }
    }
    if (!change.added) i += count;
    if (!change.removed) j += count;
  }
  flush();
  return result;
}

/** The side unchanged: what a revision that brings only the other side uses. */
export function unchangedSide(old: readonly Segment[]): SideDiff {
  return { segments: [...old], replacedBy: new Map(), removed: new Set(), kept: new Set(old.map((s) => s.id)), added: new Set() };
}
