// The answer of POST /api/v1/projects/{id}/import-preview: declared once, built by
// lib/server/import/preview-url-import.ts (`satisfies`), parsed by the URL import form (decision 031).

import { z } from 'zod';

const articleSchema = z.object({
  title: z.string(),
  /** Paragraphs separated by blank lines, headline first: what the segmenter reads. */
  text: z.string(),
  url: z.string().nullable(),
  paragraphs: z.number().int(),
});

export const urlPreviewSchema = z.object({
  target: articleSchema,
  source: articleSchema.nullable(),
  /** How the Korean original was found: given by the user, or which rule found the link. */
  foundBy: z.enum(['given', 'hreflang', 'link-text', 'sister-site']).nullable(),
  /**
   * Why there is no Korean original: no link to it on the page (`not_found`), or the page at `url` could not be
   * imported (`failed`, with `reason` in the caller's language). `message` says it in English for API clients and
   * the batch log; the interface words it from the code (decision 039).
   */
  sourceError: z
    .object({ code: z.enum(['not_found', 'failed']), url: z.string().nullable(), reason: z.string().nullable(), message: z.string() })
    .nullable(),
  /** A page whose text is not in its side's language: what its letters look like instead (`mixed`, `en`, `ko`). */
  warnings: z.array(z.object({ side: z.enum(['source', 'target']), detected: z.enum(['mixed', 'en', 'ko']), message: z.string() })),
});

export type UrlPreview = z.infer<typeof urlPreviewSchema>;
