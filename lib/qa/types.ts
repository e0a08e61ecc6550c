// Translation QA: what disagrees between the two sides of a bead (decision 033).

export const QA_CHECKS = ['number', 'amount', 'date', 'name', 'negation', 'glossary'] as const;
export type QaCheck = (typeof QA_CHECKS)[number];

/** A span of the bead's source or target text: UTF-16 offsets, end exclusive. */
export interface QaSpan {
  start: number;
  end: number;
}

export interface QaFinding {
  check: QaCheck;
  message: string;
  source: QaSpan[];
  target: QaSpan[];
}

export interface QaBead {
  source: string;
  target: string;
}

export interface QaGlossaryEntry {
  source: string;
  target: string;
}

export interface QaOptions {
  sourceLang: string;
  targetLang: string;
  /** Checks to run; all when absent (a project setting chooses). */
  checks?: readonly QaCheck[];
  glossary?: readonly QaGlossaryEntry[];
}
