import { describe, expect, it } from 'vitest';
import { buildLexicon } from './build-lexicon';
import { KO_EN_CONCEPTS } from './builtin-lexicon-ko-en';
import { GENERAL_DATA } from './builtin-lexicon-ko-en-general';
import { compileLexicon } from './lexicon-matcher';

const generalRows = GENERAL_DATA.split('\n').filter((line) => line.includes('|')).length;
const lexicon = buildLexicon({ srcLang: 'ko', tgtLang: 'en' });
const matcher = compileLexicon(lexicon, 'ko', 'en');
const shared = (ko: string, en: string) => {
  const s = new Set(matcher.source(ko).map((h) => h.concept));
  return matcher
    .target(en)
    .filter((h) => s.has(h.concept))
    .map((h) => matcher.label(h.concept))
    .sort();
};

describe('general Korean-English vocabulary (decision 035)', () => {
  it.each([
    ['그는 모자를 쓴 모델과 함께 런웨이에 섰다', 'He walked the runway with a model in a hat', ['hat', 'model', 'runway']],
    ['골키퍼가 패스를 놓쳤다', 'The goalkeeper missed the pass', ['goalkeeper', 'pass']],
    ['산불로 주민들이 대피했다', 'Residents were evacuated because of the wildfire', ['evacuate', 'resident', 'wildfire']],
    ['할아버지의 묘비', "his grandfather's gravestone", ['grandfather', 'gravestone']],
    // a longer stem wins inside one word: 할아버지 is not also 아버지, 경기침체 not 경기 (game)
    ['경기침체 우려', 'fears of a recession', ['concern', 'recession']],
  ])('%s ~ %s', (ko, en, expected) => {
    expect(shared(ko, en)).toEqual(expected.sort());
  });

  it('keeps Korean terms to words the matcher can find (no spaces, no Latin letters)', () => {
    for (const row of KO_EN_CONCEPTS.slice(-generalRows)) {
      for (const ko of row.source) expect(ko, ko).toMatch(/^[\uac00-\ud7a3]+$/);
      expect(row.target.length, row.source.join()).toBeGreaterThan(0);
    }
  });

  it('never glues two concepts of the news list together', () => {
    // union-find over shared forms, once for the news list alone and once with the general rows
    const rows = KO_EN_CONCEPTS;
    const base = rows.length - generalRows;
    const components = (count: number) => {
      const parent = Array.from({ length: count }, (_, k) => k);
      const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
      const owner = new Map<string, number>();
      rows.slice(0, count).forEach((r, k) => {
        for (const form of [...r.source.map((x) => `ko:${x}`), ...r.target.map((x) => `en:${x.toLowerCase()}`)]) {
          const o = owner.get(form);
          if (o === undefined) owner.set(form, k);
          else parent[find(k)] = find(o);
        }
      });
      return find;
    };
    const alone = components(base);
    const together = components(rows.length);
    const newsPerComponent = new Map<number, Set<number>>();
    for (let k = 0; k < base; k++) {
      const c = together(k);
      if (!newsPerComponent.has(c)) newsPerComponent.set(c, new Set());
      newsPerComponent.get(c)!.add(alone(k));
    }
    const glued = [...newsPerComponent.values()].filter((s) => s.size > 1).map((s) => [...s].map((k) => rows[k].target[0]));
    expect(glued).toEqual([]);
  });
});
