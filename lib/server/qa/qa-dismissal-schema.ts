import 'server-only';
import { z } from 'zod';
import { MAX_FINGERPRINT_CHARS } from '@/lib/qa/qa-flags';
import { MAX_DISMISS_REASON_CHARS } from '@/lib/qa/qa-flags-schema';

// Bodies of the QA dismissal endpoints (decision 041); the API routes and the editor's calls use the same limits.

const fingerprint = z
  .string()
  .min(1, 'Name the flag (fingerprint).')
  .max(MAX_FINGERPRINT_CHARS, `A flag's fingerprint has at most ${MAX_FINGERPRINT_CHARS} characters.`);

export const dismissQaFlagSchema = z.strictObject({
  fingerprint,
  reason: z
    .string()
    .trim()
    .min(1, 'Give a reason for dismissing the flag.')
    .max(MAX_DISMISS_REASON_CHARS, `The reason is longer than ${MAX_DISMISS_REASON_CHARS} characters.`),
});

export const restoreQaFlagSchema = z.strictObject({ fingerprint });

export type DismissQaFlagInput = z.input<typeof dismissQaFlagSchema>;
