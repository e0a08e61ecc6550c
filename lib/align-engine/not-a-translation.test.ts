import { describe, expect, it } from 'vitest';
import { alignSegments } from './align-segments';
import { buildLexicon } from './build-lexicon';
import { CONFIDENCE_CAPS } from './calibrate-confidence';
import { DEFAULT_PARAMS } from './model-params';
import type { EngineBead } from './types';

// The demo article "Seoul to run driverless night buses" (lib/server/seed/demo-articles.ts), segmented as
// the app does. Its English edition ends with a background sentence of its own instead of the Korean
// closing sentence about the taxi industry: a substitution, not a translation.
const KO = [
  [0, '서울시가 다음 달 1일부터 심야 자율주행 버스를 3개 노선으로 확대 운행한다고 27일 밝혔다.'],
  [0, '새로 추가되는 노선은 강남역과 잠실역, 그리고 홍대입구역을 잇는다.'],
  [1, '자율주행 버스는 밤 11시 30분부터 새벽 5시 10분까지 약 20분 간격으로 운행된다.'],
  [1, '요금은 일반 심야버스와 같은 2,500원이다.'],
  [2, '시는 지난해 시범 운행 기간에 모두 4만2천여 명이 버스를 이용했다고 설명했다.'],
  [2, '같은 기간 사고는 한 건도 없었다.'],
  [3, '김민수 서울시 교통정책과장은 "늦은 시간에 귀가하는 시민들의 불편을 줄이겠다"며 "안전 요원은 당분간 계속 탑승한다"고 말했다.'],
  [4, '다만 일부 택시 업계는 생계에 영향을 줄 수 있다며 반발하고 있다.'],
] as const;
const EN = [
  [
    0,
    'Seoul will run its self-driving late-night buses on three routes from the first of next month, the city government said on Nov. 27, adding new lines that link Gangnam, Jamsil and Hongik University stations.',
  ],
  [1, 'The buses will run about every 20 minutes from 11:30 p.m. to 5:10 a.m.'],
  [2, 'Fares will stay at 2,500 won, the same as for regular night buses.'],
  [3, "About 42,000 passengers rode the buses during last year's pilot, and there were no accidents, according to the city."],
  [
    4,
    '"We want to make the trip home easier for people who finish late," said Kim Min-su, who heads the city\'s transport policy division.',
  ],
  [4, 'Safety staff will stay on board for now, he added.'],
  [5, 'Seoul first tested autonomous vehicles on public roads in 2020.'],
] as const;

const input = (rows: readonly (readonly [number, string])[]) => rows.map(([paragraph, text]) => ({ text, paragraph }));
const KO_EN = { srcLang: 'ko', tgtLang: 'en', lexicon: buildLexicon({ srcLang: 'ko', tgtLang: 'en' }) };
const key = (b: EngineBead) => `[${b.source.join(',')}]:[${b.target.join(',')}]`;

describe('a bead must earn its link', () => {
  it("reads the demo article's replaced closing sentence as 1-0 + 0-1, with a low confidence and the reason", () => {
    const beads = alignSegments(input(KO), input(EN), KO_EN);
    const keys = beads.map(key);
    expect(keys).not.toContain('[7]:[6]');
    const dropped = beads.find((b) => key(b) === '[7]:[]');
    const added = beads.find((b) => key(b) === '[]:[6]');
    expect(dropped).toBeDefined();
    expect(added).toBeDefined();
    expect(added?.confidence).toBeLessThan(0.9);
    expect(added?.reason).toMatch(/2020 has no counterpart/);
    expect(added?.reason).toMatch(/no shared terms/);
    // the translated beads around it stay as they were
    expect(keys.slice(0, 5)).toEqual(['[0,1]:[0]', '[2]:[1]', '[3]:[2]', '[4,5]:[3]', '[6]:[4,5]']);
  });

  it('links the same pair when the substitution reading is switched off (what the reading protects against)', () => {
    const beads = alignSegments(input(KO), input(EN), KO_EN, { ...DEFAULT_PARAMS, substitutionCost: null });
    expect(beads.map(key)).toContain('[7]:[6]');
  });

  it('never lets length alone reach 0.9', () => {
    // two sentences of fitting length that share no number, name, term or mark
    const beads = alignSegments(
      [{ text: '그 회의는 예상보다 훨씬 길게 이어졌고 참석자들은 늦은 밤까지 자리를 지켰다.' }],
      [{ text: 'The meeting ran far longer than expected and people stayed in their seats late into the night.' }],
      KO_EN,
    );
    for (const b of beads) expect(b.confidence).toBeLessThanOrEqual(CONFIDENCE_CAPS.lengthOnly);
  });

  it('keeps a pair without Korean evidence below 0.99', () => {
    const beads = alignSegments(
      [{ text: 'Die Expedition erreichte am 12. Juli 1953 den Gipfel des Nanga Parbat.' }],
      [{ text: "L'expédition atteignit le sommet du Nanga Parbat le 12 juillet 1953." }],
      { srcLang: 'de', tgtLang: 'fr' },
    );
    expect(beads.map(key)).toEqual(['[0]:[0]']);
    expect(beads[0].confidence).toBeLessThanOrEqual(CONFIDENCE_CAPS.withoutKorean);
  });
});
