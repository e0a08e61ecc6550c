import { z } from 'zod';
import { QA_CHECKS, type QaCheck } from '@/lib/qa';
import { normalizeAbbreviation } from '@/lib/segment/abbreviations';

// What a project admin may change. The languages are not here on purpose: existing documents were segmented
// and aligned for them.

export const MAX_ABBREVIATIONS = 200;
export const MAX_ABBREVIATION_CHARS = 30;

export interface ProjectSettings {
  id: string;
  name: string;
  sourceLang: string;
  targetLang: string;
  fourEyes: boolean;
  reviewersMayEdit: boolean;
  abbreviations: string[];
  /** Translation QA checks that run on the project's documents (decision 041), in QA_CHECKS order. */
  qaChecks: QaCheck[];
}

/** Any subset of the checks, none included (QA off); duplicates dropped, stored in QA_CHECKS order. */
export const qaChecksSchema = z
  .array(z.enum(QA_CHECKS, { error: `Each QA check is one of: ${QA_CHECKS.join(', ')}.` }))
  .max(QA_CHECKS.length * 2, `List each QA check once.`)
  .transform((list) => QA_CHECKS.filter((check) => list.includes(check)));

/** Trimmed; each one word ending with a period ("Corp.", "U.S."); case-insensitive duplicates dropped. */
export const abbreviationsSchema = z
  .array(z.string())
  .max(MAX_ABBREVIATIONS, `At most ${MAX_ABBREVIATIONS} abbreviations.`)
  .transform((list, ctx) => {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const raw of list) {
      const value = raw.trim();
      if (!value) continue;
      const problem =
        value.length > MAX_ABBREVIATION_CHARS
          ? `is longer than ${MAX_ABBREVIATION_CHARS} characters`
          : /\s/.test(value)
            ? 'must be one word, without spaces'
            : !value.endsWith('.')
              ? 'must end with a period'
              : !/^[^.]/.test(value)
                ? 'must start with a letter or digit'
                : null;
      if (problem) {
        ctx.addIssue({ code: 'custom', message: `"${value.slice(0, 40)}" ${problem}.` });
        continue;
      }
      const key = normalizeAbbreviation(value);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(value);
    }
    return out;
  });

export const updateProjectSettingsSchema = z
  .strictObject({
    name: z.string().trim().min(1, 'Enter a project name.').max(200, 'The name is longer than 200 characters.').optional(),
    fourEyes: z.boolean().optional(),
    reviewersMayEdit: z.boolean().optional(),
    abbreviations: abbreviationsSchema.optional(),
    qaChecks: qaChecksSchema.optional(),
  })
  .refine((s) => Object.values(s).some((v) => v !== undefined), {
    message: 'Change at least one setting: name, fourEyes, reviewersMayEdit, abbreviations or qaChecks.',
  });

export type UpdateProjectSettingsInput = z.input<typeof updateProjectSettingsSchema>;
