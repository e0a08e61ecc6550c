import { z } from 'zod';

// What a batch item stores in ImportItem.input, read back by the job through zod (rows written before zip
// batches existed have no `kind`: they are URL pairs). Invalid CSV rows and unpaired zip files store `{}`,
// which matches neither shape: they are failed from the start and can never be retried.

export const urlPairInput = z.object({
  kind: z.literal('urls').optional(),
  englishUrl: z.string().min(1),
  koreanUrl: z.string().min(1).nullable(),
  title: z.string().nullable(),
});

export const filePairInput = z.object({
  kind: z.literal('files'),
  korean: z.object({ fileName: z.string().min(1) }),
  english: z.object({ fileName: z.string().min(1) }),
  title: z.string().nullable(),
});

export const importItemInput = z.union([filePairInput, urlPairInput]);

export type UrlPairInput = z.infer<typeof urlPairInput>;
export type FilePairInput = z.infer<typeof filePairInput>;

/**
 * Only URL pairs are worth retrying by hand: fetching fails for passing reasons (a site down, a timeout),
 * while a file pair fails on its content, which a retry would not change (and its bytes are gone by then).
 */
export function isRetryableInput(input: unknown): boolean {
  return urlPairInput.safeParse(input).success;
}
