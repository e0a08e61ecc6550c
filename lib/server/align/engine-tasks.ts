import 'server-only';
import { buildLexicon, realignBetweenLocks, type BuildLexiconOptions, type EngineBead, type Lexicon, type Lock } from '@/lib/align-engine';
import type { Alignment, Segment } from '@/lib/alignment/types';
import { pairPlausibility, type PairWarning } from '@/lib/import/pair-plausibility';
import { termRenderings, topKoreanTerms, type MemoryBead, type TermRenderings } from '@/lib/memory/term-renderings';
import { segmentText, type SegmentOptions, type SentenceSegment } from '@/lib/segment';
import { autoAlign, type AutoAlignInput } from '@/lib/server/documents/auto-align';

// The engine work that leaves the request thread (decision 025): each task is plain, structured-cloneable data
// in and out, so the same function runs inside the worker (engine-worker.ts) and nowhere else. Pure: no
// database, no framework.

export type EngineTask =
  | { kind: 'autoAlign'; input: AutoAlignInput }
  | {
      kind: 'realign';
      source: Segment[];
      target: Segment[];
      locks: Lock[];
      options: { srcLang: string; tgtLang: string; lexicon?: Lexicon };
    }
  | { kind: 'buildLexicon'; options: BuildLexiconOptions }
  | { kind: 'termRenderings'; beads: MemoryBead[] }
  | { kind: 'topTerms'; texts: string[]; limit: number }
  | { kind: 'segment'; text: string; lang: string; options: SegmentOptions };

export interface EngineResults {
  /** The alignment, and warnings when the two sides look unlike translations of each other. */
  autoAlign: { alignment: Alignment; warnings: PairWarning[] };
  realign: EngineBead[];
  buildLexicon: Lexicon;
  termRenderings: TermRenderings[];
  topTerms: { term: string; units: number }[];
  /** The sentences of one side, as an import segments it (a revision compares them with the stored ones). */
  segment: SentenceSegment[];
}

export type EngineResult<K extends EngineTask['kind']> = EngineResults[K];

export function runEngineTask(task: EngineTask): EngineResults[EngineTask['kind']] {
  switch (task.kind) {
    case 'autoAlign': {
      // The plausibility checks walk every segment (seconds on the largest pair), so they run here too.
      const alignment = autoAlign(task.input);
      const { sourceLang, targetLang } = task.input;
      const warnings = pairPlausibility({
        source: alignment.source.map((s) => s.text),
        target: alignment.target.map((s) => s.text),
        sourceLang,
        targetLang,
      });
      return { alignment, warnings };
    }
    case 'realign':
      return realignBetweenLocks(task.source, task.target, task.locks, task.options);
    case 'buildLexicon':
      return buildLexicon(task.options);
    case 'termRenderings':
      return termRenderings(task.beads);
    case 'topTerms':
      return topKoreanTerms(task.texts, task.limit);
    case 'segment':
      return segmentText(task.text, task.lang, task.options);
  }
}
