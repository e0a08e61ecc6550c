import { describe, expect, it } from 'vitest';
import { alignSegments } from './align-segments';
import { buildLexicon } from './build-lexicon';
import type { EngineBead } from './types';

// Small documents written for these tests. Each case lists the exact beads expected.
const seg = (lines: string[]) => lines.map((text) => ({ text }));
const shape = (beads: EngineBead[]) => beads.map((b) => `[${b.source.join(',')}]:[${b.target.join(',')}]`);

const KO_EN = { srcLang: 'ko', tgtLang: 'en', lexicon: buildLexicon({ srcLang: 'ko', tgtLang: 'en' }) };

describe('alignSegments, exact small alignments', () => {
  it('1-1 with numbers, names and lexicon', () => {
    const beads = alignSegments(
      seg(['트럼프 대통령은 화요일 워싱턴에 도착했다.', '그는 2024년 선거에 대해 말했다.', '경찰은 시위대 300명을 체포했다.']),
      seg(['President Trump arrived in Washington on Tuesday.', 'He spoke about the 2024 election.', 'Police arrested 300 protesters.']),
      KO_EN,
    );
    expect(shape(beads)).toEqual(['[0]:[0]', '[1]:[1]', '[2]:[2]']);
  });

  it('2-1: a Korean translator split one English sentence', () => {
    const beads = alignSegments(
      seg([
        '정부는 월요일 새 예산안을 발표했다.',
        '예산은 모두 5천억원 규모다.',
        '이 예산은 학교와 병원에 쓰인다.',
        '야당은 이 계획을 비판했다.',
      ]),
      seg([
        'The government announced a new budget on Monday worth 500 billion won in total.',
        'The budget will be spent on schools and hospitals.',
        'The opposition criticized the plan.',
      ]),
      KO_EN,
    );
    expect(shape(beads)).toEqual(['[0,1]:[0]', '[2]:[1]', '[3]:[2]']);
  });

  it('0-1: an English sentence with no Korean counterpart', () => {
    const beads = alignSegments(
      seg(['서울에서 지진이 발생했다.', '사망자는 없었다.', '기상청은 여진을 경고했다.']),
      seg([
        'An earthquake struck Seoul.',
        'The quake was felt as far away as Busan, 320 kilometres to the south, according to residents.',
        'No deaths were reported.',
        'The weather agency warned of aftershocks.',
      ]),
      KO_EN,
    );
    expect(shape(beads)).toEqual(['[0]:[0]', '[]:[1]', '[1]:[2]', '[2]:[3]']);
  });

  it('1-3 in German-French, with no lexicon at all', () => {
    const beads = alignSegments(
      seg([
        'Die Expedition erreichte den Gipfel am 12. Mai 1956.',
        'Sie bestand aus vier Bergsteigern aus Zürich, Bern und Genf, die nach einem langen Marsch durch das Tal, einer Nacht im Sturm und zwei Tagen Wartezeit endlich aufbrechen konnten.',
        'Das Wetter war gut.',
        'Am Abend kehrten alle ins Lager zurück.',
      ]),
      seg([
        "L'expédition atteignit le sommet le 12 mai 1956.",
        'Elle comptait quatre alpinistes de Zurich, Berne et Genève.',
        "Ils avaient d'abord marché longtemps à travers la vallée.",
        "Après une nuit de tempête et deux jours d'attente, ils purent enfin partir.",
        'Le temps était beau.',
        'Le soir, tous rentrèrent au camp.',
      ]),
      { srcLang: 'de', tgtLang: 'fr' },
    );
    expect(shape(beads)).toEqual(['[0]:[0]', '[1]:[1,2,3]', '[2]:[4]', '[3]:[5]']);
  });

  it('1-0: a source sentence the translation dropped', () => {
    const beads = alignSegments(
      seg([
        'The council met on 3 March.',
        'It approved 12 new houses, 4 shops and a school on the old factory site near the river.',
        'The vote was 7 to 2.',
      ]),
      seg(['El consejo se reunió el 3 de marzo.', 'La votación fue 7 a 2.']),
      { srcLang: 'en', tgtLang: 'es' },
    );
    expect(shape(beads)).toEqual(['[0]:[0]', '[1]:[]', '[2]:[1]']);
  });
});

describe('alignSegments, contract', () => {
  it('covers every index once, in order, with confidence in [0, 1] and a reason', () => {
    const src = seg(Array.from({ length: 40 }, (_, k) => `Sentence number ${k} about topic ${k * 7}.`));
    const tgt = seg(Array.from({ length: 37 }, (_, k) => `Satz Nummer ${k} über Thema ${k * 7}.`));
    const beads = alignSegments(src, tgt, { srcLang: 'en', tgtLang: 'de' });
    expect(beads.flatMap((b) => b.source)).toEqual([...Array(40).keys()]);
    expect(beads.flatMap((b) => b.target)).toEqual([...Array(37).keys()]);
    for (const b of beads) {
      expect(b.confidence).toBeGreaterThanOrEqual(0);
      expect(b.confidence).toBeLessThanOrEqual(1);
      expect(b.reason).not.toBe('');
    }
  });

  it('handles empty sides', () => {
    expect(alignSegments([], [], KO_EN)).toEqual([]);
    expect(shape(alignSegments(seg(['하나.']), [], KO_EN))).toEqual(['[0]:[]']);
    expect(shape(alignSegments([], seg(['One.', 'Two.']), KO_EN))).toEqual(['[]:[0]', '[]:[1]']);
  });

  it('is deterministic and does not mutate its input', () => {
    const src = seg(['가나다.', '라마바 2019년.']);
    const tgt = seg(['Abc.', 'Def in 2019.']);
    const copy = JSON.parse(JSON.stringify(src));
    expect(alignSegments(src, tgt, KO_EN)).toEqual(alignSegments(src, tgt, KO_EN));
    expect(src).toEqual(copy);
  });

  it('reports the evidence in the reason', () => {
    const [bead] = alignSegments(seg(['2024년 10월 매출은 3조원이었다.']), seg(['Sales in October 2024 were 3 trillion won.']), KO_EN);
    expect(bead.reason).toMatch(/numbers .*2024/); // a year is shown as a year, not "2,024"
    expect(bead.reason).toMatch(/months Oct/);
  });

  it('uses paragraph boundaries as evidence', () => {
    // Equal lengths everywhere: only the paragraph structure says where the 2-1 is.
    const src = [
      { text: 'Alpha beta gamma delta.', paragraph: 0 },
      { text: 'Epsilon zeta eta theta.', paragraph: 0 },
      { text: 'Iota kappa lambda mu.', paragraph: 1 },
    ];
    const tgt = [
      { text: 'Uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece.', paragraph: 0 },
      { text: 'Catorce quince dieciseis.', paragraph: 1 },
    ];
    expect(shape(alignSegments(src, tgt, { srcLang: 'en', tgtLang: 'es' }))).toEqual(['[0,1]:[0]', '[2]:[1]']);
  });
});
