import { describe, expect, it } from 'vitest';
import { alignSegments } from './align-segments';
import { buildLexicon } from './build-lexicon';
import { compileLexicon } from './lexicon-matcher';

// A batch aligns many documents with one project lexicon: it is compiled once per key and reused (decision 048),
// without changing any alignment.

const seg = (lines: string[]) => lines.map((text) => ({ text }));
const korean = ['정부는 화요일 새 예산을 발표했다.', '경찰은 시위대 300명을 체포했다.', '대통령은 서울을 방문했다.'];
const english = ['The government announced a new budget on Tuesday.', 'Police arrested 300 protesters.', 'The president visited Seoul.'];

describe('compiled lexicon reuse', () => {
  it('gives the same key to the same entries and another key to other entries', () => {
    const a = buildLexicon({ srcLang: 'ko', tgtLang: 'en', glossary: [{ source: '예산', target: 'budget' }] });
    const b = buildLexicon({ srcLang: 'ko', tgtLang: 'en', glossary: [{ source: '예산', target: 'budget' }] });
    const c = buildLexicon({ srcLang: 'ko', tgtLang: 'en', glossary: [{ source: '예산', target: 'spending plan' }] });
    expect(a.key).toBe(b.key);
    expect(a.key).not.toBe(c.key);
    expect(buildLexicon({ srcLang: 'en', tgtLang: 'ko' }).key).not.toBe(buildLexicon({ srcLang: 'ko', tgtLang: 'en' }).key);
  });

  it('compiles a keyed lexicon once (a structured clone of it too), and one without a key every time', () => {
    const lexicon = buildLexicon({ srcLang: 'ko', tgtLang: 'en' });
    const copy = structuredClone(lexicon); // what an engine worker receives with each task
    expect(compileLexicon(copy, 'ko', 'en')).toBe(compileLexicon(lexicon, 'ko', 'en'));
    const { key: _key, ...unkeyed } = lexicon;
    expect(compileLexicon(unkeyed, 'ko', 'en')).not.toBe(compileLexicon(unkeyed, 'ko', 'en'));
  });

  it('aligns the same with a reused matcher as with a fresh one', () => {
    const lexicon = buildLexicon({ srcLang: 'ko', tgtLang: 'en' });
    const { key: _key, ...unkeyed } = lexicon;
    const fresh = alignSegments(seg(korean), seg(english), { srcLang: 'ko', tgtLang: 'en', lexicon: unkeyed });
    const first = alignSegments(seg(korean), seg(english), { srcLang: 'ko', tgtLang: 'en', lexicon });
    const again = alignSegments(seg(korean.slice().reverse()), seg(english.slice().reverse()), { srcLang: 'ko', tgtLang: 'en', lexicon });
    const reused = alignSegments(seg(korean), seg(english), { srcLang: 'ko', tgtLang: 'en', lexicon: structuredClone(lexicon) });
    expect(again.length).toBeGreaterThan(0);
    expect(first).toEqual(fresh);
    expect(reused).toEqual(fresh);
  });
});
