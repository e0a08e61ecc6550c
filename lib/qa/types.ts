// Translation QA: what disagrees between the two sides of a bead (decision 033).

export const QA_CHECKS = ['number', 'amount', 'date', 'name', 'negation', 'glossary'] as const;
export type QaCheck = (typeof QA_CHECKS)[number];

/** A span of the bead's source or target text: UTF-16 offsets, end exclusive. */
export interface QaSpan {
  start: number;
  end: number;
}

/**
 * What a finding says, as a code and the values its sentence is built from (each a quoted word or list, a unit
 * is its code: KRW, USD, percent…): the editor words it in the reader's language (catalog `qa.finding.<code>`),
 * while `message` is the English sentence the API and the exports carry.
 */
export type QaFindingText =
  | { code: 'unmatched'; params: { source: string; target: string } }
  | { code: 'unit'; params: { source: string; sourceUnit: string; target: string; targetUnit: string } }
  | { code: 'nameGiven'; params: { source: string; target: string } }
  | { code: 'nameElsewhere'; params: { source: string; spellings: string; target: string } }
  | { code: 'negation'; params: { source: string } }
  | { code: 'glossary'; params: { source: string; target: string } };

export type QaFindingCode = QaFindingText['code'];

export type QaFinding = QaFindingText & {
  check: QaCheck;
  message: string;
  source: QaSpan[];
  target: QaSpan[];
};

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
