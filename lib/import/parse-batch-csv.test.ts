import { describe, expect, it } from 'vitest';
import { ImportError } from './import-error';
import { MAX_BATCH_ROWS, parseBatchCsv, parseCsvRows } from './parse-batch-csv';

describe('parseCsvRows', () => {
  it('handles quotes, doubled quotes, commas and newlines inside quotes, CRLF and a BOM', () => {
    const text = '\uFEFFa,b,c\r\n"x, y","say ""hi""","two\nlines"\r\nlast,,\n';
    expect(parseCsvRows(text)).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['x, y', 'say "hi"', 'two\nlines'] },
      { line: 4, fields: ['last', '', ''] },
    ]);
  });

  it('skips blank lines and refuses an unterminated quote, naming its line', () => {
    expect(parseCsvRows('a\n\n\nb\n').map((r) => r.line)).toEqual([1, 4]);
    expect(() => parseCsvRows('a,b\n1,"open\n2,3\n')).toThrow(
      expect.objectContaining({ code: 'CSV_UNTERMINATED_QUOTE', message: expect.stringContaining('line 2') }) as ImportError,
    );
  });
});

describe('parseBatchCsv', () => {
  const header = 'english_url,korean_url,title\n';

  it('reads URL pairs with optional titles, in any column order', () => {
    const text = 'Title,Korean_URL,English_URL\n"Chips, again",https://www.hani.co.kr/arti/1.html,https://english.hani.co.kr/arti/1.html\n';
    expect(parseBatchCsv(text)).toEqual({
      items: [
        {
          line: 2,
          englishUrl: 'https://english.hani.co.kr/arti/1.html',
          koreanUrl: 'https://www.hani.co.kr/arti/1.html',
          title: 'Chips, again',
        },
      ],
      errors: [],
    });
  });

  it('treats an empty korean_url as "discover the original"', () => {
    const { items } = parseBatchCsv('english_url,korean_url\nhttps://en.yna.co.kr/view/AEN1,\n');
    expect(items[0]).toMatchObject({ koreanUrl: null, title: null });
  });

  it('reports bad rows with their line numbers and imports the rest', () => {
    const text =
      header +
      'https://english.hani.co.kr/arti/1.html,https://www.hani.co.kr/arti/1.html,ok\n' +
      'not a url,https://www.hani.co.kr/arti/2.html,\n' +
      'https://english.hani.co.kr/arti/3.html,ftp://www.hani.co.kr/3,\n' +
      ',https://www.hani.co.kr/arti/4.html,\n' +
      'https://english.hani.co.kr/arti/1.html,https://www.hani.co.kr/arti/5.html,\n' +
      'https://english.hani.co.kr/arti/6.html,https://www.hani.co.kr/arti/6.html,t,extra\n' +
      'https://english.hani.co.kr/arti/7.html,https://www.hani.co.kr/arti/7.html\n';
    const { items, errors } = parseBatchCsv(text);
    expect(items.map((i) => i.line)).toEqual([2, 8]);
    expect(errors).toEqual([
      {
        line: 3,
        message: 'Line 3: english_url "not a url" is not a valid web address.',
        text: { code: 'csvBadUrl', params: { line: 3, column: 'english_url', value: 'not a url' } },
      },
      {
        line: 4,
        message: 'Line 4: korean_url must start with http:// or https://.',
        text: { code: 'csvBadScheme', params: { line: 4, column: 'korean_url' } },
      },
      { line: 5, message: 'Line 5: english_url is empty.', text: { code: 'csvNoEnglishUrl', params: { line: 5 } } },
      { line: 6, message: 'Line 6: english_url repeats line 2.', text: { code: 'csvRepeated', params: { line: 6, first: 2 } } },
      {
        line: 7,
        message: 'Line 7: 4 fields but the header has 3.',
        text: { code: 'csvTooManyFields', params: { line: 7, fields: 4, columns: 3 } },
      },
    ]);
  });

  it.each([
    ['no header', ''],
    ['a header without korean_url', 'english_url,title\nhttps://a.example/1,x\n'],
  ])('refuses %s', (_name, text) => {
    expect(() => parseBatchCsv(text)).toThrow(expect.objectContaining({ code: 'CSV_MISSING_COLUMNS' }) as ImportError);
  });

  it('refuses more rows than one batch may hold', () => {
    const rows = Array.from({ length: MAX_BATCH_ROWS + 1 }, (_, i) => `https://e.example/${i},`).join('\n');
    expect(() => parseBatchCsv(header + rows)).toThrow(expect.objectContaining({ code: 'CSV_TOO_MANY_ROWS' }) as ImportError);
  });
});
