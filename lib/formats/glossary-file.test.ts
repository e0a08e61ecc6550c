import { describe, expect, it } from 'vitest';
import { FormatError } from './format-error';
import { GLOSSARY_FILE_LIMITS, glossaryKey, normalizeGlossaryTerm, parseGlossaryFile } from './glossary-file';

describe('parseGlossaryFile', () => {
  it('reads tab-separated pairs, trimming terms and skipping blank lines, comments and a header', () => {
    const file = parseGlossaryFile('\uFEFFsource\ttarget\n# desk terms\n한국은행 \t  Bank of Korea\n\n기준금리\tbase   rate\r\n');
    expect(file.format).toBe('tsv');
    expect(file.pairs).toEqual([
      { line: 3, source: '한국은행', target: 'Bank of Korea' },
      { line: 5, source: '기준금리', target: 'base rate' },
    ]);
    expect(file.rejected).toEqual([]);
  });

  it('reads CSV with quoted fields when the first line has no tab', () => {
    const file = parseGlossaryFile('ko,en\n"삼성전자","Samsung Electronics Co., Ltd."\n청와대,"the ""Blue House"""\n');
    expect(file.format).toBe('csv');
    expect(file.pairs.map((p) => [p.source, p.target])).toEqual([
      ['삼성전자', 'Samsung Electronics Co., Ltd.'],
      ['청와대', 'the "Blue House"'],
    ]);
  });

  it('reports bad lines with their numbers and keeps the good ones', () => {
    const long = 'x'.repeat(GLOSSARY_FILE_LIMITS.termChars + 1);
    const file = parseGlossaryFile(
      [
        '국회\tNational Assembly',
        '정부 government',
        '\tthe ministry',
        '장관\t',
        `외교부\t${long}`,
        '통일부\tunification ministry\textra',
      ].join('\n'),
    );
    expect(file.pairs).toHaveLength(1);
    expect(file.rejected.map((r) => [r.line, r.reason])).toEqual([
      [2, 'no tab between the source and the target term'],
      [3, 'the source term is empty'],
      [4, 'the target term is empty'],
      [5, `the target term is longer than ${GLOSSARY_FILE_LIMITS.termChars} characters`],
      [6, '3 columns; expected two (source, target)'],
    ]);
    // The code and its numbers are what the interface words in the reader's language.
    expect(file.rejected.map((r) => [r.code, r.columns])).toEqual([
      ['no_tab', undefined],
      ['source_empty', undefined],
      ['target_empty', undefined],
      ['target_too_long', undefined],
      ['extra_columns', 3],
    ]);
  });

  it('allows empty trailing columns from spreadsheets and quoted TSV cells', () => {
    const file = parseGlossaryFile('국방부\t"Ministry of ""National"" Defense"\t\t\n');
    expect(file.pairs).toEqual([{ line: 1, source: '국방부', target: 'Ministry of "National" Defense' }]);
  });

  it('counts pairs repeated in the file once, ignoring case and spacing', () => {
    const file = parseGlossaryFile('한은\tBOK\n한은\tBok\n 한은 \t BOK \n한은\tBank of Korea\n');
    expect(file.pairs.map((p) => p.target)).toEqual(['BOK', 'Bank of Korea']);
    expect(file.duplicates).toBe(2);
  });

  it('refuses an empty file and files over the limits with a typed error', () => {
    expect(() => parseGlossaryFile(' \n\n')).toThrow(FormatError);
    const tooMany = Array.from({ length: GLOSSARY_FILE_LIMITS.entriesPerImport + 1 }, (_, i) => `용어${i}\tterm ${i}`).join('\n');
    expect(() => parseGlossaryFile(tooMany)).toThrow(/at most 5,000/);
    expect(() => parseGlossaryFile('a\tb\n'.repeat(GLOSSARY_FILE_LIMITS.lines + 1))).toThrow(/lines/);
    expect(() => parseGlossaryFile('x'.repeat(GLOSSARY_FILE_LIMITS.fileChars + 1))).toThrow(/characters/);
  });

  it('takes the format when told', () => {
    expect(parseGlossaryFile('a,b\tc', { format: 'tsv' }).pairs).toEqual([{ line: 1, source: 'a,b', target: 'c' }]);
  });
});

describe('glossary terms', () => {
  it('normalizes to NFC with collapsed whitespace and no control characters', () => {
    expect(normalizeGlossaryTerm(' \u1100\u1161  bank\u0007 ')).toBe('가 bank');
  });

  it('keys pairs case-insensitively', () => {
    expect(glossaryKey('한은', 'BOK')).toBe(glossaryKey(' 한은', 'bok '));
    expect(glossaryKey('한은', 'BOK')).not.toBe(glossaryKey('한은', 'Bank of Korea'));
  });
});
