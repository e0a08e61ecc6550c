import { describe, expect, it } from 'vitest';
import { buildLexicon } from './build-lexicon';
import type { PathBead } from './lattice';
import { learnDocumentLexicon } from './learn-document-lexicon';
import { prepareDocument } from './prepare-document';

// Fictional pairs: each shares two numbers (solid anchors); 양봉 ~ beekeeping is not in the built-in list
// and recurs in three of them.
const PAIRS: [string, string][] = [
  ['양봉 농가 120곳이 2024년 조사에 참여했다.', 'Some 120 beekeeping farms took part in the 2024 survey.'],
  ['꿀 생산량은 35% 줄어 1만8천 톤에 그쳤다.', 'Honey output fell 35% to 18,000 tons.'],
  ['양봉 협회는 7월 15일 대책을 발표했다.', 'The beekeeping association announced measures on July 15.'],
  ['피해액은 430억 원으로 2019년의 두 배였다.', 'Losses reached 43 billion won, twice the 2019 figure.'],
  ['양봉 교육은 3월과 9월에 열린다.', 'Beekeeping courses are held in March and September.'],
  ['농민 64명이 2022년 이후 일을 그만뒀다.', 'Some 64 farmers have quit since 2022.'],
];
const KO_EN = { srcLang: 'ko', tgtLang: 'en', lexicon: buildLexicon({ srcLang: 'ko', tgtLang: 'en' }) };
const doc = prepareDocument(
  PAIRS.map(([ko]) => ({ text: ko })),
  PAIRS.map(([, en]) => ({ text: en })),
  KO_EN,
);
const path = (posterior: number): PathBead[] => PAIRS.map((_, k) => ({ i0: k, i1: k + 1, j0: k, j1: k + 1, posterior }));

describe('word pairs learned from the document', () => {
  it('learns a word pair that recurs in the confident links', () => {
    const learned = learnDocumentLexicon(doc, path(0.95));
    expect(learned).toContainEqual(expect.objectContaining({ source: '양봉', target: 'beekeeping', origin: 'learned' }));
    // function words co-occur with everything in a short document and are never learned
    expect(learned.map((e) => e.target)).not.toContain('the');
  });

  it('learns nothing from links the first pass was not sure of', () => {
    expect(learnDocumentLexicon(doc, path(0.5))).toEqual([]);
  });
});
