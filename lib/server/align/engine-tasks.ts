import { buildLexicon, realignBetweenLocks, type BuildLexiconOptions, type EngineBead, type Lexicon, type Lock } from '@/lib/align';
import type { Alignment, Segment } from '@/lib/alignment/types';
import { autoAlign, type AutoAlignInput } from '@/lib/server/documents/auto-align';

// The engine work that leaves the request thread (decision 025): each task is plain, structured-cloneable data
// in and out, so the same function runs inside the worker (engine-worker.ts) and nowhere else. Pure: no
// database, no framework.

export type EngineTask =
  | { kind: 'autoAlign'; input: AutoAlignInput }
  | { kind: 'realign'; source: Segment[]; target: Segment[]; locks: Lock[]; options: { srcLang: string; tgtLang: string; lexicon?: Lexicon } }
  | { kind: 'buildLexicon'; options: BuildLexiconOptions };

export interface EngineResults {
  autoAlign: Alignment;
  realign: EngineBead[];
  buildLexicon: Lexicon;
}

export type EngineResult<K extends EngineTask['kind']> = EngineResults[K];

export function runEngineTask(task: EngineTask): EngineResults[EngineTask['kind']] {
  switch (task.kind) {
    case 'autoAlign':
      return autoAlign(task.input);
    case 'realign':
      return realignBetweenLocks(task.source, task.target, task.locks, task.options);
    case 'buildLexicon':
      return buildLexicon(task.options);
  }
}
