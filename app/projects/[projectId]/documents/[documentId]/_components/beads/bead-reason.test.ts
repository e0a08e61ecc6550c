import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { alignSegments } from '@/lib/align-engine/align-segments';
import { buildLexicon } from '@/lib/align-engine/build-lexicon';
import en from '@/messages/en.json';
import ko from '@/messages/ko.json';
import { beadReasonText } from './bead-reason';

const english = createTranslator({ locale: 'en', messages: en, namespace: 'beadReason' });
const korean = createTranslator({ locale: 'ko', messages: ko, namespace: 'beadReason' });

describe('beadReasonText', () => {
  it.each([
    ['numbers 1,500, 2025 match; length fits', '숫자 1,500, 2025 일치; 길이 맞음'],
    [
      '2-1; names Gangnam match; terms government match; length roughly fits',
      '2-1; 이름 Gangnam 일치; 용어 government 일치; 길이 대체로 맞음',
    ],
    ['learned terms bus match; marks quotes match; length differs', '학습한 용어 bus 일치; 부호 quotes 일치; 길이 다름'],
    [
      'no counterpart in the target; not a translation of each other: 2020 has no counterpart; no shared terms',
      '번역문에 대응 문장 없음; 서로의 번역이 아님: 2020 대응 없음; 공통 용어 없음',
    ],
    [
      'no counterpart in the source; not a translation of each other: 2020, Kim have no counterpart; little in common',
      '원문에 대응 문장 없음; 서로의 번역이 아님: 2020, Kim 대응 없음; 공통점 적음',
    ],
    ['moved; months Mar match; length fits', '이동; 월 Mar 일치; 길이 맞음'],
    ['moved: linked elsewhere in the document', '이동: 문서의 다른 곳과 연결됨'],
    ['locked by an editor', '편집자가 고정함'],
    ['imported from TMX', 'TMX에서 가져옴'],
    ['something new from a later engine', 'something new from a later engine'],
  ])('%s', (reason, inKorean) => {
    expect(beadReasonText(reason, english)).toBe(reason);
    expect(beadReasonText(reason, korean)).toBe(inKorean);
  });

  it('recognises every part of the reasons the engine writes for a real article', () => {
    const source = [
      '서울시는 2025년 3월 1일부터 심야버스 3개 노선을 운행한다.',
      '요금은 1,500원이다.',
      '정부는 이 사업에 120억원을 투자했다.',
      '시는 이용객 2만명을 예상한다.',
    ];
    const target = [
      'Seoul will run three late-night bus routes from March 1, 2025.',
      'The fare is 1,500 won.',
      'The government invested 12 billion won in the project.',
      'Separately, the zoo opened a new penguin house on Monday.',
    ];
    const beads = alignSegments(
      source.map((text) => ({ text, paragraph: 0 })),
      target.map((text) => ({ text, paragraph: 0 })),
      { srcLang: 'ko', tgtLang: 'en', lexicon: buildLexicon({ srcLang: 'ko', tgtLang: 'en' }) },
    );
    expect(beads.length).toBeGreaterThan(0);
    for (const { reason } of beads) {
      expect(beadReasonText(reason, english)).toBe(reason);
      // Every part became Korean: what is left in Latin letters is only what the texts themselves contain.
      const leftover = beadReasonText(reason, korean).replace(/[A-Z][a-z]+|\d[\d,.]*|-/g, '');
      expect(leftover, reason).not.toMatch(/\b(match|length|counterpart|moved|shared|common|translation)\b/);
    }
  });
});
