import { describe, expect, it } from 'vitest';
import { alignSegments } from './align-segments';
import { buildLexicon } from './build-lexicon';
import { findMovedLinks } from './find-moved-links';
import { preparedDocumentFor } from './prepare-document';

// A fictional two-paragraph story written for this test.
const KO = ['서울시는 3일 자율주행 버스 5대를 운행한다고 밝혔다.', '버스는 밤 11시부터 새벽 5시까지 다닌다.', '요금은 1천원이다.'];
const EN = ['Seoul said on the 3rd it will run 5 driverless buses.', 'The buses run from 11 p.m. to 5 a.m.', 'The fare is 1,000 won.'];
const input = (texts: string[]) => texts.map((text, k) => ({ text, paragraph: k < 2 ? 0 : 1 }));
const lexicon = buildLexicon({ srcLang: 'ko', tgtLang: 'en' });
const KO_EN = { srcLang: 'ko', tgtLang: 'en', lexicon };

describe('preparedDocumentFor (the alignment keeps its document for the moved-link pass)', () => {
  it('hands back the document alignSegments prepared when segments and options are the same', () => {
    const source = input(KO);
    const target = input(EN);
    const beads = alignSegments(source, target, KO_EN);
    const doc = preparedDocumentFor(beads, source, target, KO_EN);
    // equal copies of the segments and of the options object are the same input
    expect(preparedDocumentFor(beads, input(KO), input(EN), { ...KO_EN })).toBe(doc);
    // a bead list alignSegments did not return has no document kept with it
    expect(preparedDocumentFor([...beads], source, target, KO_EN)).not.toBe(doc);
  });

  it.each([
    ['a changed source text', () => ({ source: input([...KO.slice(0, 2), '요금은 2천원이다.']), target: input(EN), opts: KO_EN })],
    ['a changed paragraph', () => ({ source: KO.map((text) => ({ text, paragraph: 0 })), target: input(EN), opts: KO_EN })],
    ['one segment fewer', () => ({ source: input(KO), target: input(EN.slice(0, 2)), opts: KO_EN })],
    [
      'another lexicon',
      () => ({ source: input(KO), target: input(EN), opts: { ...KO_EN, lexicon: buildLexicon({ srcLang: 'ko', tgtLang: 'en' }) } }),
    ],
    ['another language', () => ({ source: input(KO), target: input(EN), opts: { ...KO_EN, tgtLang: 'en-GB' } })],
  ])('prepares a new document for %s', (_what, changed) => {
    const source = input(KO);
    const target = input(EN);
    const beads = alignSegments(source, target, KO_EN);
    const kept = preparedDocumentFor(beads, source, target, KO_EN);
    const c = changed();
    const doc = preparedDocumentFor(beads, c.source, c.target, c.opts);
    expect(doc).not.toBe(kept);
    expect(doc.source.map((s) => s.text)).toEqual(c.source.map((s) => s.text));
  });

  it('does not see a segment changed in place after the alignment', () => {
    const source = input(KO);
    const target = input(EN);
    const beads = alignSegments(source, target, KO_EN);
    const kept = preparedDocumentFor(beads, source, target, KO_EN);
    source[2].text = '요금은 2천원이다.';
    expect(preparedDocumentFor(beads, source, target, KO_EN)).not.toBe(kept);
  });

  it('gives the moved-link pass the same answer with or without the kept document', () => {
    const source = input(KO);
    const target = input(EN);
    const beads = alignSegments(source, target, KO_EN);
    expect(findMovedLinks(source, target, beads, KO_EN)).toEqual(findMovedLinks(source, target, [...beads], KO_EN));
  });
});
