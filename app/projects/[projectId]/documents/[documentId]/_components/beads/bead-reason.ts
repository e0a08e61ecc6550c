// The engine's reason for a bead ("numbers 1,500 match; length fits"), in the reader's language. The engine
// (lib/align-engine/explain-bead.ts, emit-beads.ts, find-moved-links.ts, realign-between-locks.ts) writes its
// reasons in English and they are stored with the bead, so they are translated here, at render time, part by
// part: a part this does not recognise is shown as written. The things a reason names (numbers, names, words
// found in the texts) stay as they are. Pure.

import type { Translate } from '@/lib/i18n/translator';

type ReasonKey = Parameters<Translate<'beadReason'>>[0];

/** Parts that are a whole sentence on their own. */
const FIXED: Record<string, ReasonKey> = {
  'length fits': 'lengthFits',
  'length roughly fits': 'lengthRoughly',
  'length differs': 'lengthDiffers',
  'no counterpart in the source': 'noSource',
  'no counterpart in the target': 'noTarget',
  'no shared terms': 'noShared',
  'little in common': 'littleInCommon',
  moved: 'moved',
  'moved: linked elsewhere in the document': 'movedElsewhere',
  'locked by an editor': 'locked',
  'imported from TMX': 'tmx',
};

/** "numbers 1,500, 2025 match": the kinds of anchors explain-bead.ts lists. */
const KINDS = {
  numbers: 'numbers',
  months: 'months',
  names: 'names',
  words: 'words',
  terms: 'terms',
  'learned terms': 'learnedTerms',
  marks: 'marks',
} as const;
const MATCH = /^(numbers|months|names|words|terms|learned terms|marks) (.+) match$/;
const MISSING = /^(.+) (has|have) no counterpart$/;
const NOT_A_TRANSLATION = 'not a translation of each other: ';

function part(text: string, t: Translate<'beadReason'>): string {
  const fixed = FIXED[text];
  if (fixed) return t(fixed);
  if (text.startsWith(NOT_A_TRANSLATION)) return t('notTranslation', { why: part(text.slice(NOT_A_TRANSLATION.length), t) });
  const match = MATCH.exec(text);
  if (match) return t(`kind.${KINDS[match[1] as keyof typeof KINDS]}`, { list: match[2] });
  const missing = MISSING.exec(text);
  if (missing) return t(missing[2] === 'has' ? 'missingOne' : 'missingMany', { list: missing[1] });
  return text;
}

/** The reason in the reader's language; with the English catalog it reads exactly as the engine wrote it. */
export function beadReasonText(reason: string, t: Translate<'beadReason'>): string {
  return reason
    .split('; ')
    .map((p) => part(p, t))
    .join('; ');
}
