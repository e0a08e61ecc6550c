import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { checkDocument, type QaBead, type QaFinding } from '@/lib/qa';
import en from '@/messages/en.json';
import ko from '@/messages/ko.json';
import { qaFindingText } from './finding-text';

// The editor words a QA finding from its code and params; in English that must be the API's message word for
// word (e2e and the docs quote it), in Korean a Korean sentence with the same quoted words.

const english = createTranslator({ locale: 'en', messages: en, namespace: 'qa' });
const korean = createTranslator({ locale: 'ko', messages: ko, namespace: 'qa' });
const options = { sourceLang: 'ko', targetLang: 'en', glossary: [{ source: '기준금리', target: 'base rate' }] };

const documents: QaBead[][] = [
  [{ source: '시위에는 4만2천 명이 참가했다.', target: 'Some 24,000 people joined the protest.' }],
  [{ source: '수출액은 300억 달러였다.', target: 'Exports were 30 billion won.' }],
  [{ source: '이창용 총재는 금리를 동결했다.', target: 'Governor Lee Chang-hoon kept the rate.' }],
  [
    { source: '트럼프 대통령이 방한했다.', target: 'President Trump visited Seoul.' },
    { source: '트럼프는 회담을 마쳤다.', target: 'Afterwards Johnson ended the talks.' },
    { source: '트럼프는 떠났다.', target: 'Then Trump left.' },
  ],
  [{ source: '그는 사과하지 않았다.', target: 'He apologised.' }],
  [{ source: '한은은 기준금리를 올렸다.', target: 'The BOK raised its key rate.' }],
];

const findings: QaFinding[] = documents.flatMap((beads) => checkDocument(beads, options).flat());

describe('qaFindingText', () => {
  it('covers every kind of finding', () => {
    expect(new Set(findings.map((f) => f.code))).toEqual(
      new Set(['unmatched', 'unit', 'nameGiven', 'nameElsewhere', 'negation', 'glossary']),
    );
  });

  it.each(findings.map((f) => [f.code, f] as const))('%s reads in English exactly as the API message', (_code, finding) => {
    expect(qaFindingText(finding, english)).toBe(finding.message);
  });

  it.each(findings.map((f) => [f.code, f] as const))('%s reads in Korean, keeping the quoted words', (_code, finding) => {
    const text = qaFindingText(finding, korean);
    expect(text).toMatch(/[가-힣]/);
    expect(text).not.toMatch(/translation/);
    for (const value of Object.values(finding.params).filter((v) => v.startsWith('"'))) expect(text).toContain(value);
  });

  it('names the units in Korean', () => {
    const unit = findings.find((f) => f.code === 'unit')!;
    expect(qaFindingText(unit, korean)).toContain('달러');
    expect(qaFindingText(unit, korean)).toContain('원');
  });
});
