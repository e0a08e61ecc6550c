/**
 * Writes the app icons into public/: PNGs at 32, 192 and 512 px and a favicon.ico that wraps the 32 px PNG.
 * Dependency-free (node:zlib only) so the icons can be regenerated anywhere: `npx tsx scripts/make-icons.ts`.
 * The picture matches public/icon.svg: a navy tile with two white columns (source and target) joined by a bar.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const NAVY = [0x15, 0x24, 0x3d, 0xff];
const WHITE = [0xff, 0xff, 0xff, 0xff];
const GOLD = [0xf0, 0xb4, 0x00, 0xff];
const CLEAR = [0, 0, 0, 0];

/** Colour of pixel (x, y) in a 32-unit design grid, scaled to any size. */
function colourAt(u: number, v: number): number[] {
  const r = 6; // corner radius of the tile
  const cx = u < r ? r : u > 32 - r ? 32 - r : u;
  const cy = v < r ? r : v > 32 - r ? 32 - r : v;
  if ((u - cx) ** 2 + (v - cy) ** 2 > r * r) return CLEAR;
  if (v >= 14.5 && v < 17.5 && u >= 8 && u < 24) return GOLD;
  if (v >= 7 && v < 25 && ((u >= 7 && u < 13) || (u >= 19 && u < 25))) return WHITE;
  return NAVY;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function iconPng(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let x = 0; x < size; x++) {
      const colour = colourAt(((x + 0.5) * 32) / size, ((y + 0.5) * 32) / size);
      row.set(colour, 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An ICO file holding one PNG image (allowed since Windows Vista; every current browser reads it). */
export function icoFromPng(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size >= 256 ? 0 : size, 6);
  header.writeUInt8(size >= 256 ? 0 : size, 7);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(22, 18); // offset of the image data
  return Buffer.concat([header, png]);
}

const out = path.join(process.cwd(), 'public');
fs.mkdirSync(out, { recursive: true });
for (const size of [192, 512]) fs.writeFileSync(path.join(out, `icon-${size}.png`), iconPng(size));
fs.writeFileSync(path.join(out, 'favicon.ico'), icoFromPng(iconPng(32), 32));
