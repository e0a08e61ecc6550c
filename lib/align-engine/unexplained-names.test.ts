import { describe, expect, it } from 'vitest';
import { buildLexicon } from './build-lexicon';
import { prepareDocument } from './prepare-document';
import { countLatinWords, countNames, latinSide, nameCounter, numberCounter, unexplainedNameWeight } from './unexplained-names';

const KO_EN = { srcLang: 'ko', tgtLang: 'en', lexicon: buildLexicon({ srcLang: 'ko', tgtLang: 'en' }) };
const input = (lines: string[]) => lines.map((text) => ({ text }));

describe('countNames: capitalized words a translation should carry', () => {
  // `known`: keys both sides of the document show; no lexicon terms in these rows
  const none = () => false;
  it.each([
    // text, known keys, names, unexplained
    ['The case is currently before Alaska’s Veteran’s Court.', [], 3, 3],
    // the first word of a sentence is not a name; nor is a word after a colon or a quote mark
    ['Officials said: Today the vote is over.', [], 0, 0],
    ['He said "Never again" to them.', [], 0, 0],
    // a name whose skeleton the Korean side also shows is explained (Trump ~ 트럼프: nm:TRMP)
    ['Then Trump spoke.', ['nm:TRMP'], 1, 0],
    // a spelling variant counts (Brighton PRKTN meets 브라이튼 PRTN through nv:PRTN)
    ['They won at Brighton again.', ['nv:PRTN'], 1, 0],
    // a Latin word the Korean side writes as is (FBI inside Korean text) is explained
    ['They called the Gazette first.', ['w:gazet'], 1, 0],
    // short skeletons cannot be matched at all, so they are not counted (Kanye -> KN, West -> ST, Lee -> R)
    ['Rapper Kanye West met Lee and Sterling.', [], 1, 1],
    // an acronym is a name anywhere, even first, and however short its skeleton (decision 044)
    ['ABC was second with 3.26 million viewers.', [], 1, 1],
    ['There are nice moments in this latest JE outing.', [], 1, 1],
    ['NATO met.', ['w:nato'], 1, 0],
  ])('%s', (text, known, names, unexplained) => {
    expect(countNames(text, new Set(known), none)).toEqual({ total: names, unexplained });
  });

  it('does not count a lexicon term as an unexplained name', () => {
    expect(countNames('Leaders of Britain met.', new Set(), (w) => w === 'Britain')).toEqual({ total: 1, unexplained: 0 });
  });

  it.each([
    '  Then\tTrump\n spoke.',
    'Officials said:\u00a0Today Trump spoke;\u2003Biden\u3000too.',
    'They met (Obama) and “Biden” in Paris. Trump came.',
    ' Ünal and Émile met O’Brien\u2028in Köln ',
    'x',
    '',
  ])('splits at every kind of white space as split(/\\s+/) does: %j', (text) => {
    // the tokens a plain split gives, each a name when counted on its own after a lower-case word
    const tokens = text.split(/\s+/).filter((t) => t.length > 0);
    const alone = tokens.map((t, k) => (k > 0 && !/[.!?:;"“”(]$/.test(tokens[k - 1]) ? countNames(`a ${t}`, new Set(), none) : null));
    const expected = alone.reduce((sum, c) => sum + (c?.total ?? 0), 0);
    expect(countNames(text, new Set(), none).total).toBe(expected);
  });
});

describe('countLatinWords: Latin words of a Hangul sentence', () => {
  const none = () => false;
  it.each([
    // text, known keys, words, unexplained
    ['내 올림픽 금메달은 로비(Robbie)입니다.', [], 1, 1],
    ['에두아르도 로드리게스(Eduardo Rodríguez Veltzé) 전 대통령', ['w:eduar'], 3, 2],
    // explained through the name skeleton the English side shows (Childers: nm:JRTRS)
    ['칠더스(Childers) 가에서', ['nm:JRTRS'], 1, 0],
    ['한국어만 있는 문장이다.', [], 0, 0],
  ])('%s', (text, known, words, unexplained) => {
    expect(countLatinWords(text, new Set(known), none)).toEqual({ total: words, unexplained });
  });

  it('does not count a lexicon term of the Latin side', () => {
    expect(countLatinWords('LNG 운반선', new Set(), (w) => w === 'LNG')).toEqual({ total: 1, unexplained: 0 });
  });
});

describe('nameCounter over a document', () => {
  it('explains names the Korean side writes in Hangul and counts the others', () => {
    const doc = prepareDocument(
      input(['트럼프 대통령이 연설했다.', '그는 지지자들에게 감사했다.']),
      input(['President Trump gave a speech.', 'Later Calzadilla thanked Bolivia.']),
      KO_EN,
    );
    const count = nameCounter(doc)!;
    expect(count(0)).toEqual({ total: 1, unexplained: 0 });
    // Bolivia is a lexicon term (볼리비아), Calzadilla is written nowhere on the Korean side
    expect(count(1)).toEqual({ total: 2, unexplained: 1 });
  });

  it('is off where no side is Korean, and finds the Latin side in either direction', () => {
    const deFr = prepareDocument(input(['Der Hund.']), input(['Le chien.']), { srcLang: 'de', tgtLang: 'fr' });
    expect(nameCounter(deFr)).toBeNull();
    const enKo = prepareDocument(input(['Then Trump spoke.']), input(['트럼프가 말했다.']), { srcLang: 'en', tgtLang: 'ko' });
    expect(latinSide(enKo)).toBe('source');
  });
});

describe('unexplainedNameWeight: what one unexplained name weighs', () => {
  it.each([
    // names in confident links, unexplained among them, weight in nats
    [0, 0, Math.log(0.9 / 0.5)], // no names seen: the prior alone, 0.59
    [10, 0, Math.log(0.9 / (1 / 12))], // a translator who writes every name in Hangul: 2.38
    [10, 5, Math.log(0.9 / (6 / 12))], // half the names left in English: 0.59
    [10, 10, 0], // every name left unexplained: no evidence (never negative)
  ])('%i names, %i unexplained', (names, unexplained, weight) => {
    expect(unexplainedNameWeight(names, unexplained, 0.9)).toBeCloseTo(weight, 6);
  });
});

describe('numberCounter: numbers the other side never writes', () => {
  it('counts a number as explained when the other side writes it anywhere in the document', () => {
    const doc = prepareDocument(
      input(['버스 12대가 투입된다.', '그는 2020년에 떠났다.']),
      input(['The city will add 12 buses.', 'ABC was second with 3.26 million viewers.']),
      KO_EN,
    );
    const count = numberCounter(doc);
    expect(count('source', 0)).toEqual({ total: 1, unexplained: 0 });
    // 2020 appears nowhere in English; 3.26 million nowhere in Korean
    expect(count('source', 1)).toEqual({ total: 1, unexplained: 1 });
    expect(count('target', 1)).toEqual({ total: 1, unexplained: 1 });
    expect(count('target', 0)).toEqual({ total: 1, unexplained: 0 });
  });
});
