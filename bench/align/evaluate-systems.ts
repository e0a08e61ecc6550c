// Runs each system on an evaluation set and scores it, timing the alignment only (not file loading).
import { alignSegments, alignWithMoves, buildLexicon, type EngineBead, type Lexicon } from '../../lib/align-engine';
import { withMoves } from '../../scripts/align-cli/run-align-cli';
import type { EvalDocument, EvalSet } from './eval-sets';
import type { HunalignRunner } from './hunalign-runner';
import { scoreDocuments, type ScoreBead, type Scores } from './score-alignment';

export interface SystemResult {
  system: string;
  set: string;
  scores: Scores;
  seconds: number;
  beads: ScoreBead[][];
  engineBeads?: EngineBead[][];
  /** With --moves: the moved links per document (also inside `beads`). */
  moves?: EngineBead[][];
}

function timed<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const value = fn();
  return [value, (performance.now() - t0) / 1000];
}

const asInput = (lines: string[], paragraphs?: number[]) =>
  lines.map((text, k) => (paragraphs ? { text, paragraph: paragraphs[k] } : { text }));

export function runEngine(
  set: EvalSet,
  label = 'bitext-desk engine',
  lexiconFor?: (doc: EvalDocument, index: number) => Lexicon,
): SystemResult {
  const shared = buildLexicon({ srcLang: set.srcLang, tgtLang: set.tgtLang });
  const [engineBeads, seconds] = timed(() =>
    set.documents.map((d, k) =>
      alignSegments(asInput(d.source, d.sourceParagraphs), asInput(d.target, d.targetParagraphs), {
        srcLang: set.srcLang,
        tgtLang: set.tgtLang,
        lexicon: lexiconFor ? lexiconFor(d, k) : shared,
      }),
    ),
  );
  const beads = engineBeads.map((doc) => doc.map((b) => ({ source: b.source, target: b.target })));
  const scores = scoreDocuments(set.documents.map((d, k) => ({ gold: d.gold, test: beads[k] })));
  return { system: label, set: set.name, scores, seconds, beads, engineBeads };
}

/**
 * The "reviewers approved" scenario: each document is aligned with a lexicon learned from the gold
 * beads of all OTHER documents of the same set (leave one document out), as if they had been approved.
 */
export function runEngineWithApprovedPairs(set: EvalSet): SystemResult {
  const pairsOf = (d: EvalDocument) =>
    d.gold
      .filter((g) => g.source.length > 0 && g.target.length > 0)
      .map((g) => ({ source: g.source.map((i) => d.source[i]).join(' '), target: g.target.map((j) => d.target[j]).join(' ') }));
  const perDoc = set.documents.map(pairsOf);
  const lexiconFor = (_d: EvalDocument, k: number) =>
    buildLexicon({ srcLang: set.srcLang, tgtLang: set.tgtLang, approvedPairs: perDoc.filter((_, x) => x !== k).flat() });
  const lexicons = set.documents.map((d, k) => lexiconFor(d, k));
  return runEngine(set, 'engine + approved pairs (leave-one-doc-out)', (_d, k) => lexicons[k]);
}

export function runHunalign(set: EvalSet, runner: HunalignRunner, equalizeHangul: boolean): SystemResult {
  const [beads, seconds] = timed(() => set.documents.map((d) => runner.align(d.source, d.target, { equalizeHangul })));
  const scores = scoreDocuments(set.documents.map((d, k) => ({ gold: d.gold, test: beads[k] })));
  return { system: equalizeHangul ? 'hunalign, Hangul doubled' : 'hunalign', set: set.name, scores, seconds, beads };
}

/** The engine followed by the moved-link pass (the CLI's --moves output); time covers both. */
export function runEngineWithMoves(set: EvalSet): SystemResult {
  const lexicon = buildLexicon({ srcLang: set.srcLang, tgtLang: set.tgtLang });
  const opts = { srcLang: set.srcLang, tgtLang: set.tgtLang, lexicon };
  const [out, seconds] = timed(() =>
    set.documents.map((d) => {
      const source = asInput(d.source, d.sourceParagraphs);
      const target = asInput(d.target, d.targetParagraphs);
      const { beads, moves } = alignWithMoves(source, target, opts);
      return { all: withMoves(beads, moves), moves };
    }),
  );
  const engineBeads = out.map((o) => o.all);
  const beads = engineBeads.map((doc) => doc.map((b) => ({ source: b.source, target: b.target })));
  const scores = scoreDocuments(set.documents.map((d, k) => ({ gold: d.gold, test: beads[k] })));
  return { system: 'bitext-desk engine --moves', set: set.name, scores, seconds, beads, engineBeads, moves: out.map((o) => o.moves) };
}
