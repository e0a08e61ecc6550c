// Zip bombs built in the tests themselves, cheaply: the deflate stream of `length` zeros is written directly
// (fixed Huffman codes: one literal zero, then 258-byte copies of distance 1 at 13 bits each), so a 64 MB bomb
// takes milliseconds to make instead of deflating 64 MB (which is what made the old bomb tests slow).

import { zipSync, type Zippable } from 'fflate';

const LITERAL_ZERO = 0x0c; // code 00110000, bit-reversed (Huffman codes are sent most significant bit first)
const COPY_258_DISTANCE_1 = 0xa3; // length symbol 285 (11000101, reversed), then distance code 0 (5 zero bits)

export function deflatedZeros(length: number): Uint8Array {
  const copies = Math.floor((length - 1) / 258);
  const literals = length - copies * 258;
  const out = new Uint8Array(Math.ceil((3 + 8 * literals + 13 * copies + 7) / 8) + 1);
  let acc = 0;
  let bits = 0;
  let at = 0;
  const put = (value: number, count: number) => {
    acc |= value << bits;
    bits += count;
    while (bits >= 8) {
      out[at++] = acc & 0xff;
      acc >>>= 8;
      bits -= 8;
    }
  };
  put(0b011, 3); // last block, fixed Huffman
  put(LITERAL_ZERO, 8);
  for (let i = 0; i < copies; i += 1) put(COPY_258_DISTANCE_1, 13);
  for (let i = 1; i < literals; i += 1) put(LITERAL_ZERO, 8);
  put(0, 7); // end of block
  if (bits > 0) out[at++] = acc & 0xff;
  return out.subarray(0, at);
}

/**
 * A zip of `files` plus `name`: `inflatedBytes` zeros, deflated, whose central directory declares
 * `declaredBytes` (a lie when smaller: the zip bomb that lies about its size). Its CRC-32 is not that of the
 * zeros: the readers must refuse such an entry on its size, long before they would check the checksum.
 */
export function zipWithZeros(files: Zippable, name: string, inflatedBytes: number, declaredBytes = inflatedBytes): Uint8Array {
  const zip = zipSync({ ...files, [name]: deflatedZeros(inflatedBytes) }, { level: 0 }); // stored as-is, then relabelled
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = zip.length - 22;
  let p = view.getUint32(eocd + 16, true);
  for (let i = 0; i < view.getUint16(eocd + 10, true); i += 1) {
    const nameLength = view.getUint16(p + 28, true);
    if (new TextDecoder().decode(zip.subarray(p + 46, p + 46 + nameLength)) === name) {
      view.setUint16(p + 10, 8, true); // deflated
      view.setUint32(p + 24, declaredBytes, true);
      view.setUint16(view.getUint32(p + 42, true) + 8, 8, true); // the local header says so too
      view.setUint32(view.getUint32(p + 42, true) + 22, declaredBytes, true);
    }
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return zip;
}
