// Public data types of the alignment engine. The engine works on 0-based segment indices; the app maps
// them to its own segment ids (lib/alignment/types.ts).

export interface AlignInputSegment {
  text: string;
  /** 0-based paragraph index on its side, when known: paragraph breaks are strong evidence. */
  paragraph?: number;
}

export interface EngineBead {
  /** Source segment indices, ascending, possibly empty (an addition on the target side). */
  source: number[];
  /** Target segment indices, ascending, possibly empty (an omission). */
  target: number[];
  /** Estimated probability that this exact bead is correct, in [0, 1]. */
  confidence: number;
  /** Short human-readable evidence, e.g. "numbers 2024, 10 match; length fits". */
  reason: string;
}

export type LexiconOrigin = 'builtin' | 'glossary' | 'learned';

export interface LexiconEntry {
  /** A source-language word or short phrase (a Korean stem matches inside longer words). */
  source: string;
  target: string;
  origin: LexiconOrigin;
  /** How much a match is worth relative to a built-in entry (1). */
  weight: number;
}

/** Plain, serializable data; build it with `buildLexicon`. */
export interface Lexicon {
  srcLang: string;
  tgtLang: string;
  entries: LexiconEntry[];
  /**
   * Names the entries (buildLexicon sets it from their content): lexicons with the same key have the same entries, so
   * the engine compiles one once and reuses it for every document aligned with it (decision 048). Leave it out of a
   * lexicon made by hand.
   */
  key?: string;
}

export interface AlignOptions {
  srcLang: string;
  tgtLang: string;
  lexicon?: Lexicon;
  /**
   * Upper bound on dynamic-programming cells (the compute budget). Input that would need more throws
   * AlignmentTooLargeError. Default 4,000,000 (DEFAULT_MAX_CELLS in align-segments.ts; decision 005).
   */
  maxCells?: number;
}

export interface Lock {
  source: number[];
  target: number[];
}
