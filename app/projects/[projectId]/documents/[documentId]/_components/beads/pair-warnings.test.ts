import { createTranslator, NextIntlClientProvider } from 'next-intl';
import { createElement, type ComponentProps } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { pairPlausibility, type PairWarning } from '@/lib/import/pair-plausibility';
import en from '@/messages/en.json';
import ko from '@/messages/ko.json';
import { pairWarningText, PairWarnings } from './pair-warnings';

// What the document page renders above the editor for a pair that cannot be a translation (decision 018); the
// warnings come stored with the document (decision 029), with the values they were built from, so the reader's
// language says them.

const english = Array.from({ length: 30 }, (_, i) => `English sentence number ${i + 1} about another story.`);
const nonsense = () =>
  pairPlausibility({ source: ['부산항 노동자들이 파업을 끝냈다.'], target: english, sourceLang: 'ko', targetLang: 'en' });
const render = (warnings: readonly PairWarning[], locale: 'en' | 'ko' = 'en') =>
  renderToStaticMarkup(
    createElement(
      NextIntlClientProvider,
      // children go as the third argument (the props type lists them too)
      { locale, timeZone: 'UTC', messages: locale === 'en' ? en : ko } as ComponentProps<typeof NextIntlClientProvider>,
      createElement(PairWarnings, { warnings }),
    ),
  );

describe('PairWarnings on the document page', () => {
  it('shows each warning of a nonsense pair', () => {
    const html = render(nonsense());
    expect(html).toContain('These texts may not be translations of each other.');
    expect(html).toContain('data-code="SENTENCE_COUNTS_APART"');
    expect(html).toContain('The source has 1 sentence and the target 30 sentences');
    expect(html).toContain('data-code="LENGTHS_APART"');
  });

  it('says the same warnings in Korean', () => {
    const html = render(nonsense(), 'ko');
    expect(html).toContain('두 글이 서로의 번역이 아닐 수 있습니다.');
    expect(html).toContain('원문은 1문장, 번역문은 30문장입니다. 번역문이 3배 넘게 길어 같은 기사가 아닐 수 있습니다.');
  });

  it('shows nothing without warnings', () => {
    expect(render([])).toBe('');
  });
});

describe('pairWarningText', () => {
  const t = createTranslator({ locale: 'en', messages: en, namespace: 'pairWarnings' });
  const k = createTranslator({ locale: 'ko', messages: ko, namespace: 'pairWarnings' });
  const cases = [
    nonsense(),
    pairPlausibility({
      source: ['Seoul adds night buses on ten routes from March, the city said on Monday morning.'],
      target: ['Seoul adds night buses on ten routes from March, the city said on Monday morning.'],
      sourceLang: 'ko',
      targetLang: 'en',
    }),
    pairPlausibility({
      source: ['서울시가 심야버스를 늘린다. Seoul adds buses on many new routes this year.'],
      target: ['서울시가 심야 버스를 늘린다고 밝혔다. 노선은 열 개다. 요금은 같다.'],
      sourceLang: 'ko',
      targetLang: 'en',
    }),
    pairPlausibility({
      source: ['2019년 3월 5일 7명이 12곳에서 45분 동안 일했다.'],
      target: ['In 1990, 8 people worked for 60 minutes at 31 sites on May 6.'],
      sourceLang: 'ko',
      targetLang: 'en',
    }),
  ].flat();

  it('reads in English exactly as the import wrote it, for every kind of warning', () => {
    expect(new Set(cases.map((w) => w.code))).toEqual(
      new Set(['LANGUAGE_MISMATCH', 'SENTENCE_COUNTS_APART', 'LENGTHS_APART', 'NO_SHARED_ANCHORS']),
    );
    for (const warning of cases) expect(pairWarningText(warning, t, 'en')).toBe(warning.message);
  });

  it('reads in Korean, with the numbers', () => {
    for (const warning of cases) expect(pairWarningText(warning, k, 'ko')).toMatch(/[\uac00-\ud7a3]/);
    const anchors = cases.find((w) => w.code === 'NO_SHARED_ANCHORS')!;
    expect(pairWarningText(anchors, k, 'ko')).toContain(`원문 ${anchors.params?.source}개`);
  });

  it('gives a warning stored without params its general sentence in Korean and its own sentence in English', () => {
    const old: PairWarning = { code: 'LENGTHS_APART', message: 'The target text is 5.0 times as long as the source.' };
    expect(pairWarningText(old, t, 'en')).toBe(old.message);
    expect(pairWarningText(old, k, 'ko')).toBe('한쪽 글이 다른 쪽보다 훨씬 깁니다.');
  });
});
