import { describe, expect, it } from 'vitest';
import { parseGlossaryFile } from '@/lib/formats/glossary-file';
import { parseCsvRows } from '@/lib/import/parse-batch-csv';
import { CsvSyntaxError, splitCsvRows } from './csv-rows';

// Issue 16 item 6: one CSV reader for batch files and glossary files (the glossary used to reach into the
// batch importer for it, and got the importer's error type).

describe('splitCsvRows', () => {
  it.each([
    [
      'plain',
      'a,b\n1,2\n',
      [
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['1', '2'] },
      ],
    ],
    ['quotes, doubled quotes and a comma inside', '"x, ""y""",z', [{ line: 1, fields: ['x, "y"', 'z'] }]],
    [
      'a newline inside quotes keeps the row on its first line',
      '"a\nb",c\nd,e',
      [
        { line: 1, fields: ['a\nb', 'c'] },
        { line: 3, fields: ['d', 'e'] },
      ],
    ],
    [
      'CRLF, CR and a BOM',
      '\uFEFFa,b\r\nc,d\re,f',
      [
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['c', 'd'] },
        { line: 3, fields: ['e', 'f'] },
      ],
    ],
    ['blank lines are skipped', '\n\na\n\n', [{ line: 3, fields: ['a'] }]],
    ['Hangul and markup stay as written', '한국어,<b>&amp;</b>', [{ line: 1, fields: ['한국어', '<b>&amp;</b>'] }]],
  ])('%s', (_name, text, expected) => {
    expect(splitCsvRows(text)).toEqual(expected);
  });

  it('names the line of a quote that is never closed', () => {
    expect(() => splitCsvRows('a\nb,"open\nc')).toThrow(CsvSyntaxError);
    expect(() => splitCsvRows('a\nb,"open\nc')).toThrow(/line 2/);
  });

  it('reads a hostile 1,000,000-quote line in one pass without splitting it', () => {
    const rows = splitCsvRows(`"${'""'.repeat(500_000)}",x`);
    expect(rows).toHaveLength(1);
    expect(rows[0].fields[0]).toHaveLength(500_000);
  });

  it('lets each caller say what a syntax error means for it', () => {
    expect(() => parseCsvRows('a,"b')).toThrow(expect.objectContaining({ code: 'CSV_UNTERMINATED_QUOTE' }));
    expect(() => parseGlossaryFile('source,target\n"open,x', { format: 'csv' })).toThrow(expect.objectContaining({ code: 'INVALID_ROW' }));
  });
});
