// The zip reading that batch zips (zip-pairs.ts) and .docx files (read-docx.ts) share: the central directory
// (names, declared sizes, offsets) is read here so callers can check their limits before anything is inflated,
// and an entry is inflated with fflate's streaming Inflate in small pushes that stop as soon as the output
// passes the declared size. (`unzipSync` trusts the declared size for its buffer but still inflates the whole
// stream: 1 MB of compressed zeros cost ~4 s of CPU.) Decisions 008 and 012 have the limits.

import { Inflate } from 'fflate';

/** Compressed bytes handed to the inflater at a time. */
export const INFLATE_PUSH_BYTES = 8 * 1024;
/** Deflate expands at most 1032:1, so one push inflates to at most this much, however hostile the stream. */
export const MAX_INFLATED_PER_PUSH = INFLATE_PUSH_BYTES * 1032;

/**
 * Work done by readZipEntry, counted so tests prove its bounds by counting rather than by the clock: a lying
 * entry costs at most its declared size plus MAX_INFLATED_PER_PUSH of output and one push more of input.
 */
export interface InflateMeter {
  entriesRead: number;
  compressedBytesRead: number;
  bytesInflated: number;
}
export const newInflateMeter = (): InflateMeter => ({ entriesRead: 0, compressedBytesRead: 0, bytesInflated: 0 });

export type ZipErrorCode =
  | 'NOT_A_ZIP'
  | 'CORRUPT_ZIP'
  | 'UNSUPPORTED_ZIP'
  | 'ZIP_TOO_LARGE'
  | 'TOO_MANY_ENTRIES'
  | 'TOO_MANY_PAIRS'
  | 'UNSAFE_PATH'
  | 'SIZE_MISMATCH'
  | 'NO_ARTICLE_FILES';

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

/** One central-directory record. `size` is the compressed size, `originalSize` the declared unpacked size. */
export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  size: number;
  originalSize: number;
  offset: number;
}

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;

function decodeName(bytes: Uint8Array, utf8Flag: boolean): string {
  // Zips from Korean Windows write names in CP949 without the UTF-8 flag; macOS writes UTF-8 without it.
  for (const encoding of utf8Flag ? ['utf-8'] : ['utf-8', 'euc-kr']) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      /* try the next encoding */
    }
  }
  return new TextDecoder('latin1').decode(bytes);
}

/** Every record of the central directory, or a ZipError for a file that is not a readable, plain zip. */
export function readCentralDirectory(zip: Uint8Array, maxEntries: number): ZipEntry[] {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i -= 1) {
    if (u32(zip, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) {
    if (zip[0] === 0x50 && zip[1] === 0x4b)
      throw new ZipError('CORRUPT_ZIP', 'The zip file is damaged or incomplete: its table of contents is missing.');
    throw new ZipError('NOT_A_ZIP', 'This is not a zip file.');
  }
  const count = u16(zip, eocd + 10);
  const cdSize = u32(zip, eocd + 12);
  const cdOffset = u32(zip, eocd + 16);
  if (u16(zip, eocd + 4) !== 0 || u16(zip, eocd + 6) !== 0)
    throw new ZipError('UNSUPPORTED_ZIP', 'Split (multi-part) zip archives are not supported.');
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff)
    throw new ZipError('UNSUPPORTED_ZIP', 'ZIP64 archives are not supported; a batch zip is at most 50 MB.');
  if (count > maxEntries) throw new ZipError('TOO_MANY_ENTRIES', `The zip holds ${count} entries; the limit is ${maxEntries}.`);
  if (cdOffset + cdSize > eocd)
    throw new ZipError('CORRUPT_ZIP', 'The zip file is damaged: its table of contents points outside the file.');
  const entries: ZipEntry[] = [];
  for (let i = 0, p = cdOffset; i < count; i += 1) {
    if (p + 46 > eocd || u32(zip, p) !== 0x02014b50)
      throw new ZipError('CORRUPT_ZIP', 'The zip file is damaged: its table of contents is unreadable.');
    const nameLength = u16(zip, p + 28);
    const flags = u16(zip, p + 8);
    entries.push({
      name: decodeName(zip.subarray(p + 46, p + 46 + nameLength), (flags & 0x800) !== 0).normalize('NFC'),
      flags,
      method: u16(zip, p + 10),
      crc: u32(zip, p + 16),
      size: u32(zip, p + 20),
      originalSize: u32(zip, p + 24),
      offset: u32(zip, p + 42),
    });
    p += 46 + nameLength + u16(zip, p + 30) + u16(zip, p + 32);
  }
  return entries;
}

/** Absolute, drive-letter, NUL or `..` names (after `\` → `/`): whoever unpacks them could write outside. */
export function isUnsafeZipPath(name: string): boolean {
  return name.startsWith('/') || /^[a-z]:/i.test(name) || name.includes('\0') || name.split('/').includes('..');
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

/**
 * The entry's bytes, or a message saying why it cannot be read. Never produces more than the declared size:
 * data beyond it throws SIZE_MISMATCH (a size lie aborts the whole archive), so the caller's limits on
 * declared sizes bound the memory and CPU spent here.
 */
export function readZipEntry(zip: Uint8Array, entry: ZipEntry, meter?: InflateMeter): Uint8Array<ArrayBuffer> | string {
  if (meter) meter.entriesRead += 1;
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
    if (meter) meter.compressedBytesRead += data.length;
  } else {
    bytes = new Uint8Array(entry.originalSize);
    let length = 0;
    let overrun = false;
    const inflater = new Inflate((chunk) => {
      if (length + chunk.length > bytes.length) overrun = true;
      else bytes.set(chunk, length);
      length += chunk.length;
      if (meter) meter.bytesInflated += chunk.length;
    });
    try {
      for (let i = 0; i < data.length && !overrun; i += INFLATE_PUSH_BYTES) {
        const push = data.subarray(i, i + INFLATE_PUSH_BYTES);
        if (meter) meter.compressedBytesRead += push.length;
        inflater.push(push, i + INFLATE_PUSH_BYTES >= data.length);
      }
    } catch {
      if (!overrun) return 'the compressed data is damaged';
    }
    if (overrun)
      throw new ZipError(
        'SIZE_MISMATCH',
        `"${entry.name}" holds more data than the zip declares (a zip bomb or a damaged file); nothing was imported.`,
      );
    if (length !== entry.originalSize) return 'the compressed data is damaged (cut off)';
  }
  if (crc32(bytes) !== entry.crc) return 'the zip entry is damaged (checksum mismatch)';
  return bytes;
}
