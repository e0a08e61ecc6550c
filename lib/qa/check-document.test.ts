import { describe, expect, it } from 'vitest';
import { checkDocument } from './check-document';
import type { QaBead, QaCheck } from './types';

const ko = { sourceLang: 'ko', targetLang: 'en' } as const;
const checksOf = (bead: QaBead, beads: QaBead[] = [bead]) => checkDocument(beads, ko)[beads.indexOf(bead)].map((f) => f.check);

describe('numbers, amounts and dates', () => {
  it.each<[string, string, QaCheck]>([
    ['시위에는 4만2천 명이 참가했다.', 'Some 24,000 people joined the protest.', 'number'],
    ['예산은 3조2천억원이다.', 'The budget is 3.2 billion won.', 'amount'],
    ['사고는 1998년에 일어났다.', 'The accident happened in 1989.', 'number'],
    ['회의는 27일 열렸다.', 'The meeting was held on Nov. 26.', 'date'],
    ['회의는 11월 27일 열렸다.', 'The meeting was held on Dec. 27.', 'date'],
    ['회담은 목요일 열렸다.', 'The talks were held on Friday.', 'date'],
    ['수출은 3억 달러였다.', 'Exports were 300 million euros.', 'amount'],
  ])('%s / %s → %s', (source, target, check) => {
    expect(checksOf({ source, target })).toEqual([check]);
  });

  it.each([
    ['시위에는 4만2천 명이 참가했다.', 'Some 42,000 people joined the protest.'],
    ['예산은 3조2천억원이다.', 'The budget is 3.2 trillion won.'],
    ['인구는 약 149만 명이다.', 'The population is about 1.5 million.'],
    ['회의는 11월 27일 오후 3시에 열렸다.', 'The meeting was held at 3 p.m. on Nov. 27.'],
    ['세 명이 다쳤다.', 'Three people were hurt in 2019.'],
    ['코로나19 확진자가 1천 명을 넘었다.', 'COVID-19 cases passed 1,000.'],
    ['수출은 3억 달러였다.', 'Exports were $300 million.'],
  ])('agrees: %s / %s', (source, target) => {
    expect(checksOf({ source, target })).toEqual([]);
  });

  it('points at the disagreeing values in both texts', () => {
    const bead = { source: '시위에는 4만2천 명이 참가했다.', target: 'Some 24,000 people joined the protest.' };
    const [finding] = checkDocument([bead], ko)[0];
    expect(finding.source.map((s) => bead.source.slice(s.start, s.end))).toEqual(['4만2천']);
    expect(finding.target.map((s) => bead.target.slice(s.start, s.end))).toEqual(['24,000']);
    expect(finding.message).toContain('24,000');
  });
});

describe('names', () => {
  it('a Korean name with a title against the same family and another given name', () => {
    expect(checksOf({ source: '이창용 총재는 금리를 동결했다.', target: 'Governor Lee Chang-hoon kept the rate.' })).toEqual(['name']);
    expect(checksOf({ source: '이창용 총재는 금리를 동결했다.', target: 'Governor Lee Chang-yong kept the rate.' })).toEqual([]);
    expect(checksOf({ source: '김정은 위원장이 도착했다.', target: 'Kim Jong Un arrived.' })).toEqual([]);
    expect(checksOf({ source: '박병석 의장이 말했다.', target: 'Speaker Park Byeong-seug said.' })).toEqual([]);
  });

  it('a name the document spells one way, replaced by a stranger in one bead', () => {
    const beads = [
      { source: '트럼프 대통령이 방한했다.', target: 'President Trump visited Seoul.' },
      { source: '트럼프는 회담을 마쳤다.', target: 'Afterwards Johnson ended the talks.' },
      { source: '트럼프는 떠났다.', target: 'Then Trump left.' },
    ];
    expect(checksOf(beads[1], beads)).toEqual(['name']);
    expect(checksOf(beads[2], beads)).toEqual([]);
  });
});

describe('negation', () => {
  it('a Korean predicate negation with no negation in the English', () => {
    expect(checksOf({ source: '그는 사과하지 않았다.', target: 'He apologised.' })).toEqual(['negation']);
    expect(checksOf({ source: '그는 사과하지 않았다.', target: 'He did not apologise.' })).toEqual([]);
    expect(checksOf({ source: '그는 사과하지 않았다.', target: 'He refused to apologise.' })).toEqual([]);
  });
});

describe('glossary and options', () => {
  const glossary = [{ source: '기준금리', target: 'base rate' }];

  it('a glossary term whose approved English term is not used', () => {
    const found = checkDocument([{ source: '한은은 기준금리를 올렸다.', target: 'The BOK raised its key rate.' }], { ...ko, glossary });
    expect(found[0].map((f) => f.check)).toEqual(['glossary']);
    expect(
      checkDocument([{ source: '한은은 기준금리를 올렸다.', target: 'The BOK raised its Base Rates.' }], { ...ko, glossary })[0],
    ).toEqual([]);
  });

  it('runs only the checks chosen, and nothing on one-sided beads', () => {
    const bead = { source: '4만2천 명이 참가했고 그는 사과하지 않았다.', target: '24,000 joined and he apologised.' };
    expect(checkDocument([bead], { ...ko, checks: ['negation'] })[0].map((f) => f.check)).toEqual(['negation']);
    expect(checkDocument([bead], { ...ko, checks: [] })[0]).toEqual([]);
    expect(checkDocument([{ source: '4만2천 명', target: '' }], ko)[0]).toEqual([]);
  });
});
