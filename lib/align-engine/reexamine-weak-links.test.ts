import { describe, expect, it } from 'vitest';
import { documentLengthModel } from './align-range';
import { alignSegments } from './align-segments';
import { buildLexicon } from './build-lexicon';
import type { PathBead } from './lattice';
import { compileLexicon } from './lexicon-matcher';
import { DEFAULT_PARAMS } from './model-params';
import { prepareDocument } from './prepare-document';
import { reexamineWeakLinks } from './reexamine-weak-links';

// Fictional: the demo article "Seoul to run driverless night buses" (see not-a-translation.test.ts), whose
// English edition put a sentence of its own in place of the Korean sentence about the buses' sensors.
const KO = [
  [0, '서울시가 다음 달 1일부터 심야 자율주행 버스를 3개 노선으로 확대 운행한다고 27일 밝혔다.'],
  [0, '새로 추가되는 노선은 강남역과 잠실역, 그리고 홍대입구역을 잇는다.'],
  [1, '자율주행 버스는 밤 11시 30분부터 새벽 5시 10분까지 약 20분 간격으로 운행된다.'],
  [1, '이 노선에는 현대자동차가 만든 전기버스 12대가 투입되며, 차량마다 카메라 8대와 라이다 센서 6개가 달려 있다.'],
  [2, '시는 지난해 시범 운행 기간에 모두 4만2천여 명이 버스를 이용했다고 설명했다.'],
  [2, '같은 기간 사고는 한 건도 없었다.'],
  [3, '김민수 서울시 교통정책과장은 "늦은 시간에 귀가하는 시민들의 불편을 줄이겠다"며 "안전 요원은 당분간 계속 탑승한다"고 말했다.'],
] as const;
const EN = [
  [
    0,
    'Seoul will run its self-driving late-night buses on three routes from the first of next month, the city government said on Nov. 27, adding new lines that link Gangnam, Jamsil and Hongik University stations.',
  ],
  [1, 'The buses will run about every 20 minutes from 11:30 p.m. to 5:10 a.m.'],
  [1, 'Most of the drivers on those routes are former taxi drivers who retrained at a city school last spring.'],
  [2, "About 42,000 passengers rode the buses during last year's pilot, and there were no accidents, according to the city."],
  [
    3,
    '"We want to make the trip home easier for people who finish late," said Kim Min-su, who heads the city\'s transport policy division.',
  ],
  [3, 'Safety staff will stay on board for now, he added.'],
] as const;

const KO_EN = { srcLang: 'ko', tgtLang: 'en', lexicon: buildLexicon({ srcLang: 'ko', tgtLang: 'en' }) };
const input = (rows: readonly (readonly [number, string])[]) => rows.map(([paragraph, text]) => ({ text, paragraph }));
const bead = (i0: number, i1: number, j0: number, j1: number): PathBead => ({ i0, i1, j0, j1, posterior: 0.9 });
// a path as the search might return it, with the replaced sentence linked to the Korean one
const PATH = [bead(0, 2, 0, 1), bead(2, 3, 1, 2), bead(3, 4, 2, 3), bead(4, 6, 3, 4), bead(6, 7, 4, 6)];

describe('a weak link is weighed again', () => {
  const doc = prepareDocument(input(KO), input(EN), KO_EN);
  const model = documentLengthModel(doc);

  it('reads a link that shares nothing, and misses numbers and a name, as 1-0 + 0-1 when the other links share anchors', () => {
    const out = reexamineWeakLinks(doc, PATH, model, DEFAULT_PARAMS);
    expect(out[2]).toMatchObject({ i0: 3, i1: 4, j0: 2, j1: 3, substituted: true });
    expect(out[2].posterior).toBeLessThan(0.9);
    // every other bead is kept as it was
    expect(out.filter((_, k) => k !== 2)).toEqual(PATH.filter((_, k) => k !== 2));
  });

  it('keeps the link when its English side is the translation', () => {
    const en = EN.map(
      ([p, t], k) =>
        [p, k === 2 ? 'Each of the 12 electric buses, made by Hyundai Motor, carries eight cameras and six lidar sensors.' : t] as const,
    );
    const translated = prepareDocument(input(KO), input(en), KO_EN);
    expect(reexamineWeakLinks(translated, PATH, documentLengthModel(translated), DEFAULT_PARAMS)).toEqual(PATH);
  });

  it('changes nothing where the substitution reading is off (pairs without Korean)', () => {
    expect(reexamineWeakLinks(doc, PATH, model, { ...DEFAULT_PARAMS, substitutionCost: null })).toEqual(PATH);
  });
});

describe('one-syllable lexicon terms', () => {
  const lexicon = compileLexicon(KO_EN.lexicon, 'ko', 'en');
  const labels = (hits: { concept: number }[]) => hits.map((h) => lexicon.label(h.concept));

  it('match as a whole word before a particle (팀에게 ~ team)', () => {
    expect(labels(lexicon.source('활기를 불어넣은 팀에게 돌아가야 한다'))).toContain('team');
    expect(labels(lexicon.target('the team since his arrival'))).toContain('team');
  });

  it('do not match inside a longer word (팀장 is not 팀 + particle)', () => {
    expect(labels(lexicon.source('팀장'))).not.toContain('team');
  });
});

describe('a wrong number is a translation error, not a substitution', () => {
  // Fictional, like the QA e2e document: two translations each state a different number than their source
  // (4만2천 as 24,000; the 27th as the 26th). Translation QA flags them (issue 14); the engine must keep them linked.
  const ko = [
    '서울시는 심야버스 3개 노선을 운행한다.',
    '첫날 4만2천 명이 버스를 탔다.',
    '요금은 1,500원이다.',
    '개통식은 27일 열렸다.',
    '시는 이용객이 늘 것으로 본다.',
  ];
  const en = [
    'Seoul runs three late-night bus routes.',
    'Some 24,000 people rode the buses on the first day.',
    'The fare is 1,500 won.',
    'The opening ceremony was held on the 26th.',
    'The city expects more riders.',
  ];
  const options = { srcLang: 'ko', tgtLang: 'en', lexicon: buildLexicon({ srcLang: 'ko', tgtLang: 'en' }) };

  it('links pairs whose numbers disagree one for one', () => {
    const beads = alignSegments(
      ko.map((text) => ({ text })),
      en.map((text) => ({ text })),
      options,
    );
    expect(beads.map((b) => `${b.source.join(',')}:${b.target.join(',')}`)).toEqual(['0:0', '1:1', '2:2', '3:3', '4:4']);
  });

  it('still counts a number that no number of the other sentence faces', () => {
    const beads = alignSegments(
      [...ko.slice(0, 3), '개통식에는 시민 300명이 참석했다.', ko[4]].map((text) => ({ text })),
      [...en.slice(0, 3), 'Officials from the transport ministry spoke at the ceremony.', en[4]].map((text) => ({ text })),
      options,
    );
    expect(beads.some((b) => b.source.includes(3) && b.target.includes(3))).toBe(false);
  });
});
