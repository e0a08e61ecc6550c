import { NextIntlClientProvider } from 'next-intl';
import { createElement, type ComponentProps } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { pairArticleNames } from '@/lib/import/pair-article-names';
import { parseBatchCsv } from '@/lib/import/parse-batch-csv';
import en from '@/messages/en.json';
import ko from '@/messages/ko.json';
import { useBatchItemText, type ItemTexts } from './use-batch-item-text';

// Batch items' titles and errors in the reader's language (decision 048): written as catalog keys by the same pure
// code the batches use (CSV rows, file pairing), rendered through the catalogs; old rows show their English text.

function Items({ items }: { items: ItemTexts[] }) {
  const text = useBatchItemText();
  return createElement(
    'ul',
    null,
    items.map((item, i) => createElement('li', { key: i }, `${text.title(item)} | ${text.error(item) ?? ''}`)),
  );
}

const render = (items: ItemTexts[], locale: 'en' | 'ko') =>
  renderToStaticMarkup(
    createElement(
      NextIntlClientProvider,
      { locale, timeZone: 'UTC', messages: locale === 'en' ? en : ko } as ComponentProps<typeof NextIntlClientProvider>,
      createElement(Items, { items }),
    ),
  )
    .split('</li>')
    .map((row) => row.replace(/<[^>]+>/g, '').replaceAll('&quot;', '"'))
    .filter(Boolean);

const csv = parseBatchCsv(['english_url,korean_url', ',', 'ftp://a.example/1,', 'https://b.example/1,', 'https://b.example/1,'].join('\n'));
const csvItems: ItemTexts[] = csv.errors.map((e) => ({
  title: `Line ${e.line}`,
  titleText: { code: 'line', params: { line: e.line } },
  error: e.message,
  errorText: e.text,
}));
const paired = pairArticleNames([{ name: 'a.ko.txt' }, { name: 'b.en.txt' }, { name: 'c.pdf' }], { maxFileBytes: 10, sizeOf: () => 1 });
const fileItems: ItemTexts[] = paired.errors.map((e) => ({ title: e.name, error: e.message, errorText: e.text }));

describe('batch item texts', () => {
  it('says CSV row errors and "Line N" titles in English and in Korean', () => {
    expect(render(csvItems, 'en')).toEqual([
      'Line 2 | Line 2: english_url is empty.',
      'Line 3 | Line 3: english_url must start with http:// or https://.',
      'Line 5 | Line 5: english_url repeats line 4.',
    ]);
    // The English catalog says what the parser's message says.
    expect(render(csvItems, 'en').map((row) => row.split(' | ')[1])).toEqual(csv.errors.map((e) => e.message));
    expect(render(csvItems, 'ko')).toEqual([
      '2행 | 2행: english_url이 비어 있습니다.',
      '3행 | 3행: english_url은(는) http:// 또는 https://로 시작해야 합니다.',
      '5행 | 5행: english_url이 4행과 같습니다.',
    ]);
  });

  it('says file pairing errors in both languages', () => {
    const ko = render(fileItems, 'ko').join('\n');
    expect(ko).toContain('a.ko.txt | a.ko.txt: 짝이 되는 영어 파일이 없습니다');
    expect(ko).toContain('b.en.txt | b.en.txt: 짝이 되는 한국어 파일이 없습니다');
    expect(ko).toContain('c.pdf | c.pdf: .txt, .html, .docx 파일만 가져올 수 있습니다(이 파일은 .pdf입니다).');
    const english = render(fileItems, 'en');
    expect(english).toContain('c.pdf | c.pdf: only .txt, .html and .docx files can be imported (this is .pdf).');
  });

  it('says job outcomes in both languages; English keeps the specific message of a failure', () => {
    const items: ItemTexts[] = [
      {
        title: 'memory.tmx',
        error: 'Skipped 3 units that could not be imported.',
        errorText: { code: 'tmxSkipped', params: { count: 3 } },
      },
      { title: 'story', error: 'The site answered HTTP 500.', errorText: { code: 'failed', params: { code: 'UPSTREAM_FAILED' } } },
      { title: 'pair', error: 'long English', errorText: { code: 'pairWarnings', params: { codes: 'LENGTHS_APART' } } },
    ];
    expect(render(items, 'en')).toEqual([
      'memory.tmx | Skipped 3 units that could not be imported.',
      'story | The site answered HTTP 500.',
      'pair | One text is much longer than the other.',
    ]);
    expect(render(items, 'ko')).toEqual([
      'memory.tmx | 가져올 수 없는 단위 3개를 건너뛰었습니다.',
      `story | 가져오지 못했습니다: ${ko.errors.UPSTREAM_FAILED}`,
      `pair | ${ko.pairWarnings.plain.LENGTHS_APART}`,
    ]);
  });

  it('shows the stored English text of rows written before the codes, and of codes it does not know', () => {
    const items: ItemTexts[] = [
      { title: 'Line 9', error: 'Line 9: english_url is empty.' },
      { title: 'x', error: 'From a newer version.', errorText: { code: 'noSuchCode' }, titleText: { code: 'noSuchTitle' } },
    ];
    expect(render(items, 'ko')).toEqual(['Line 9 | Line 9: english_url is empty.', 'x | From a newer version.']);
  });
});
