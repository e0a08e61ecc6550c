// A .docx (a zip of XML parts) to plain text, bounded on hostile input. mammoth would inflate the parts itself
// with jszip, which inflates a whole stream however much it holds and checks the size only afterwards, so
// mammoth never sees the uploaded bytes: the central directory is checked here first (entry count, declared
// sizes, encryption, ZIP64, unsafe names, word/document.xml present), every part is inflated by our bounded
// reader (it stops as soon as a part passes its declared size, and checks CRC-32), and mammoth gets a stored
// zip rebuilt from those verified parts. So the declared-size cap is what bounds memory and CPU. Decision 008.

import { zipSync, type Zippable } from 'fflate';
import mammoth from 'mammoth';
import { ImportError } from './import-error';
import { isUnsafeZipPath, readCentralDirectory, readZipEntry, ZipError, type InflateMeter } from './zip-directory';

const MB = 1024 * 1024;
/** Declared unpacked size of all parts together. Text XML packs ~10:1, and the file itself is at most 2 MB. */
export const MAX_DOCX_UNPACKED_BYTES = 20 * MB;
/** Parts in one .docx (a plain article has ~15; embedded images add one each). */
export const MAX_DOCX_ENTRIES = 1000;

/**
 * `<` and `=` bytes (elements and attributes) in the XML parts together. mammoth builds a DOM (xmldom) of each
 * part it reads, at ~8 µs and ~1 KB a node: 20 MB of `<w:p/>` took 26 s and 3 GB. A long article has a few
 * thousand; at 250,000 the worst case measured ~1.3 s and ~300 MB (like a 2 MB .html file in jsdom).
 */
export const MAX_DOCX_MARKUP = 250_000;

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const fromZipError = (error: ZipError): ImportError => {
  switch (error.code) {
    case 'NOT_A_ZIP':
      return new ImportError('DOCX_NOT_WORD', error.message);
    case 'TOO_MANY_ENTRIES':
    case 'SIZE_MISMATCH':
      return new ImportError('DOCX_TOO_LARGE', error.message);
    case 'UNSUPPORTED_ZIP':
    case 'UNSAFE_PATH':
      return new ImportError('DOCX_UNSUPPORTED', error.message);
    default:
      return new ImportError('DOCX_DAMAGED', error.message);
  }
};

/**
 * mammoth's raw text drops line breaks (`<w:br/>`, `<w:cr/>`), gluing the words on either side together;
 * a space in their place keeps them apart (the line is one paragraph either way, as in a .txt file).
 */
function keepLineBreaks(xml: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const text = new TextDecoder().decode(xml);
  const replaced = text.replace(/<w:(?:br|cr)\b[^>]*\/>/g, '<w:t xml:space="preserve"> </w:t>');
  return replaced === text ? xml : new TextEncoder().encode(replaced);
}

function countMarkup(xml: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < xml.length; i += 1) if (xml[i] === 0x3c || xml[i] === 0x3d) count += 1;
  return count;
}

/** The parts of a .docx, verified and inflated within the limits above. Throws ImportError. `meter` counts the work. */
export function unpackDocx(bytes: Uint8Array, meter?: InflateMeter): Zippable {
  // An old binary .doc, and any password-protected Office file, is an OLE compound file, not a zip.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    throw new ImportError('DOCX_NOT_WORD', 'OLE compound file (.doc or encrypted)');
  try {
    const entries = readCentralDirectory(bytes, MAX_DOCX_ENTRIES);
    const declared = entries.reduce((sum, e) => sum + e.originalSize, 0);
    if (declared > MAX_DOCX_UNPACKED_BYTES) throw new ImportError('DOCX_TOO_LARGE', `declares ${Math.ceil(declared / MB)} MB unpacked`);
    const names = new Set<string>();
    for (const entry of entries) {
      const name = entry.name.replace(/\\/g, '/');
      if (isUnsafeZipPath(name)) throw new ImportError('DOCX_UNSUPPORTED', `unsafe part name "${name.slice(0, 120)}"`);
      if (entry.flags & 1) throw new ImportError('DOCX_UNSUPPORTED', `encrypted part "${name.slice(0, 120)}"`);
      if (names.has(name)) throw new ImportError('DOCX_DAMAGED', `part "${name.slice(0, 120)}" appears twice`);
      names.add(name);
    }
    if (!names.has('word/document.xml')) throw new ImportError('DOCX_NOT_WORD', 'no word/document.xml');
    const parts: Zippable = {};
    let markup = 0;
    for (const entry of entries) {
      const name = entry.name.replace(/\\/g, '/');
      if (name.endsWith('/')) continue; // a folder
      const part = readZipEntry(bytes, entry, meter);
      if (typeof part === 'string') throw new ImportError('DOCX_DAMAGED', `${name}: ${part}`);
      if (/\.(?:xml|rels)$/i.test(name)) markup += countMarkup(part);
      if (markup > MAX_DOCX_MARKUP) throw new ImportError('DOCX_TOO_LARGE', `more than ${MAX_DOCX_MARKUP} elements and attributes`);
      parts[name] = name === 'word/document.xml' ? keepLineBreaks(part) : part;
    }
    return parts;
  } catch (error) {
    throw error instanceof ZipError ? fromZipError(error) : error;
  }
}

/** Paragraph text, paragraphs separated by blank lines (mammoth's raw-text output). */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  const rebuilt = zipSync(unpackDocx(bytes), { level: 0 });
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(rebuilt.buffer, rebuilt.byteOffset, rebuilt.byteLength) });
    return result.value;
  } catch (error) {
    // Parts that are present but not valid WordprocessingML (bad XML, missing relationships).
    throw new ImportError('DOCX_DAMAGED', error instanceof Error ? error.message.slice(0, 200) : undefined, { cause: error });
  }
}
