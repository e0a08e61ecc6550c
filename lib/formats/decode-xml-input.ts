// Turns the bytes of an uploaded XML file into text, streaming. The encoding comes from the byte
// order mark, else the first bytes' pattern (UTF-16 without BOM), else the XML declaration, else
// UTF-8 — the detection order of XML 1.0 Appendix F. Decoding is strict: invalid bytes are an error,
// never U+FFFD soup that a translator would later find in their memory.

import { FormatError } from './format-error';

export type XmlInput = string | Uint8Array | AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

export interface DecodeOptions {
  /** Refuse input over this many bytes (counted before decoding). */
  maxBytes: number;
}

const SNIFF_BYTES = 1024;

export function detectXmlEncoding(head: Uint8Array): string {
  const [b0, b1, b2, b3] = head;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8';
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  if (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f && b3 === 0x00) return 'utf-16le';
  if (b0 === 0x00 && b1 === 0x3c && b2 === 0x00 && b3 === 0x3f) return 'utf-16be';
  const ascii = String.fromCharCode(...head.subarray(0, Math.min(head.length, 200)));
  const declared = ascii.match(/^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/);
  if (!declared) return 'utf-8';
  const label = declared[1].toLowerCase();
  // ASCII is a subset of UTF-8; a UTF-16 declaration without a BOM was caught above or is a lie.
  if (label === 'us-ascii' || label === 'ascii' || label === 'utf-16') return 'utf-8';
  return label;
}

function makeDecoder(encoding: string): TextDecoder {
  try {
    return new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new FormatError('BAD_ENCODING', `unsupported encoding "${encoding}"`);
  }
}

async function* byteChunks(input: XmlInput): AsyncGenerator<Uint8Array | string> {
  if (typeof input === 'string' || input instanceof Uint8Array) {
    yield input;
    return;
  }
  for await (const chunk of input) yield chunk;
}

/** Yields decoded text chunks. Strings in the input pass through (they are already text). */
export async function* decodeXmlInput(input: XmlInput, options: DecodeOptions): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let total = 0;
  let sawContent = false;

  const decode = (bytes: Uint8Array, stream: boolean): string => {
    try {
      return (decoder as TextDecoder).decode(bytes, { stream });
    } catch {
      throw new FormatError('BAD_ENCODING', `invalid ${(decoder as TextDecoder).encoding} byte sequence`);
    }
  };

  for await (const chunk of byteChunks(input)) {
    if (typeof chunk === 'string') {
      total += chunk.length;
      if (total > options.maxBytes) throw new FormatError('INPUT_TOO_LARGE', `over ${options.maxBytes} bytes`);
      if (chunk.length > 0) sawContent = true;
      yield chunk.charCodeAt(0) === 0xfeff && !decoder ? chunk.slice(1) : chunk;
      decoder ??= makeDecoder('utf-8');
      continue;
    }
    total += chunk.byteLength;
    if (total > options.maxBytes) throw new FormatError('INPUT_TOO_LARGE', `over ${options.maxBytes} bytes`);
    if (chunk.byteLength > 0) sawContent = true;
    if (!decoder) {
      pending.push(chunk);
      pendingBytes += chunk.byteLength;
      if (pendingBytes < SNIFF_BYTES) continue;
      const head = concat(pending);
      pending = [];
      decoder = makeDecoder(detectXmlEncoding(head));
      yield decode(head, true);
      continue;
    }
    yield decode(chunk, true);
  }
  if (!sawContent) throw new FormatError('EMPTY_FILE');
  if (!decoder) {
    const head = concat(pending);
    decoder = makeDecoder(detectXmlEncoding(head));
    yield decode(head, false);
    return;
  }
  const rest = decode(new Uint8Array(0), false);
  if (rest) yield rest;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}
