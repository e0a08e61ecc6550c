import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectChunks } from './chunked-output';
import { FormatError, type FormatErrorCode } from './format-error';
import { readTmx, readTmxStream, type TmxReadOptions } from './tmx-reader';
import { writeTmx } from './tmx-writer';
import type { ExportUnit } from './export-unit';
import { SAMPLE_UNITS } from './testing/sample-units';
import { fixturesDir, lisaKitDir, lisaKitFiles, warnSkip } from './testing/xml-tools';

const hostile = (name: string) => readFileSync(path.join(fixturesDir, 'hostile', name));
const lisa = (name: string) => readFileSync(path.join(lisaKitDir, name));
const kitFiles = lisaKitFiles();
if (kitFiles.length === 0) warnSkip('LISA TMX compliance kit import', `${lisaKitDir} is absent`);

async function exported(units: ExportUnit[]): Promise<string> {
  return collectChunks(writeTmx(units, { srclang: 'ko-KR', creationToolVersion: 't' }));
}

async function expectFormatError(input: Parameters<typeof readTmx>[0], code: FormatErrorCode, options?: TmxReadOptions) {
  const error = await readTmx(input, options).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FormatError);
  expect((error as FormatError).code).toBe(code);
  expect((error as FormatError).userMessage.length).toBeGreaterThan(10);
}

/** Splits bytes into small pieces so multi-byte characters and tags straddle chunk boundaries. */
function* pieces(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const le = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
  if (endian === 'le') return le;
  const be = Buffer.from(le);
  for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1], be[i]];
  return be;
}

describe('readTmx round trip', () => {
  it('readTmx(writeTmx(units)) gives the same texts and metadata', async () => {
    const { units, errors } = await readTmx(await exported(SAMPLE_UNITS));
    expect(errors).toEqual([]);
    expect(units.map(({ position: _p, ...rest }) => rest)).toEqual(SAMPLE_UNITS.map((u) => ({ ...u, tuid: u.tuid })));
  });

  it.each([
    ['UTF-8 bytes in 7-byte pieces', (xml: string) => pieces(Buffer.from(xml, 'utf8'), 7)],
    ['UTF-8 with BOM', (xml: string) => Buffer.from('\uFEFF' + xml, 'utf8')],
    ['UTF-16 LE with BOM in 3-byte pieces', (xml: string) => pieces(utf16(xml, 'le', true), 3)],
    ['UTF-16 BE with BOM', (xml: string) => utf16(xml, 'be', true)],
    ['UTF-16 LE without BOM', (xml: string) => utf16(xml.replace('UTF-8', 'UTF-16'), 'le', false)],
    ['UTF-16 BE without BOM', (xml: string) => utf16(xml.replace('UTF-8', 'UTF-16'), 'be', false)],
  ])('reads %s', async (_name, encode) => {
    const { units } = await readTmx(encode(await exported(SAMPLE_UNITS)));
    expect(units.map((u) => [u.sourceText, u.targetText])).toEqual(SAMPLE_UNITS.map((u) => [u.sourceText, u.targetText]));
  });

  it('yields units as it goes (streaming)', async () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({ ...SAMPLE_UNITS[0], tuid: `t${i}` }));
    const bytes = Buffer.from(await exported(many));
    let read = 0;
    async function* source() {
      for (const piece of pieces(bytes, 4096)) {
        read += piece.length;
        yield piece;
      }
    }
    const stream = readTmxStream(source());
    const first = await stream.next();
    expect(first.value?.kind).toBe('header');
    const second = await stream.next();
    expect(second.value?.kind).toBe('unit');
    expect(read).toBeLessThan(bytes.length / 10);
  });
});

describe('readTmx on what other tools write', () => {
  it('matches languages case-insensitively and by primary subtag, reports a tu without xml:lang and imports the rest', async () => {
    const { units, errors, skipped } = await readTmx(hostile('missing-lang.tmx'), { sourceLang: 'ko', targetLang: 'EN' });
    expect(units.map((u) => u.tuid ?? `#${u.position}`)).toEqual(['first', '#3', 'last']);
    expect(units[0]).toMatchObject({ sourceLang: 'ko', targetLang: 'EN-gb', sourceText: '첫 문장.', targetText: 'First sentence.' });
    expect(units[1]).toMatchObject({ sourceLang: 'ko-kr', sourceText: '옛 lang 속성.' });
    expect(units[2]).toMatchObject({ sourceText: '마지막 강조 문장.', targetText: 'Last bold sentence.' });
    expect(skipped).toBe(2);
    expect(errors.map((e) => [e.code, e.tuid, e.position])).toEqual([
      ['MISSING_LANG', 'no-lang', 2],
      ['MISSING_LANG', null, 4],
    ]);
    expect(errors[0].message).toContain('tuid "no-lang"');
    expect(errors[0].tuv).toBeGreaterThan(0); // the interface names the <tuv> from this, in the reader's language
  });

  it('takes the header srclang as source when no language is asked for', async () => {
    const { units } = await readTmx(hostile('missing-lang.tmx'));
    expect(units[0]).toMatchObject({ sourceLang: 'ko', targetLang: 'EN-gb' });
  });

  it('skips a segment over the size cap with a problem, not a crash', async () => {
    const big = { ...SAMPLE_UNITS[0], sourceText: 'x'.repeat(5000) };
    const { units, errors } = await readTmx(await exported([big, SAMPLE_UNITS[1]]), { maxSegmentChars: 1000 });
    expect(units).toHaveLength(1);
    expect(errors[0].code).toBe('SEGMENT_TOO_LARGE');
  });
});

describe('readTmx refuses hostile input with a typed error', () => {
  it.each<[string, Parameters<typeof readTmx>[0], FormatErrorCode]>([
    ['an empty file', new Uint8Array(0), 'EMPTY_FILE'],
    ['a whitespace-only file', '  \n\t ', 'EMPTY_FILE'],
    ['binary garbage (invalid UTF-8)', Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256), 'BAD_ENCODING'],
    ['NUL bytes in valid UTF-8', Buffer.from('<tmx version="1.4">\u0000\u0000</tmx>'), 'MALFORMED_XML'],
    ['an XXE file', hostile('xxe.tmx'), 'DTD_ENTITIES_FORBIDDEN'],
    ['a billion-laughs file', hostile('billion-laughs.tmx'), 'DTD_ENTITIES_FORBIDDEN'],
    ['an undeclared entity (&nbsp;)', '<tmx version="1.4"><body>&nbsp;</body></tmx>', 'MALFORMED_XML'],
    ['an XLIFF file', '<?xml version="1.0"?><xliff version="1.2"/>', 'NOT_TMX'],
    ['a truncated file', '<tmx version="1.4"><header', 'MALFORMED_XML'],
    ['an unknown encoding', Buffer.from('<?xml version="1.0" encoding="x-klingon"?><tmx/>'), 'BAD_ENCODING'],
  ])('%s', async (_name, input, code) => {
    await expectFormatError(input, code);
  });

  it('a file over the byte cap', async () => {
    await expectFormatError(await exported(SAMPLE_UNITS), 'INPUT_TOO_LARGE', { maxBytes: 500 });
  });

  it('elements nested too deeply', async () => {
    const deep = `<tmx version="1.4"><body><tu><tuv xml:lang="en"><seg>${'<hi>'.repeat(200)}x${'</hi>'.repeat(200)}</seg></tuv></tu></body></tmx>`;
    await expectFormatError(deep, 'NESTING_TOO_DEEP');
  });
});

describe.skipIf(kitFiles.length === 0)('LISA TMX compliance kit (../shared/tmx)', () => {
  it('imports every file without a whole-file error', async () => {
    for (const name of kitFiles) {
      const result = await readTmx(lisa(name)).catch((e: unknown) => e);
      expect(result, name).not.toBeInstanceOf(Error);
    }
  });

  it.each([
    ['ImportTest1A.tmx', 'UTF-16 LE with BOM'],
    ['ImportTest1F.tmx', 'UTF-16 LE with BOM'],
    ['ImportTest1G.tmx', 'UTF-16 BE with BOM'],
    ['ImportTest1D.tmx', 'UTF-8 with BOM'],
    ['ImportTest1H.tmx', 'us-ascii with character references'],
  ])('%s (%s) gives units with text', async (name) => {
    const { units, errors } = await readTmx(lisa(name));
    expect(errors).toEqual([]);
    expect(units.length).toBeGreaterThan(0);
    expect(units.every((u) => u.sourceText.length > 0)).toBe(true);
  });

  it('ImportTest1D/1H: character references and literal characters give the same text', async () => {
    const [d, h] = await Promise.all([readTmx(lisa('ImportTest1D.tmx')), readTmx(lisa('ImportTest1H.tmx'))]);
    expect(d.units[0].sourceText).toBe('à=agrave, é=eacute, æ=aelig');
    expect(h.units[0].sourceText).toBe(d.units[0].sourceText);
  });

  it('ImportTest1B: odd whitespace and xml:lang="eN-uS"', async () => {
    const { units } = await readTmx(lisa('ImportTest1B.tmx'), { sourceLang: 'en-US' });
    expect(units[0].sourceText).toBe('Text of the segment');
  });

  it('ImportTest1J_many: source en-us, target en-gb imports only the entries that have both', async () => {
    const { units } = await readTmx(lisa('ImportTest1J_many.tmx'), { sourceLang: 'en-us', targetLang: 'en-gb' });
    expect(units.map((u) => u.targetText)).toEqual(['First entry in UK English', 'Second entry in UK English']);
  });

  it('ImportTest1L: notes and props of the tu and the chosen tuvs, and the header, are read back', async () => {
    const { header, units } = await readTmx(lisa('ImportTest1L.tmx'), { sourceLang: 'en-us', targetLang: 'fr' });
    expect(header?.notes).toEqual(['Text of header note 1', 'Text of header note 2']);
    expect(header?.attributes.srclang).toBe('en-us');
    expect(units[0].notes.slice(0, 3)).toEqual(['Text of tu note 1', 'Text of tu note 2', 'Text of tuv en note 1']);
    expect(units[0].props).toEqual({ myPropeType: 'Data' });
    expect(units[0].created?.toISOString()).toBe('2002-05-23T09:12:00.000Z');
    expect(units[0].creator).toBe('ys');
  });

  it('ImportTest2A: inline codes are reduced to plain text', async () => {
    const { units } = await readTmx(lisa('ImportTest2A.tmx'));
    expect(units[0].sourceText).toBe('The big black cat sleeps.');
    expect(units[0].targetText).toBe('Le gros chat noir dors.');
  });
});
