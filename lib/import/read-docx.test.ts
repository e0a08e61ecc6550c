import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxParts, makeDocx } from './testing/docx-fixtures';
import { ImportError, type ImportErrorCode } from './import-error';
import { articleFileKind, readArticleFile } from './read-article-file';
import { MAX_DOCX_MARKUP, MAX_DOCX_UNPACKED_BYTES, unpackDocx } from './read-docx';
import { zipWithZeros } from './testing/zip-bomb-fixtures';
import { MAX_INFLATED_PER_PUSH, newInflateMeter } from './zip-directory';

async function importErrorOf(run: () => Promise<unknown>): Promise<ImportError> {
  const caught = await run().then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(caught).toBeInstanceOf(ImportError);
  return caught as ImportError;
}

const readDocx = (bytes: Uint8Array, fileName = 'story.docx') => readArticleFile({ fileName, bytes });

/** Rewrites fields of every central-directory record (what a hostile archive would lie about). */
function patchCentral(bytes: Uint8Array, patch: (view: DataView, record: number, name: string) => void): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const eocd = out.length - 22;
  let p = view.getUint32(eocd + 16, true);
  for (let i = 0; i < view.getUint16(eocd + 10, true); i += 1) {
    patch(view, p, new TextDecoder().decode(out.subarray(p + 46, p + 46 + view.getUint16(p + 28, true))));
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}

describe('readArticleFile: .docx', () => {
  it('recognises .docx by extension and by content type', () => {
    expect(articleFileKind('기사.DOCX')).toBe('docx');
    expect(articleFileKind('upload', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('docx');
  });

  it('reads a Korean .docx: the short first paragraph is the headline', async () => {
    const bytes = makeDocx([
      '반도체 수출 역대 최대',
      '정부는 1일 반도체 수출이 역대 최대를 기록했다고 밝혔다.',
      '수출은 전년보다 20% 늘었다.',
    ]);
    expect(await readDocx(bytes, '기사.ko.docx')).toEqual({
      title: '반도체 수출 역대 최대',
      paragraphs: ['정부는 1일 반도체 수출이 역대 최대를 기록했다고 밝혔다.', '수출은 전년보다 20% 늘었다.'],
    });
  });

  it('reads an English .docx, keeping escaped characters and words around line breaks apart', async () => {
    const bytes = makeDocx([
      'Chip exports hit a record',
      'Exports rose 20% at Samsung & SK hynix,\nthe ministry said <Tuesday>.',
      'Second paragraph.',
    ]);
    expect(await readDocx(bytes)).toEqual({
      title: 'Chip exports hit a record',
      paragraphs: ['Exports rose 20% at Samsung & SK hynix, the ministry said <Tuesday>.', 'Second paragraph.'],
    });
  });

  it('refuses a .docx with no text', async () => {
    expect((await importErrorOf(() => readDocx(makeDocx([])))).code).toBe('EMPTY_INPUT');
  });
});

describe('readArticleFile: hostile and broken .docx files', () => {
  it('refuses a docx bomb that declares more than 20 MB, before inflating anything', async () => {
    const bomb = zipWithZeros(docxParts(['Title', 'Body.']), 'word/media/zeros.bin', MAX_DOCX_UNPACKED_BYTES);
    expect(bomb.length).toBeLessThan(200 * 1024); // a small upload that unpacks to 20 MB
    const meter = newInflateMeter();
    expect(() => unpackDocx(bomb, meter)).toThrow(expect.objectContaining({ code: 'DOCX_TOO_LARGE' }) as ImportError);
    expect(meter).toEqual(newInflateMeter()); // not one entry read
    const error = await importErrorOf(() => readDocx(bomb));
    expect(error.code).toBe('DOCX_TOO_LARGE');
    expect(error.userMessage).toMatch(/unpacks to more than 20 MB/);
  });

  it('stops a docx bomb that lies about its size after a bounded amount of work (counted, not timed)', async () => {
    const BOMB = 64 * 1024 * 1024;
    const lying = zipWithZeros(docxParts(['Title', 'Body.']), 'word/media/zeros.bin', BOMB, 1000); // declares 1000 bytes
    const meter = newInflateMeter();
    expect(() => unpackDocx(lying, meter)).toThrow(expect.objectContaining({ code: 'DOCX_TOO_LARGE' }) as ImportError);
    expect(meter.bytesInflated).toBeLessThanOrEqual(MAX_DOCX_UNPACKED_BYTES + MAX_INFLATED_PER_PUSH);
    expect(meter.bytesInflated).toBeLessThan(BOMB / 4);
    expect((await importErrorOf(() => readDocx(lying))).code).toBe('DOCX_TOO_LARGE');
  });

  it('refuses a zip that is not a Word document (no word/document.xml)', async () => {
    const error = await importErrorOf(() => readDocx(zipSync({ 'story.txt': strToU8('Just a zipped text file.') })));
    expect(error.code).toBe('DOCX_NOT_WORD');
    expect(error.userMessage).toMatch(/not a Word \(\.docx\) document/);
  });

  it.each<[string, Uint8Array, ImportErrorCode]>([
    ['text renamed to .docx', strToU8('Not a zip at all, just text.'), 'DOCX_NOT_WORD'],
    ['an old .doc / encrypted Office file (OLE)', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'DOCX_NOT_WORD'],
    ['a truncated docx', makeDocx(['Title', 'Body.']).subarray(0, 200), 'DOCX_DAMAGED'],
    [
      'a docx whose document.xml is not XML',
      zipSync({ ...docxParts([]), 'word/document.xml': strToU8('<w:document><w:body><w:p>') }),
      'DOCX_DAMAGED',
    ],
    ['an empty file', new Uint8Array(0), 'EMPTY_INPUT'],
  ])('refuses %s', async (_name, bytes, code) => {
    expect((await importErrorOf(() => readDocx(bytes))).code).toBe(code);
  });

  it('refuses a docx with a damaged part (checksum mismatch)', async () => {
    const stored = zipSync(docxParts(['Title', 'Body text here.']), { level: 0 });
    stored[Buffer.from(stored).indexOf('Body text')] ^= 0xff;
    expect((await importErrorOf(() => readDocx(stored))).code).toBe('DOCX_DAMAGED');
  });

  it('refuses encrypted parts and unsafe part names', async () => {
    const encrypted = patchCentral(makeDocx(['Title', 'Body.']), (view, p) => view.setUint16(p + 8, view.getUint16(p + 8, true) | 1, true));
    expect((await importErrorOf(() => readDocx(encrypted))).code).toBe('DOCX_UNSUPPORTED');
    const traversal = zipSync({ ...docxParts(['Title', 'Body.']), '../evil.xml': strToU8('<x/>') });
    expect((await importErrorOf(() => readDocx(traversal))).code).toBe('DOCX_UNSUPPORTED');
  });

  it('refuses a small docx that packs more markup than the import limit (a DOM bomb) before mammoth parses it', async () => {
    const dense = zipSync({
      ...docxParts([]),
      'word/document.xml': strToU8(`<w:document><w:body>${'<w:p/>'.repeat(MAX_DOCX_MARKUP)}</w:body></w:document>`),
    });
    expect(dense.length).toBeLessThan(10 * 1024);
    expect(() => unpackDocx(dense)).toThrow(expect.objectContaining({ code: 'DOCX_TOO_LARGE' }) as ImportError); // unpackDocx runs before mammoth
    expect((await importErrorOf(() => readDocx(dense))).code).toBe('DOCX_TOO_LARGE');
  });

  it('refuses a docx with too many parts before reading them', () => {
    const parts = docxParts(['Title', 'Body.']);
    for (let i = 0; i < 1001; i += 1) parts[`customXml/item${i}.xml`] = new Uint8Array(0);
    expect(() => unpackDocx(zipSync(parts))).toThrow(expect.objectContaining({ code: 'DOCX_TOO_LARGE' }) as ImportError);
  });

  it("caps a docx's text like a .txt file", async () => {
    const paragraphs = Array.from({ length: 200 }, () => 'Exports rose for the tenth month as chip demand grew. '.repeat(200)); // 2.16 M characters
    const error = await importErrorOf(() => readDocx(makeDocx(paragraphs)));
    expect(error.code).toBe('INPUT_TOO_LARGE');
  });
});
