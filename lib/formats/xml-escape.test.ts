import { describe, expect, it } from 'vitest';
import { langMatchScore, toXmlLang } from './language-codes';
import { formatTmxDate, parseTmxDate } from './export-unit';
import { escapeXml, stripForbiddenXmlChars } from './xml-escape';

describe('escapeXml', () => {
  it.each([
    ['&', '&amp;'],
    ['<a>', '&lt;a&gt;'],
    ['"q" \'a\'', '&quot;q&quot; &apos;a&apos;'],
    [']]>', ']]&gt;'],
    ['한국어', '한국어'],
    ['tab\tnl\n', 'tab\tnl\n'],
    ['cr\r', 'cr&#13;'],
    ['', ''],
    ['😀', '😀'],
  ])('text %j → %j', (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });

  it('escapes tabs and newlines in attributes so normalization cannot eat them', () => {
    expect(escapeXml('a\tb\nc\rd"', 'attribute')).toBe('a&#9;b&#10;c&#13;d&quot;');
  });

  it('removes characters XML 1.0 cannot carry, even as references', () => {
    expect(stripForbiddenXmlChars('a\u0000b\u0008c\u000bd\u001fe\uFFFEf\uFFFFg\uD800h\uDC00i')).toBe('abcdefghi');
    expect(stripForbiddenXmlChars('ok\u0085\u00a0\uD83D\uDE00')).toBe('ok\u0085\u00a0😀');
  });
});

describe('language codes', () => {
  it.each([
    ['ko-KR', 'ko', 1],
    ['KO', 'ko', 2],
    ['ko_kr', 'KO-KR', 2],
    ['en-GB', 'en-US', 1],
    ['ja', 'ko', 0],
  ] as const)('%s vs %s → %i', (a, b, score) => {
    expect(langMatchScore(a, b)).toBe(score);
  });

  it('formats codes in region or primary style', () => {
    expect(toXmlLang('ko', 'region')).toBe('ko-KR');
    expect(toXmlLang('en', 'region')).toBe('en-US');
    expect(toXmlLang('en-gb', 'region')).toBe('en-GB');
    expect(toXmlLang('ko-KR', 'primary')).toBe('ko');
  });
});

describe('TMX dates', () => {
  it('formats UTC as YYYYMMDDThhmmssZ and parses it back', () => {
    const date = new Date('2025-12-31T23:05:09.999+09:00');
    expect(formatTmxDate(date)).toBe('20251231T140509Z');
    expect(parseTmxDate('20251231T140509Z')?.toISOString()).toBe('2025-12-31T14:05:09.000Z');
    expect(parseTmxDate('2025-12-31')).toBeNull();
  });
});
