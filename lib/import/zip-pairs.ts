// A zip of article files in, Korean/English pairs and per-file errors out. Pure, and bounded on hostile input:
// the central directory is read here (names, declared sizes, offsets) so that limits are checked before
// anything is inflated, and each entry is inflated with fflate's streaming Inflate in small pushes that stop
// as soon as the output passes the declared size. (`unzipSync` trusts the declared size for its buffer but
// still inflates the whole stream: 1 MB of compressed zeros cost ~4 s of CPU.) Decision 012 has the limits.
//
// Pairing: `<name>.ko.txt` + `<name>.en.html` (also `<name>_ko` / `<name>_en`), at any folder depth, or
// `ko/<name>.txt` + `en/<name>.txt` folders. Suffixes and names match case-insensitively.

import { Inflate } from 'fflate';
import { MAX_ARTICLE_FILE_BYTES } from './read-article-file';

export const MAX_ZIP_BYTES = 50 * 1024 * 1024;
export const MAX_ZIP_PAIRS = 500;
export const MAX_ZIP_ENTRY_BYTES = MAX_ARTICLE_FILE_BYTES;
export const MAX_ZIP_TOTAL_BYTES = 200 * 1024 * 1024;
/** Central-directory records read at all (folders and ignored files included). */
export const MAX_ZIP_ENTRIES = 2000;
const INFLATE_PUSH_BYTES = 8 * 1024; // one push inflates to at most ~8 MB, however hostile the stream

export type ZipErrorCode = 'NOT_A_ZIP' | 'CORRUPT_ZIP' | 'UNSUPPORTED_ZIP' | 'ZIP_TOO_LARGE' | 'TOO_MANY_ENTRIES' | 'TOO_MANY_PAIRS' | 'UNSAFE_PATH' | 'SIZE_MISMATCH' | 'NO_ARTICLE_FILES';

/** The lib/server/errors.ts code each zip error maps to (strings: pure code does not import the server). */
export const ZIP_ERROR_APP_CODE = {
  NOT_A_ZIP: 'INVALID_INPUT',
  CORRUPT_ZIP: 'UNPROCESSABLE',
  UNSUPPORTED_ZIP: 'UNPROCESSABLE',
  ZIP_TOO_LARGE: 'TOO_LARGE',
  TOO_MANY_ENTRIES: 'TOO_LARGE',
  TOO_MANY_PAIRS: 'TOO_LARGE',
  UNSAFE_PATH: 'INVALID_INPUT',
  SIZE_MISMATCH: 'TOO_LARGE',
  NO_ARTICLE_FILES: 'UNPROCESSABLE',
} as const satisfies Record<ZipErrorCode, string>;

/** A problem with the whole archive: nothing from it is imported. */
export class ZipError extends Error {
  readonly code: ZipErrorCode;
  constructor(code: ZipErrorCode, message: string) {
    super(message);
    this.name = 'ZipError';
    this.code = code;
  }
}

export interface ZipArticleFile { fileName: string; bytes: Uint8Array<ArrayBuffer> }
export interface ZipPair { name: string; korean: ZipArticleFile; english: ZipArticleFile }
/** A file (or would-be pair) that cannot be imported; the rest of the archive still is. */
export interface ZipFileError { name: string; message: string }
export interface ZipPairs { pairs: ZipPair[]; errors: ZipFileError[] }

interface ZipEntry { name: string; flags: number; method: number; crc: number; size: number; originalSize: number; offset: number }
type Lang = 'ko' | 'en';
interface Classified { entry: ZipEntry; key: string; display: string; lang: Lang }

const MB = 1024 * 1024;
const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;

function decodeName(bytes: Uint8Array, utf8Flag: boolean): string {
  // Zips from Korean Windows write names in CP949 without the UTF-8 flag; macOS writes UTF-8 without it.
  for (const encoding of utf8Flag ? ['utf-8'] : ['utf-8', 'euc-kr']) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch { /* try the next encoding */ }
  }
  return new TextDecoder('latin1').decode(bytes);
}

function readCentralDirectory(zip: Uint8Array): ZipEntry[] {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i -= 1) {
    if (u32(zip, i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) {
    if (zip[0] === 0x50 && zip[1] === 0x4b) throw new ZipError('CORRUPT_ZIP', 'The zip file is damaged or incomplete: its table of contents is missing.');
    throw new ZipError('NOT_A_ZIP', 'This is not a zip file.');
  }
  const count = u16(zip, eocd + 10);
  const cdSize = u32(zip, eocd + 12);
  const cdOffset = u32(zip, eocd + 16);
  if (u16(zip, eocd + 4) !== 0 || u16(zip, eocd + 6) !== 0) throw new ZipError('UNSUPPORTED_ZIP', 'Split (multi-part) zip archives are not supported.');
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) throw new ZipError('UNSUPPORTED_ZIP', 'ZIP64 archives are not supported; a batch zip is at most 50 MB.');
  if (count > MAX_ZIP_ENTRIES) throw new ZipError('TOO_MANY_ENTRIES', `The zip holds ${count} entries; the limit is ${MAX_ZIP_ENTRIES}.`);
  if (cdOffset + cdSize > eocd) throw new ZipError('CORRUPT_ZIP', 'The zip file is damaged: its table of contents points outside the file.');
  const entries: ZipEntry[] = [];
  for (let i = 0, p = cdOffset; i < count; i += 1) {
    if (p + 46 > eocd || u32(zip, p) !== 0x02014b50) throw new ZipError('CORRUPT_ZIP', 'The zip file is damaged: its table of contents is unreadable.');
    const nameLength = u16(zip, p + 28);
    const flags = u16(zip, p + 8);
    entries.push({
      name: decodeName(zip.subarray(p + 46, p + 46 + nameLength), (flags & 0x800) !== 0).normalize('NFC'),
      flags, method: u16(zip, p + 10), crc: u32(zip, p + 16), size: u32(zip, p + 20), originalSize: u32(zip, p + 24), offset: u32(zip, p + 42),
    });
    p += 46 + nameLength + u16(zip, p + 30) + u16(zip, p + 32);
  }
  return entries;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i += 1) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The entry's bytes, or a message saying why it cannot be read. A size lie aborts the whole archive. */
function readEntry(zip: Uint8Array, entry: ZipEntry): Uint8Array<ArrayBuffer> | string {
  if (entry.flags & 1) return 'it is encrypted (password-protected zips are not supported)';
  if (entry.method !== 0 && entry.method !== 8) return `it uses an unsupported compression method (${entry.method})`;
  const at = entry.offset;
  if (at + 30 > zip.length || u32(zip, at) !== 0x04034b50) return 'the zip entry is damaged';
  const start = at + 30 + u16(zip, at + 26) + u16(zip, at + 28);
  if (start + entry.size > zip.length) return 'the zip entry is damaged (cut off)';
  const data = zip.subarray(start, start + entry.size);
  let bytes: Uint8Array<ArrayBuffer>;
  if (entry.method === 0) {
    if (entry.size !== entry.originalSize) return 'the zip entry is damaged (sizes disagree)';
    bytes = data.slice();
  } else {
    bytes = new Uint8Array(entry.originalSize);
    let length = 0;
    let overrun = false;
    const inflater = new Inflate((chunk) => {
      if (length + chunk.length > bytes.length) overrun = true;
      else bytes.set(chunk, length);
      length += chunk.length;
    });
    try {
      for (let i = 0; i < data.length && !overrun; i += INFLATE_PUSH_BYTES) inflater.push(data.subarray(i, i + INFLATE_PUSH_BYTES), i + INFLATE_PUSH_BYTES >= data.length);
    } catch {
      if (!overrun) return 'the compressed data is damaged';
    }
    if (overrun) throw new ZipError('SIZE_MISMATCH', `"${entry.name}" holds more data than the zip declares (a zip bomb or a damaged file); nothing was imported.`);
    if (length !== entry.originalSize) return 'the compressed data is damaged (cut off)';
  }
  if (crc32(bytes) !== entry.crc) return 'the zip entry is damaged (checksum mismatch)';
  return bytes;
}

function isIgnored(segments: string[]): boolean {
  const base = segments[segments.length - 1].toLowerCase();
  return segments.some((s) => s === '__MACOSX' || s.startsWith('.')) || base === 'thumbs.db' || base === 'desktop.ini';
}

/** Language and pairing key from the name, or an error message. */
function classify(entry: ZipEntry, segments: string[]): Classified | string {
  const base = segments[segments.length - 1];
  const ext = /\.([^.]+)$/.exec(base)?.[1].toLowerCase();
  if (ext !== 'txt' && ext !== 'html' && ext !== 'htm') return `only .txt and .html files can be imported (this is ${ext ? `.${ext}` : 'a file without an extension'}).`;
  const stem = base.slice(0, base.length - ext.length - 1);
  const dirs = segments.slice(0, -1);
  const suffix = /^(.+)[._](ko|en)$/i.exec(stem);
  const folder = dirs.findLastIndex((d) => /^(ko|en)$/i.test(d));
  const lang = (suffix?.[2] ?? (folder >= 0 ? dirs[folder] : undefined))?.toLowerCase() as Lang | undefined;
  if (!lang) return 'cannot tell whether it is Korean or English: name it <name>.ko.txt / <name>.en.txt (or .html), or put it in ko/ and en/ folders.';
  // The suffix wins over the folder; a language folder is left out of the key either way (ko/a.ko.txt ↔ en/a.en.txt).
  const path = [...dirs.filter((_, i) => i !== folder), suffix ? suffix[1] : stem];
  const display = path.join('/');
  return { entry, key: display.toLowerCase(), display, lang };
}

const LANG_NAME: Record<Lang, string> = { ko: 'Korean', en: 'English' };
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en', { numeric: true });

export function readZipPairs(zip: Uint8Array): ZipPairs {
  if (zip.length > MAX_ZIP_BYTES) throw new ZipError('ZIP_TOO_LARGE', `The zip is larger than ${MAX_ZIP_BYTES / MB} MB.`);
  const errors: ZipFileError[] = [];
  const groups = new Map<string, { display: string; ko: Classified[]; en: Classified[] }>();
  for (const entry of readCentralDirectory(zip)) {
    const name = entry.name.replace(/\\/g, '/');
    if (name.endsWith('/')) continue; // a folder
    if (name.startsWith('/') || /^[a-z]:/i.test(name) || name.includes('\0') || name.split('/').includes('..')) {
      throw new ZipError('UNSAFE_PATH', `The zip holds an unsafe path ("${name.slice(0, 120)}"); nothing was imported.`);
    }
    const segments = name.split('/').filter((s) => s !== '' && s !== '.');
    if (segments.length === 0 || isIgnored(segments)) continue;
    const found = classify({ ...entry, name }, segments);
    if (typeof found === 'string') { errors.push({ name, message: `${name}: ${found}` }); continue; }
    const group = groups.get(found.key) ?? { display: found.display, ko: [], en: [] };
    group[found.lang].push(found);
    groups.set(found.key, group);
  }

  const candidates: { name: string; korean: ZipEntry; english: ZipEntry }[] = [];
  for (const { display, ko, en } of groups.values()) {
    const sides = { ko, en };
    const many = (['ko', 'en'] as const).find((lang) => sides[lang].length > 1);
    if (many) errors.push({ name: display, message: `${display}: more than one ${LANG_NAME[many]} file (${sides[many].map((c) => c.entry.name).join(', ')}); keep one.` });
    else if (ko.length === 0 || en.length === 0) {
      const [have, missing]: [Classified, Lang] = ko.length ? [ko[0], 'en'] : [en[0], 'ko'];
      errors.push({ name: have.entry.name, message: `${have.entry.name}: no ${LANG_NAME[missing]} partner (expected ${display}.${missing}.txt or .html, or the same name in a ${missing}/ folder).` });
    } else if (ko[0].entry.originalSize > MAX_ZIP_ENTRY_BYTES || en[0].entry.originalSize > MAX_ZIP_ENTRY_BYTES) {
      const big = ko[0].entry.originalSize > MAX_ZIP_ENTRY_BYTES ? ko[0].entry : en[0].entry;
      errors.push({ name: display, message: `${display}: ${big.name} is larger than ${MAX_ZIP_ENTRY_BYTES / MB} MB.` });
    } else candidates.push({ name: display, korean: ko[0].entry, english: en[0].entry });
  }
  if (candidates.length > MAX_ZIP_PAIRS) throw new ZipError('TOO_MANY_PAIRS', `The zip holds ${candidates.length} pairs; one batch may hold ${MAX_ZIP_PAIRS}.`);
  const total = candidates.reduce((sum, c) => sum + c.korean.originalSize + c.english.originalSize, 0);
  if (total > MAX_ZIP_TOTAL_BYTES) throw new ZipError('ZIP_TOO_LARGE', `The zip unpacks to ${Math.ceil(total / MB)} MB; the limit is ${MAX_ZIP_TOTAL_BYTES / MB} MB.`);
  if (candidates.length === 0 && errors.length === 0) throw new ZipError('NO_ARTICLE_FILES', 'The zip holds no .txt or .html files.');

  const pairs: ZipPair[] = [];
  for (const candidate of candidates) {
    const korean = readEntry(zip, candidate.korean);
    const english = readEntry(zip, candidate.english);
    if (typeof korean === 'string' || typeof english === 'string') {
      const [file, reason] = typeof korean === 'string' ? [candidate.korean.name, korean] : [candidate.english.name, english as string];
      errors.push({ name: candidate.name, message: `${candidate.name}: ${file} could not be read: ${reason}.` });
    } else pairs.push({ name: candidate.name, korean: { fileName: candidate.korean.name, bytes: korean }, english: { fileName: candidate.english.name, bytes: english } });
  }
  return { pairs: pairs.sort(byName), errors: errors.sort(byName) };
}
