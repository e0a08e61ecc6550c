// A zip of article files in, Korean/English pairs and per-file errors out. Pure, and bounded on hostile input:
// the central directory is read first (zip-directory.ts) so that every limit is checked on declared sizes
// before anything is inflated, and each entry is inflated by the bounded reader there. Decision 012 has the limits.
//
// Pairing: `<name>.ko.txt` + `<name>.en.html` or `.docx` (also `<name>_ko` / `<name>_en`), at any folder depth, or
// `ko/<name>.txt` + `en/<name>.txt` folders. Suffixes and names match case-insensitively.

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
export interface ZipFileError {
  name: string;
  message: string;
}
export interface ZipPairs {
  pairs: ZipPair[];
  errors: ZipFileError[];
}

type Lang = 'ko' | 'en';
interface Classified {
  entry: ZipEntry;
  key: string;
  display: string;
  lang: Lang;
}

const MB = 1024 * 1024;
function isIgnored(segments: string[]): boolean {
  const base = segments[segments.length - 1].toLowerCase();
  return segments.some((s) => s === '__MACOSX' || s.startsWith('.')) || base === 'thumbs.db' || base === 'desktop.ini';
}

/** Language and pairing key from the name, or an error message. */
function classify(entry: ZipEntry, segments: string[]): Classified | string {
  const base = segments[segments.length - 1];
  const ext = /\.([^.]+)$/.exec(base)?.[1].toLowerCase();
  if (ext !== 'txt' && ext !== 'html' && ext !== 'htm' && ext !== 'docx')
    return `only .txt, .html and .docx files can be imported (this is ${ext ? `.${ext}` : 'a file without an extension'}).`;
  const stem = base.slice(0, base.length - ext.length - 1);
  const dirs = segments.slice(0, -1);
  const suffix = /^(.+)[._](ko|en)$/i.exec(stem);
  const folder = dirs.findLastIndex((d) => /^(ko|en)$/i.test(d));
  const lang = (suffix?.[2] ?? (folder >= 0 ? dirs[folder] : undefined))?.toLowerCase() as Lang | undefined;
  if (!lang)
    return 'cannot tell whether it is Korean or English: name it <name>.ko.txt / <name>.en.txt (or .html, .docx), or put it in ko/ and en/ folders.';
  // The suffix wins over the folder; a language folder is left out of the key either way (ko/a.ko.txt ↔ en/a.en.txt).
  const path = [...dirs.filter((_, i) => i !== folder), suffix ? suffix[1] : stem];
  const display = path.join('/');
  return { entry, key: display.toLowerCase(), display, lang };
}

const LANG_NAME: Record<Lang, string> = { ko: 'Korean', en: 'English' };
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en', { numeric: true });

/** `meter` counts the inflating work (tests prove the bounds with it). */
export function readZipPairs(zip: Uint8Array, meter?: InflateMeter): ZipPairs {
  if (zip.length > MAX_ZIP_BYTES) throw new ZipError('ZIP_TOO_LARGE', `The zip is larger than ${MAX_ZIP_BYTES / MB} MB.`);
  const errors: ZipFileError[] = [];
  const groups = new Map<string, { display: string; ko: Classified[]; en: Classified[] }>();
  for (const entry of readCentralDirectory(zip, MAX_ZIP_ENTRIES)) {
    const name = entry.name.replace(/\\/g, '/');
    if (name.endsWith('/')) continue; // a folder
    if (isUnsafeZipPath(name)) {
      throw new ZipError('UNSAFE_PATH', `The zip holds an unsafe path ("${name.slice(0, 120)}"); nothing was imported.`);
    }
    const segments = name.split('/').filter((s) => s !== '' && s !== '.');
    if (segments.length === 0 || isIgnored(segments)) continue;
    const found = classify({ ...entry, name }, segments);
    if (typeof found === 'string') {
      errors.push({ name, message: `${name}: ${found}` });
      continue;
    }
    const group = groups.get(found.key) ?? { display: found.display, ko: [], en: [] };
    group[found.lang].push(found);
    groups.set(found.key, group);
  }

  const candidates: { name: string; korean: ZipEntry; english: ZipEntry }[] = [];
  for (const { display, ko, en } of groups.values()) {
    const sides = { ko, en };
    const many = (['ko', 'en'] as const).find((lang) => sides[lang].length > 1);
    if (many)
      errors.push({
        name: display,
        message: `${display}: more than one ${LANG_NAME[many]} file (${sides[many].map((c) => c.entry.name).join(', ')}); keep one.`,
      });
    else if (ko.length === 0 || en.length === 0) {
      const [have, missing]: [Classified, Lang] = ko.length ? [ko[0], 'en'] : [en[0], 'ko'];
      errors.push({
        name: have.entry.name,
        message: `${have.entry.name}: no ${LANG_NAME[missing]} partner (expected ${display}.${missing}.txt, .html or .docx, or the same name in a ${missing}/ folder).`,
      });
    } else if (ko[0].entry.originalSize > MAX_ZIP_ENTRY_BYTES || en[0].entry.originalSize > MAX_ZIP_ENTRY_BYTES) {
      const big = ko[0].entry.originalSize > MAX_ZIP_ENTRY_BYTES ? ko[0].entry : en[0].entry;
      errors.push({ name: display, message: `${display}: ${big.name} is larger than ${MAX_ZIP_ENTRY_BYTES / MB} MB.` });
    } else candidates.push({ name: display, korean: ko[0].entry, english: en[0].entry });
  }
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
      errors.push({ name: candidate.name, message: `${candidate.name}: ${file} could not be read: ${reason}.` });
    } else
      pairs.push({
        name: candidate.name,
        korean: { fileName: candidate.korean.name, bytes: korean },
        english: { fileName: candidate.english.name, bytes: english },
      });
  }
  return { pairs: pairs.sort(byName), errors: errors.sort(byName) };
}
