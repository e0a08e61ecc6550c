import { describe, expect, it } from 'vitest';
import { prepareDocument } from './prepare-document';
import { formEvidence, sentenceForm } from './sentence-form';

describe('sentenceForm', () => {
  it('reads the last mark before closing quotes and brackets', () => {
    expect(sentenceForm('그녀의 대답을 기억하십니까?')).toBe('question');
    expect(sentenceForm('"Did you do it?"')).toBe('question');
    expect(sentenceForm('“자신을 구할 시간이 없었습니다.”')).toBe('statement');
    expect(sentenceForm('He said: "We need to have a deal."  ')).toBe('statement');
    expect(sentenceForm('Stop it!')).toBe('exclamation');
    expect(sentenceForm('Why Trump Will Win a Second Term')).toBe('none');
    expect(sentenceForm('일프랙콤 남성, 수차례 공기총에 맞아')).toBe('none');
    expect(sentenceForm('')).toBe('none');
  });
});

describe('formEvidence', () => {
  const seg = (text: string) => ({ text });
  const source = ['첫 문장입니다.', '둘째 문장입니다.', '셋째 문장입니다.', '제목', '질문입니까?'].map(seg);
  const target = ['First sentence.', 'Second sentence.', 'Third sentence.', 'A headline', 'A statement.'].map(seg);
  const doc = prepareDocument(source, target, { srcLang: 'ko', tgtLang: 'en' });

  it('adds nothing where the forms agree and a positive weight where they differ', () => {
    const all = [0, 1, 2, 3, 4];
    const weigh = formEvidence(doc, all, all, [
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(weigh(0, 0)).toBe(0);
    expect(weigh(3, 3)).toBe(0);
    expect(weigh(4, 4)).toBeGreaterThan(0);
    expect(weigh(3, 0)).toBe(weigh(4, 4));
  });

  it('weighs a difference less where the confident links often differ, and never below zero', () => {
    const all = [0, 1, 2, 3, 4];
    const agreeing = formEvidence(doc, all, all, [
      [0, 0],
      [1, 1],
    ]);
    const differing = formEvidence(doc, all, all, [
      [0, 3],
      [3, 0],
    ]);
    expect(differing(4, 4)).toBeLessThan(agreeing(4, 4));
    expect(differing(4, 4)).toBeGreaterThanOrEqual(0);
  });

  it('weighs only the pairs of its stretch (a gap between locks)', () => {
    const weigh = formEvidence(doc, [3, 4], [3, 4], []);
    expect(weigh(4, 4)).toBeGreaterThan(0);
    expect(weigh(0, 4)).toBe(0);
  });
});
