import { describe, expect, it } from 'vitest';
import { buildLexicon } from './build-lexicon';
import { compileLexicon } from './lexicon-matcher';

const concepts = (texts: [string, string], lexicon = buildLexicon({ srcLang: 'ko', tgtLang: 'en' })) => {
  const m = compileLexicon(lexicon, lexicon.srcLang, lexicon.tgtLang);
  const s = new Set(m.source(texts[0]).map((h) => h.concept));
  return m
    .target(texts[1])
    .filter((h) => s.has(h.concept))
    .map((h) => m.label(h.concept));
};

describe('built-in Korean-English list', () => {
  it.each([
    ['정부는 발표했다', 'The government announced', ['government', 'announce']],
    ['경제성장률이 떨어졌다', 'Economic growth fell', ['economy', 'growth']],
    ['북한 외교관', 'North Korean diplomats', ['north korea', 'diplomatic']],
    ['경찰이 용의자를 체포했다', 'Police arrested a suspect', ['police', 'charge', 'arrest']],
  ])('%s ~ %s', (ko, en, expected) => {
    expect(concepts([ko, en]).sort()).toEqual(expected.sort());
  });

  it('works in the English-to-Korean direction too', () => {
    const lexicon = buildLexicon({ srcLang: 'en', tgtLang: 'ko' });
    const m = compileLexicon(lexicon, 'en', 'ko');
    const s = new Set(m.source('The president visited Seoul').map((h) => h.concept));
    expect(m.target('대통령이 서울을 방문했다').filter((h) => s.has(h.concept))).toHaveLength(3);
  });

  it('is empty for other pairs', () => {
    expect(buildLexicon({ srcLang: 'de', tgtLang: 'fr' }).entries).toEqual([]);
  });
});

describe('glossary and approved pairs', () => {
  it('uses glossary terms, weighted above built-in entries', () => {
    const lexicon = buildLexicon({ srcLang: 'de', tgtLang: 'fr', glossary: [{ source: 'Gletscher', target: 'glacier' }] });
    expect(lexicon.entries).toEqual([{ source: 'Gletscher', target: 'glacier', origin: 'glossary', weight: 2 }]);
    expect(concepts(['Der Gletscher schmilzt', 'Le glacier fond'], lexicon)).toEqual(['glacier']);
  });

  it('learns translations from approved pairs (Dice)', () => {
    const approvedPairs = [
      { source: 'Der Gletscher wächst', target: 'Le glacier avance' },
      { source: 'Ein Gletscher im Tal', target: 'Un glacier dans la vallée' },
      { source: 'Der Gletscher schmilzt schnell', target: 'Le glacier fond vite' },
      { source: 'Die Hütte ist voll', target: 'La cabane est pleine' },
      { source: 'Eine Hütte am Berg', target: 'Une cabane sur la montagne' },
      { source: 'Die neue Hütte', target: 'La nouvelle cabane' },
    ];
    const lexicon = buildLexicon({ srcLang: 'de', tgtLang: 'fr', approvedPairs });
    const learned = lexicon.entries.map((e) => `${e.source}=${e.target}`);
    expect(learned).toContain('gletscher=glacier');
    expect(learned).toContain('hutte=cabane');
    expect(concepts(['Am Gletscher', 'Au glacier'], lexicon)).toEqual(['glacier']);
  });
});
