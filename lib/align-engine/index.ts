// Public API of the alignment engine (pure TypeScript: no framework, no database).
export { alignSegments, DEFAULT_MAX_CELLS } from './align-segments';
export { realignBetweenLocks } from './realign-between-locks';
export { findMovedLinks, type EngineMove } from './find-moved-links';
export { alignWithMoves, type AlignWithMovesResult } from './align-with-moves';
export { buildLexicon, type BuildLexiconOptions } from './build-lexicon';
export { AlignmentTooLargeError, InvalidBeadsError, InvalidLocksError } from './errors';
export type { AlignInputSegment, AlignOptions, EngineBead, Lexicon, LexiconEntry, LexiconOrigin, Lock } from './types';
