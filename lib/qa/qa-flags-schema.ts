// The QA shapes the server sends and the browser parses (decision 041), declared once: the editor's QA setup
// (what the page gives the editor so it can check beads itself) and the dismissal endpoints' answer.

import { z } from 'zod';
import { QA_CHECKS } from './types';

/** Longest reason a dismissal takes (the API refuses longer ones). */
export const MAX_DISMISS_REASON_CHARS = 500;

export const qaDismissalViewSchema = z.object({ reason: z.string(), by: z.string(), at: z.string() });

/** POST …/beads/{beadId}/qa/dismiss and …/qa/restore. */
export const qaDismissalAnswerSchema = z.object({
  beadId: z.string(),
  fingerprint: z.string(),
  check: z.string(),
  dismissed: qaDismissalViewSchema.nullable(),
});

/** What the document page hands the editor: the project's checks, the glossary terms the document uses, dismissals. */
export const editorQaSetupSchema = z.object({
  checks: z.array(z.enum(QA_CHECKS)),
  glossary: z.array(z.object({ source: z.string(), target: z.string() })),
  dismissals: z.array(qaDismissalViewSchema.extend({ beadId: z.string(), fingerprint: z.string() })),
});

export type QaDismissalAnswer = z.infer<typeof qaDismissalAnswerSchema>;
export type EditorQaSetup = z.infer<typeof editorQaSetupSchema>;
