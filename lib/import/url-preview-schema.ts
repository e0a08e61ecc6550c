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
  sourceError: z.string().nullable(),
  warnings: z.array(z.string()),
});

export type UrlPreview = z.infer<typeof urlPreviewSchema>;
