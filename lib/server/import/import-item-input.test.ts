import { describe, expect, it } from 'vitest';
import { isRetryableItem } from './import-item-input';

const urls = { kind: 'urls', englishUrl: 'https://example.com/en/1', koreanUrl: null, title: null };
const files = { kind: 'files', korean: { fileName: 'a.ko.txt' }, english: { fileName: 'a.en.txt' }, title: null };

describe('which failed batch items a person can retry', () => {
  it.each([
    ['a URL pair', urls, false, true],
    [
      'a URL pair from before zip batches (no kind)',
      { englishUrl: 'https://example.com/en/1', koreanUrl: 'https://example.com/ko/1', title: 'T' },
      false,
      true,
    ],
    ['an interrupted file pair (files still stored)', files, true, true],
    ['a file pair that failed on its content (files cleared)', files, false, false],
    ['an invalid CSV row or unpaired file ({})', {}, true, false],
    ['null', null, true, false],
    ['an array', [files], true, false],
    ['a file pair without file names', { ...files, korean: { fileName: '' } }, true, false],
    ['a file pair with the wrong kind', { ...files, kind: 'zip' }, true, false],
    ['a prototype-polluting object', JSON.parse('{"__proto__": {"kind": "files"}, "title": null}') as unknown, true, false],
  ])('%s', (_name, input, filesStored, expected) => {
    expect(isRetryableItem({ input, filesStored })).toBe(expected);
  });
});
