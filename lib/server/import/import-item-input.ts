import 'server-only';
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

/** A TMX file (a large upload, or one given to `npm run import`): its bytes are in ImportFileChunk until it has run. */
export const tmxFileInput = z.object({
  kind: z.literal('tmx'),
  fileName: z.string().min(1),
  bytes: z.number().int().nonnegative(),
});

export const importItemInput = z.union([filePairInput, tmxFileInput, urlPairInput]);

export type UrlPairInput = z.infer<typeof urlPairInput>;
export type FilePairInput = z.infer<typeof filePairInput>;
export type TmxFileInput = z.infer<typeof tmxFileInput>;

/**
 * Worth retrying by hand: a URL pair (fetching fails for passing reasons: a site down, a timeout), or a file
 * pair or TMX file whose files are still stored. A file pair that failed on its content had its files cleared (a retry
 * would not change the content); one that was interrupted keeps them (decision 019).
 */
export function isRetryableItem(item: { input: unknown; filesStored: boolean }): boolean {
  return (
    urlPairInput.safeParse(item.input).success ||
    (item.filesStored && (filePairInput.safeParse(item.input).success || tmxFileInput.safeParse(item.input).success))
  );
}
