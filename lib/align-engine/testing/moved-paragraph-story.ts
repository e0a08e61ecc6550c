import { buildLexicon } from '../build-lexicon';

// A fictional earnings story written for this test. The English edition moves the paragraph about the
// investment plan (Korean 3-4) to the end.
export const KO = [
  [0, '청림전자는 3일 올해 2분기 영업이익이 1조2천억원으로 집계됐다고 밝혔다.'],
  [0, '매출은 15조원으로 작년 같은 기간보다 8% 늘었다.'],
  [1, '반도체 부문이 이익의 70%를 차지했다.'],
  [2, '회사는 하반기에 평택 공장에 4조원을 투자해 생산 라인 2개를 새로 짓는다.'],
  [2, '박지훈 사장은 "2027년까지 평택 공장의 생산량을 두 배로 늘리겠다"고 말했다.'],
  [3, '한편 청림전자 주가는 이날 2.5% 올랐다.'],
  [3, '시장은 3분기 실적을 더 낙관하고 있다.'],
  [4, '다음 실적 발표는 10월 25일이다.'],
] as const;
export const EN = [
  [0, 'Cheongnim Electronics said on the 3rd that its second-quarter operating profit came to 1.2 trillion won.'],
  [0, 'Sales rose 8 percent from a year earlier to 15 trillion won.'],
  [1, 'The chip division accounted for 70 percent of the profit.'],
  [2, 'Cheongnim Electronics shares rose 2.5 percent on the day.'],
  [2, 'The market is even more upbeat about third-quarter results.'],
  [3, 'The next earnings report is due on Oct. 25.'],
  [4, 'The company will invest 4 trillion won in its Pyeongtaek plant in the second half to build 2 new production lines.'],
  [4, '"We will double the output of the Pyeongtaek plant by 2027," President Park Ji-hoon said.'],
] as const;

export const input = (rows: readonly (readonly [number, string])[]) => rows.map(([paragraph, text]) => ({ text, paragraph }));
export const KO_EN = { srcLang: 'ko', tgtLang: 'en', lexicon: buildLexicon({ srcLang: 'ko', tgtLang: 'en' }) };
