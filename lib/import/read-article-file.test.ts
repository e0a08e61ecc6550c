import { describe, expect, it } from 'vitest';
import { checkLanguage } from './check-language';
import { ImportError, type ImportErrorCode } from './import-error';
import { plainTextToParagraphs } from './plain-text-to-paragraphs';
import { articleFileKind, decodeTextBytes, readArticleFile } from './read-article-file';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function expectImportError(fn: () => unknown, code: ImportErrorCode) {
  let caught: unknown;
  try {
    await fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ImportError);
  expect((caught as ImportError).code).toBe(code);
  expect((caught as ImportError).userMessage).not.toBe('');
}

describe('plainTextToParagraphs', () => {
  it.each([
    // Line breaks inside a paragraph stay for the segmenter (it joins soft breaks, keeps caption/credit lines apart).
    [
      'blank lines separate paragraphs; lines inside are kept',
      'First line\nsame para.\n\n\nSecond.\r\n\r\nThird.',
      ['First line\nsame para.', 'Second.', 'Third.'],
    ],
    [
      'a caption and its credit keep their own lines',
      'Caption of the photo.\n  (Yonhap)  \nCaption of the photo.\n\nBody.',
      ['Caption of the photo.\n(Yonhap)\nCaption of the photo.', 'Body.'],
    ],
    ['no blank lines: one paragraph per line', '첫 문단.\n둘째 문단.\r\n셋째.', ['첫 문단.', '둘째 문단.', '셋째.']],
    ['whitespace-only lines count as blank, full-width spaces too', 'a\n \t\nb\n\u3000\nc', ['a', 'b', 'c']],
    ['BOM, tabs and runs of spaces collapse', '\uFEFF  x\t\ty  ', ['x y']],
    ['empty', '  \n\n ', []],
  ])('%s', (_name, input, expected) => {
    expect(plainTextToParagraphs(input)).toEqual(expected);
  });
});

describe('readArticleFile', () => {
  it('dispatches by extension and content type', async () => {
    expect(articleFileKind('a.TXT')).toBe('text');
    expect(articleFileKind('story.htm')).toBe('html');
    expect(articleFileKind('upload', 'text/html; charset=utf-8')).toBe('html');
    await expectImportError(() => articleFileKind('scan.pdf', 'application/pdf'), 'UNSUPPORTED_FILE_TYPE');
  });

  it('reads a .txt file: a short first paragraph is the headline', async () => {
    expect(await readArticleFile({ fileName: 'a.txt', bytes: utf8('반도체 수출 최대\n\n본문 첫 문단.\n\n둘째 문단.') })).toEqual({
      title: '반도체 수출 최대',
      paragraphs: ['본문 첫 문단.', '둘째 문단.'],
    });
  });

  it('reads an .html file through extractArticle', async () => {
    const html =
      '<html lang="en"><body><article><h1>Budget passes</h1><p>The National Assembly passed the budget on Monday after long talks.</p></article></body></html>';
    expect(await readArticleFile({ fileName: 'a.html', bytes: utf8(html) })).toMatchObject({ title: 'Budget passes', lang: 'en' });
  });

  it.each<[string, Uint8Array, ImportErrorCode]>([
    ['empty file', new Uint8Array(0), 'EMPTY_INPUT'],
    ['whitespace only', utf8(' \n\t '), 'EMPTY_INPUT'],
    ['NUL bytes (binary)', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14]), 'BINARY_INPUT'],
    ['invalid UTF-8', Uint8Array.from([0x48, 0x69, 0xc3, 0x28, 0xff]), 'INVALID_UTF8'],
    ['EUC-KR bytes', Uint8Array.from([0xc7, 0xd1, 0xb1, 0xdb]), 'INVALID_UTF8'],
    ['control characters', utf8('abc\u0001\u0002def'), 'BINARY_INPUT'],
  ])('refuses %s', async (_name, bytes, code) => {
    await expectImportError(() => readArticleFile({ fileName: 'x.txt', bytes }), code);
  });

  it('refuses a file over the size cap', async () => {
    await expectImportError(() => decodeTextBytes(new Uint8Array(11), 10), 'INPUT_TOO_LARGE');
  });

  it('accepts UTF-16 text with a BOM', () => {
    const bytes = Buffer.from('\uFEFF한국어 본문', 'utf16le');
    expect(decodeTextBytes(bytes)).toBe('한국어 본문');
  });
});

describe('checkLanguage', () => {
  const ko = '정부는 1일 반도체 수출이 역대 최대를 기록했다고 밝혔다. LG와 AI 서버 수요가 늘었다.';
  const en = 'South Korea said on Tuesday that chip exports hit a record high, led by Samsung and SK hynix (삼성).';

  it.each([
    ['Korean in the Korean box', ko, 'ko', true, 'ko'],
    ['English in the English box', en, 'en', true, 'en'],
    ['Korean in the English box', ko, 'en', false, 'ko'],
    ['English in the Korean box', en, 'ko-KR', false, 'en'],
    ['half and half', '한국어 문장입니다 그리고 이것도 and this is English text here', 'en', false, 'mixed'],
    ['too short to tell', 'OK 네', 'ko', true, 'unknown'],
  ])('%s', (_name, text, expected, ok, detected) => {
    const result = checkLanguage(text, expected);
    expect(result).toMatchObject({ ok, detected });
    expect(result.warning === undefined).toBe(ok && detected !== 'unknown');
  });

  it('names the box in its warning', () => {
    expect(checkLanguage(ko, 'en').warning).toBe('This text looks Korean, but it is in the English box.');
  });
});

describe('decodeTextBytes and the text boundary (decision 018)', () => {
  const utf16le = (text: string) => {
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    return bytes;
  };

  it('refuses a UTF-16 file with a NUL character far past its first 4,096 characters', () => {
    expect(() => decodeTextBytes(utf16le(`${'가'.repeat(5000)}\u0000끝`))).toThrow(expect.objectContaining({ code: 'BINARY_INPUT' }));
  });

  it('refuses a UTF-16 file with a lone surrogate', () => {
    expect(() => decodeTextBytes(utf16le('abc\ud800def'))).toThrow(expect.objectContaining({ code: 'INVALID_UTF8' }));
  });

  it('reads a clean UTF-16 file', () => {
    expect(decodeTextBytes(utf16le('부산항 😀'))).toBe('부산항 😀');
  });
});
