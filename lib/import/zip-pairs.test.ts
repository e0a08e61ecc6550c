import { strFromU8, strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeDocx } from './testing/docx-fixtures';
import { zipWithZeros } from './testing/zip-bomb-fixtures';
import { INFLATE_PUSH_BYTES, MAX_INFLATED_PER_PUSH, newInflateMeter } from './zip-directory';
import { MAX_ZIP_BYTES, MAX_ZIP_PAIRS, readZipPairs, ZipError, type ZipErrorCode } from './zip-pairs';

const text = (s: string) => strToU8(s);
const zip = (files: Zippable, level: 0 | 6 = 6) => zipSync(files, { level });
const zipError = (code: ZipErrorCode, message?: RegExp) =>
  expect.objectContaining({ code, ...(message ? { message: expect.stringMatching(message) } : {}) }) as ZipError;

/** Rewrites fields of every central-directory record (what a hostile archive would lie about). */
function patchCentral(bytes: Uint8Array, patch: (view: DataView, record: number) => void): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const eocd = out.length - 22;
  let p = view.getUint32(eocd + 16, true);
  for (let i = 0; i < view.getUint16(eocd + 10, true); i += 1) {
    patch(view, p);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}

describe('readZipPairs: pairing by name', () => {
  it('pairs .ko/.en suffixes, _ko/_en suffixes and ko/ en/ folders at any depth, mixing .txt and .html', () => {
    const result = readZipPairs(
      zip({
        'strike.ko.txt': text('부산항 파업'),
        'strike.en.html': text('<p>Port strike</p>'),
        desk: { politics: { 'Vote_KO.TXT': text('투표'), 'vote_en.htm': text('<p>Vote</p>') } },
        batch: { ko: { 'rates.html': text('<p>금리</p>') }, EN: { 'rates.txt': text('Rates') } },
      }),
    );
    expect(result.errors).toEqual([]);
    expect(result.pairs.map((p) => [p.name, p.korean.fileName, p.english.fileName])).toEqual([
      ['batch/rates', 'batch/ko/rates.html', 'batch/EN/rates.txt'],
      ['desk/politics/Vote', 'desk/politics/Vote_KO.TXT', 'desk/politics/vote_en.htm'],
      ['strike', 'strike.ko.txt', 'strike.en.html'],
    ]);
    expect(strFromU8(result.pairs[2].korean.bytes)).toBe('부산항 파업');
    expect(strFromU8(result.pairs[2].english.bytes)).toBe('<p>Port strike</p>');
  });

  it('pairs .ko.docx with .en.docx and hands each Word file over whole', () => {
    const korean = makeDocx(['부산항 파업', '부산항 노조가 파업에 들어갔다.']);
    const english = makeDocx(['Port strike', 'Busan port workers went on strike.']);
    const result = readZipPairs(zip({ 'strike.ko.docx': korean, 'strike.en.DOCX': english }));
    expect(result.errors).toEqual([]);
    expect(result.pairs.map((p) => [p.name, p.korean.fileName, p.english.fileName])).toEqual([
      ['strike', 'strike.ko.docx', 'strike.en.DOCX'],
    ]);
    expect(result.pairs[0].korean.bytes).toEqual(korean);
  });

  it('pairs files that use both conventions at once, the suffix deciding the language', () => {
    const result = readZipPairs(
      zip({ ko: { 'a.ko.txt': text('가') }, en: { 'a.en.txt': text('A'), 'b.ko.txt': text('나') }, 'b_en.txt': text('B') }),
    );
    expect(result.errors).toEqual([]);
    expect(result.pairs.map((p) => [p.name, p.korean.fileName, p.english.fileName])).toEqual([
      ['a', 'ko/a.ko.txt', 'en/a.en.txt'],
      ['b', 'en/b.ko.txt', 'b_en.txt'],
    ]);
  });

  it('reads stored (uncompressed) entries and pairs Hangul names whatever their Unicode normalization', () => {
    const nfd = '기사'.normalize('NFD');
    const result = readZipPairs(zip({ [`${nfd}.ko.txt`]: text('본문'), '기사.en.txt': text('Body') }, 0));
    expect(result.pairs.map((p) => p.name)).toEqual(['기사']);
    expect(strFromU8(result.pairs[0].korean.bytes)).toBe('본문');
  });

  it('ignores folders, __MACOSX, dotfiles and Thumbs.db', () => {
    const result = readZipPairs(
      zip({
        'a.ko.txt': text('가'),
        'a.en.txt': text('A'),
        __MACOSX: { '._a.ko.txt': text('junk') },
        '.DS_Store': text('junk'),
        '.git': { config: text('x') },
        'Thumbs.db': text('x'),
        empty: {},
      }),
    );
    expect(result).toMatchObject({ pairs: [{ name: 'a' }], errors: [] });
  });

  it('turns unpaired, unsupported, unmarked and duplicate files into per-file errors; the good pairs still come out', () => {
    const result = readZipPairs(
      zip({
        'good.ko.txt': text('좋은'),
        'good.en.txt': text('Good'),
        'lonely.ko.html': text('<p>혼자</p>'),
        'en/orphan.txt': text('Orphan'),
        'report.ko.pdf': text('x'),
        'notes.txt': text('which language?'),
        'twice.ko.txt': text('하나'),
        'twice.ko.html': text('둘'),
        'twice.en.txt': text('One'),
      }),
    );
    expect(result.pairs.map((p) => p.name)).toEqual(['good']);
    expect(result.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^en\/orphan\.txt: no Korean partner \(expected orphan\.ko\.txt/),
      expect.stringMatching(/^lonely\.ko\.html: no English partner \(expected lonely\.en\.txt, \.html or \.docx/),
      expect.stringMatching(/^notes\.txt: cannot tell whether it is Korean or English/),
      expect.stringMatching(/^report\.ko\.pdf: only \.txt, \.html and \.docx files can be imported \(this is \.pdf\)/),
      expect.stringMatching(/^twice: more than one Korean file \(twice\.ko\.(txt|html), twice\.ko\.(txt|html)\)/),
    ]);
  });

  it('reports a damaged entry as an error for its pair only', () => {
    const good = zip({ 'a.ko.txt': text('가나다'), 'a.en.txt': text('ABC'), 'b.ko.txt': text('라마바'), 'b.en.txt': text('DEF') }, 0);
    const damaged = good.slice();
    damaged[Buffer.from(good).indexOf('DEF')] ^= 0xff; // inside b.en.txt's stored data
    const result = readZipPairs(damaged);
    expect(result.pairs.map((p) => p.name)).toEqual(['a']);
    expect(result.errors).toEqual([
      {
        name: 'b',
        message: 'b: b.en.txt could not be read: the zip entry is damaged (checksum mismatch).',
        text: { code: 'unreadable', params: { name: 'b', file: 'b.en.txt' } },
      },
    ]);
  });
});

describe('readZipPairs: hostile and broken archives', () => {
  it('refuses a file that is not a zip, and a truncated zip', () => {
    expect(() => readZipPairs(text('english_url,korean_url\nhttp://a,http://b\n'))).toThrow(zipError('NOT_A_ZIP'));
    expect(() => readZipPairs(new Uint8Array(0))).toThrow(zipError('NOT_A_ZIP'));
    const whole = zip({ 'a.ko.txt': text('가'), 'a.en.txt': text('A') });
    expect(() => readZipPairs(whole.subarray(0, whole.length - 30))).toThrow(zipError('CORRUPT_ZIP', /damaged or incomplete/));
  });

  it('refuses an empty zip and one with nothing importable', () => {
    expect(() => readZipPairs(zip({}))).toThrow(zipError('NO_ARTICLE_FILES'));
    expect(() => readZipPairs(zip({ __MACOSX: { x: text('x') }, '.DS_Store': text('x') }))).toThrow(zipError('NO_ARTICLE_FILES'));
  });

  it.each(['../evil.ko.txt', 'desk/../../evil.ko.txt', '..\\evil.ko.txt', '/etc/evil.ko.txt', 'C:/evil.ko.txt'])(
    'refuses the path traversal name %s',
    (name) => {
      expect(() => readZipPairs(zip({ [name]: text('x'), 'evil.en.txt': text('x') }))).toThrow(zipError('UNSAFE_PATH'));
    },
  );

  it('stops a zip bomb that lies about its size after a bounded amount of work (counted, not timed)', () => {
    const BOMB = 64 * 1024 * 1024;
    const bomb = zipWithZeros({ 'a.en.txt': text('A') }, 'a.ko.txt', BOMB, 1000); // declares 1000 bytes
    const meter = newInflateMeter();
    expect(() => readZipPairs(bomb, meter)).toThrow(zipError('SIZE_MISMATCH', /more data than the zip declares/));
    expect(meter.compressedBytesRead).toBeLessThanOrEqual(INFLATE_PUSH_BYTES); // stopped within the first push
    expect(meter.bytesInflated).toBeLessThanOrEqual(1000 + MAX_INFLATED_PER_PUSH);
    expect(meter.bytesInflated).toBeLessThan(BOMB / 8);
  });

  it('refuses a zip that declares more than 200 MB in total before inflating anything', () => {
    const files: Zippable = {};
    for (let i = 0; i < 60; i += 1) Object.assign(files, { [`${i}.ko.txt`]: text('가'), [`${i}.en.txt`]: text('A') });
    const huge = patchCentral(zip(files), (view, p) => view.setUint32(p + 24, 2 * 1024 * 1024 - 1, true));
    expect(() => readZipPairs(huge)).toThrow(zipError('ZIP_TOO_LARGE', /unpacks to 240 MB/));
  });

  it('reports an entry over 2 MB as an error for its pair without inflating it', () => {
    const result = readZipPairs(
      zip({
        'big.ko.txt': new Uint8Array(2 * 1024 * 1024 + 1).fill(0x41),
        'big.en.txt': text('A'),
        'ok.ko.txt': text('가'),
        'ok.en.txt': text('A'),
      }),
    );
    expect(result.pairs.map((p) => p.name)).toEqual(['ok']);
    expect(result.errors).toEqual([
      {
        name: 'big',
        message: 'big: big.ko.txt is larger than 2 MB.',
        text: { code: 'fileTooLarge', params: { name: 'big', file: 'big.ko.txt', mb: 2 } },
      },
    ]);
  });

  it('refuses more pairs than one batch may hold, and a zip over 50 MB', () => {
    const files: Zippable = {};
    for (let i = 0; i <= MAX_ZIP_PAIRS; i += 1) Object.assign(files, { [`${i}.ko.txt`]: text('가'), [`${i}.en.txt`]: text('A') });
    expect(() => readZipPairs(zip(files))).toThrow(zipError('TOO_MANY_PAIRS', /501 pairs/));
    expect(() => readZipPairs(new Uint8Array(MAX_ZIP_BYTES + 1))).toThrow(zipError('ZIP_TOO_LARGE'));
  });

  it('refuses password-protected entries per pair', () => {
    const locked = patchCentral(zip({ 'a.ko.txt': text('가'), 'a.en.txt': text('A') }), (view, p) =>
      view.setUint16(p + 8, view.getUint16(p + 8, true) | 1, true),
    );
    expect(readZipPairs(locked).errors).toEqual([
      {
        name: 'a',
        message: 'a: a.ko.txt could not be read: it is encrypted (password-protected zips are not supported).',
        text: { code: 'unreadable', params: { name: 'a', file: 'a.ko.txt' } },
      },
    ]);
  });
});
