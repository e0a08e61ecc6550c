import { describe, expect, it } from 'vitest';
import { buildLexicon } from './build-lexicon';
import { prepareDocument } from './prepare-document';

// Name keys two segments share once the document table is built (keys must occur on both sides).
function sharedNameKeys(ko: string, en: string): string[] {
  const doc = prepareDocument([{ text: ko }], [{ text: en }], {
    srcLang: 'ko',
    tgtLang: 'en',
    lexicon: buildLexicon({ srcLang: 'ko', tgtLang: 'en' }),
  });
  const target = new Set(doc.table.target.ids[0]);
  return [...doc.table.source.ids[0]]
    .filter((id) => target.has(id))
    .map((id) => doc.table.keys[id])
    .filter((k) => k.startsWith('nm:'));
}

describe('Korean personal names meet their English spellings inside sentences', () => {
  it.each([
    ['이명박 대통령이 연설했다.', 'President Lee Myung-bak gave a speech.'],
    ['박근혜 후보가 승리했다.', 'Park Geun-hye won the vote.'],
    ['노무현 전 대통령의 고향이다.', 'It is the hometown of former President Roh Moo-hyun.'],
    ['문재인 대통령은 말했다.', 'President Moon Jae In said so.'],
    ['김정은 위원장이 도착했다.', 'Kim Jong Un arrived.'],
    ['임종석 실장이 밝혔다.', 'Chief of staff Lim Jong-seok said.'],
  ])('%s ~ %s', (ko, en) => {
    expect(sharedNameKeys(ko, en).length).toBeGreaterThan(0);
  });

  it.each([
    ['이명박 대통령이 연설했다.', 'President Park Geun-hye gave a speech.'],
    ['노무현 전 대통령의 고향이다.', 'It is the hometown of former President Lee Myung-bak.'],
  ])('%s is not %s', (ko, en) => {
    expect(sharedNameKeys(ko, en)).toEqual([]);
  });
});
