import { z } from 'zod';

// The label vocabulary of issue 5. Labels describe a bead for filters and exports; they are not review state.
// `exclude-from-tm` keeps an approved bead out of translation-memory exports (lib/formats/export-filter.ts);
// the `excluded` *status* is different: it takes the bead out of review altogether (it does not block sign-off).
// Stored lower-case; input is matched case-insensitively ("exclude-from-TM" is accepted).
// Pure (the review layer), so the editor and the server share one vocabulary.

export const BEAD_LABELS = ['omission', 'addition', 'mistranslation', 'terminology', 'style', 'rewrite', 'exclude-from-tm'] as const;
export type BeadLabel = (typeof BEAD_LABELS)[number];

export const BEAD_LABEL_DESCRIPTIONS: Record<BeadLabel, string> = {
  omission: 'The English leaves out something the Korean says.',
  addition: 'The English adds something the Korean does not say.',
  mistranslation: 'The English says something different.',
  terminology: 'A term is not the one the desk uses.',
  style: 'Correct, but not in house style.',
  rewrite: 'The English is an edited rewrite, not a translation.',
  'exclude-from-tm': 'Keep this pair out of translation-memory exports.',
};

export function isBeadLabel(value: string): value is BeadLabel {
  return (BEAD_LABELS as readonly string[]).includes(value);
}

export const beadLabelSchema = z
  .string()
  .transform((value) => value.trim().toLowerCase())
  .refine(isBeadLabel, { message: `Labels are ${BEAD_LABELS.join(', ')}.` })
  .transform((value) => value as BeadLabel);

/** The whole set of labels a bead should have afterwards, in vocabulary order, without repeats. */
export const beadLabelsSchema = z
  .array(beadLabelSchema)
  .max(BEAD_LABELS.length * 2)
  .transform((labels) => BEAD_LABELS.filter((label) => labels.includes(label)));
