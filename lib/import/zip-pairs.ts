// A zip of article files in, Korean/English pairs and per-file errors out. Pure, and bounded on hostile input:
// the central directory is read first (zip-directory.ts) so that every limit is checked on declared sizes
// before anything is inflated, and each entry is inflated by the bounded reader there. Decision 012 has the limits.
//
// Pairing by name (pair-article-names.ts, shared with `npm run import` of a folder).

import { pairArticleNames, type ArticleFileError } from './pair-article-names';
import { MAX_ARTICLE_FILE_BYTES } from './read-article-file';
import { isUnsafeZipPath, readCentralDirectory, readZipEntry, ZipError, type InflateMeter, type ZipEntry } from './zip-directory';

export { ZIP_ERROR_APP_CODE, ZipError, type ZipErrorCode } from './zip-directory';

export const MAX_ZIP_BYTES = 50 * 1024 * 1024;
export const MAX_ZIP_PAIRS = 500;
export const MAX_ZIP_ENTRY_BYTES = MAX_ARTICLE_FILE_BYTES;
export const MAX_ZIP_TOTAL_BYTES = 200 * 1024 * 1024;
/** Central-directory records read at all (folders and ignored files included). */
export const MAX_ZIP_ENTRIES = 2000;

export interface ZipArticleFile {
  fileName: string;
  bytes: Uint8Array<ArrayBuffer>;
}
export interface ZipPair {
  name: string;
  korean: ZipArticleFile;
  english: ZipArticleFile;
}
/** A file (or would-be pair) that cannot be imported; the rest of the archive still is. */
export type ZipFileError = ArticleFileError;
export interface ZipPairs {
  pairs: ZipPair[];
  errors: ZipFileError[];
}

const MB = 1024 * 1024;
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en', { numeric: true });

/** `meter` counts the inflating work (tests prove the bounds with it). */
export function readZipPairs(zip: Uint8Array, meter?: InflateMeter): ZipPairs {
  if (zip.length > MAX_ZIP_BYTES) throw new ZipError('ZIP_TOO_LARGE', `The zip is larger than ${MAX_ZIP_BYTES / MB} MB.`);
  const entries: ZipEntry[] = [];
  for (const entry of readCentralDirectory(zip, MAX_ZIP_ENTRIES)) {
    const name = entry.name.replace(/\\/g, '/');
    if (name.endsWith('/')) continue; // a folder
    if (isUnsafeZipPath(name)) {
      throw new ZipError('UNSAFE_PATH', `The zip holds an unsafe path ("${name.slice(0, 120)}"); nothing was imported.`);
    }
    entries.push({ ...entry, name });
  }
  const { pairs: candidates, errors } = pairArticleNames(entries, { maxFileBytes: MAX_ZIP_ENTRY_BYTES, sizeOf: (e) => e.originalSize });
  if (candidates.length > MAX_ZIP_PAIRS)
    throw new ZipError('TOO_MANY_PAIRS', `The zip holds ${candidates.length} pairs; one batch may hold ${MAX_ZIP_PAIRS}.`);
  const total = candidates.reduce((sum, c) => sum + c.korean.originalSize + c.english.originalSize, 0);
  if (total > MAX_ZIP_TOTAL_BYTES)
    throw new ZipError('ZIP_TOO_LARGE', `The zip unpacks to ${Math.ceil(total / MB)} MB; the limit is ${MAX_ZIP_TOTAL_BYTES / MB} MB.`);
  if (candidates.length === 0 && errors.length === 0)
    throw new ZipError('NO_ARTICLE_FILES', 'The zip holds no .txt, .html or .docx files.');

  const pairs: ZipPair[] = [];
  for (const candidate of candidates) {
    const korean = readZipEntry(zip, candidate.korean, meter);
    const english = readZipEntry(zip, candidate.english, meter);
    if (typeof korean === 'string' || typeof english === 'string') {
      const [file, reason] = typeof korean === 'string' ? [candidate.korean.name, korean] : [candidate.english.name, english as string];
      errors.push({
        name: candidate.name,
        message: `${candidate.name}: ${file} could not be read: ${reason}.`,
        text: { code: 'unreadable', params: { name: candidate.name, file } },
      });
    } else
      pairs.push({
        name: candidate.name,
        korean: { fileName: candidate.korean.name, bytes: korean },
        english: { fileName: candidate.english.name, bytes: english },
      });
  }
  return { pairs: pairs.sort(byName), errors: errors.sort(byName) };
}
