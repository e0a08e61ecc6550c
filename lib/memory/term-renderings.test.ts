import { describe, expect, it } from 'vitest';
import {
  englishPhrases,
  glossaryProposals,
  inconsistentTerms,
  isTermCandidate,
  koreanTerms,
  MAX_BEADS,
  phraseKey,
  termRenderings,
  topKoreanTerms,
  type MemoryBead,
} from './term-renderings';

// A small fictional memory: 국민의힘 rendered three ways, 한국은행 and 이재명 rendered one way each, and filler
// beads so that common English words are common everywhere (as in a real memory).
function memory(): MemoryBead[] {
  const beads: MemoryBead[] = [];
  const add = (source: string, target: string) => beads.push({ id: `b${beads.length + 1}`, source, target });
  const verbs = [
    ['반대했다', 'opposed the budget'],
    ['환영했다', 'welcomed the plan'],
    ['비판했다', 'criticised the minister'],
    ['발표했다', 'announced a new policy'],
    ['요구했다', 'demanded an inquiry'],
    ['거부했다', 'rejected the offer'],
  ];
  verbs.forEach(([ko, en]) => add(`국민의힘은 ${ko}.`, `The People Power Party ${en}.`));
  verbs.slice(0, 3).forEach(([ko, en]) => add(`국민의힘이 ${ko}.`, `The ruling party ${en}.`));
  add('국민의힘 의원들이 퇴장했다.', 'Lawmakers of the PPP walked out.');
  add('국민의힘 대변인은 답하지 않았다.', 'A PPP spokesman declined to comment.');
  verbs.slice(0, 4).forEach(([ko, en]) => add(`한국은행은 금리에 대해 ${ko}.`, `The Bank of Korea ${en} on rates.`));
  verbs.slice(2, 5).forEach(([ko, en]) => add(`이재명 대표가 ${ko}.`, `Lee Jae-myung ${en}.`));
  for (let i = 0; i < 12; i++) add(`시민들이 거리에 나왔다 ${i}.`, `People came out on the street on day ${i}.`);
  return beads;
}

describe('koreanTerms and englishPhrases', () => {
  it.each([
    ['국민의힘은 반대했다', ['국민의힘']],
    ['국민의힘이, 국민의힘의', ['국민의힘']],
    ['그 3조원이다', []],
    ['Trump와 회담', ['회담']],
  ])('%s', (text, terms) => {
    expect([...koreanTerms(text)]).toEqual(terms);
  });

  it('keeps phrases that neither start nor end with a function word, with their surface form', () => {
    const phrases = englishPhrases('The Bank of Korea kept rates.');
    expect(phrases.get('bank of korea')).toBe('Bank of Korea');
    expect(phrases.has('the bank')).toBe(false);
    expect(phrases.has('bank of')).toBe(false);
    expect(phrases.has('korea kept rate')).toBe(true);
  });
});

describe('termRenderings', () => {
  const all = termRenderings(memory());
  const ppp = all.find((t) => t.term === '국민의힘');

  it('credits each bead of a term to one rendering and counts them', () => {
    expect(ppp?.beads).toBe(11);
    expect(ppp?.renderings.map((r) => [r.text, r.count])).toEqual([
      ['People Power Party', 6],
      ['ruling party', 3],
      ['PPP', 2],
    ]);
    expect(ppp?.renderings[0].beadIds).toEqual(['b1', 'b2', 'b3', 'b4', 'b5', 'b6']);
    expect(ppp?.unmatched).toEqual([]);
  });

  it('does not take a word that is common everywhere as a rendering', () => {
    const texts = all.flatMap((t) => t.renderings.map((r) => r.text.toLowerCase()));
    expect(texts).not.toContain('day');
    expect(texts).not.toContain('people');
  });

  it('reads at most MAX_BEADS beads', () => {
    const many = Array.from({ length: MAX_BEADS + 50 }, (_, i) => ({
      id: `m${i}`,
      source: i < MAX_BEADS ? '가나다' : '라마바',
      target: 'x',
    }));
    const terms = termRenderings(many).map((t) => t.term);
    expect(terms).toContain('가나다');
    expect(terms).not.toContain('라마바');
  });
});

describe('inconsistentTerms', () => {
  it('lists a term rendered more than one way, each way at least twice, with the top rendering’s share', () => {
    const report = inconsistentTerms(termRenderings(memory()));
    expect(report.map((t) => t.term)).toEqual(['국민의힘']);
    expect(report[0].topShare).toBeCloseTo(6 / 11);
  });
});

describe('glossaryProposals', () => {
  const all = termRenderings(memory());

  it('proposes clear renderings with their kind, leaving out glossary terms and rejected ones', () => {
    const proposals = glossaryProposals(all, [{ source: '국민의힘' }]);
    const bySource = new Map(proposals.map((p) => [p.source, p]));
    expect(bySource.get('한국은행')).toMatchObject({ target: 'Bank of Korea', kind: 'organisation', count: 4, beads: 4 });
    expect(bySource.get('이재명')).toMatchObject({ target: 'Lee Jae-myung', kind: 'name', count: 3 });
    expect(bySource.has('국민의힘')).toBe(false);
    expect(glossaryProposals(all, [], { rejected: ['한국은행'] }).some((p) => p.source === '한국은행')).toBe(false);
  });

  it('does not propose a term whose best rendering covers only a minority of its beads', () => {
    const split = termRenderings([
      ...memory(),
      ...memory().map((b) => ({ ...b, id: `x${b.id}`, target: b.target.replace('People Power Party', 'conservatives') })),
    ]);
    expect(glossaryProposals(split, []).some((p) => p.source === '국민의힘')).toBe(false);
  });
});

describe('phraseKey and isTermCandidate', () => {
  it.each([
    ['U.S.', 'us'],
    ['US', 'us'],
    ["Trump's", 'trump'],
    ['Trump’s', 'trump'],
    ['matches', 'match'],
    ['match', 'match'],
    ['women', 'woman'],
    ['policies', 'policy'],
    ['bus', 'bus'],
    ['Kansas', 'kansas'],
    ['People Power Party', 'people power party'],
  ])('%s -> %s', (phrase, key) => {
    expect(phraseKey(phrase)).toBe(key);
  });

  it.each([
    ['국민의힘', true],
    ['캐나다', true],
    ['반대했다', false],
    ['모든', false],
    ['밝혔다', false],
    ['한국은행', true],
  ])('%s is a term: %s', (stem, expected) => {
    expect(isTermCandidate(stem)).toBe(expected);
  });
});

describe('topKoreanTerms', () => {
  it('counts each term once per text, most frequent first, ties by the term', () => {
    expect(topKoreanTerms(['국민의힘은 국민의힘이', '한국은행은 국민의힘과', '한국은행이', '기상청은'], 2)).toEqual([
      { term: '국민의힘', units: 2 },
      { term: '한국은행', units: 2 },
    ]);
  });
});
