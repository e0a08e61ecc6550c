import { describe, expect, it } from 'vitest';
import { prepareDocument } from './prepare-document';
import { formEvidence, quoteShape, sentenceForm } from './sentence-form';

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

describe('quoteShape', () => {
  it('tells whole quotes from quotes that open or close across sentences', () => {
    expect(quoteShape('The victim did not see his attacker.')).toBe('none');
    expect(quoteShape('"They told me," he said.')).toBe('whole');
    expect(quoteShape('‘역대 대통령 임기 중 가장 극적인 마침표’가 될 것도 확실하다.')).toBe('whole');
    expect(quoteShape('„Das war nie so“, sagte er.')).toBe('whole');
    expect(quoteShape('« Jamais », dit-il.')).toBe('whole');
    expect(quoteShape('“자신을 구할 시간이 없었습니다.')).toBe('opens');
    expect(quoteShape('하지만 그는 죽기 전에 일을 포기했다."')).toBe('closes');
  });

  it('does not take apostrophes of Latin words for quotes', () => {
    expect(quoteShape("Don't sit in silence, O’Brien.")).toBe('none');
    expect(quoteShape("The players' union said no.")).toBe('none');
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

  it('weighs quotation shapes when asked to', () => {
    const quoted = prepareDocument(['"하나."', '"둘."', '셋.', '"넷.'].map(seg), ['"One."', '"Two."', 'Three.', 'Four.'].map(seg), {
      srcLang: 'ko',
      tgtLang: 'en',
    });
    const all = [0, 1, 2, 3];
    const weigh = formEvidence(
      quoted,
      all,
      all,
      [
        [0, 0],
        [1, 1],
        [2, 2],
      ],
      quoteShape,
    );
    expect(weigh(0, 0)).toBe(0);
    expect(weigh(3, 3)).toBeGreaterThan(0);
  });

  it('weighs only the pairs of its stretch (a gap between locks)', () => {
    const weigh = formEvidence(doc, [3, 4], [3, 4], []);
    expect(weigh(4, 4)).toBeGreaterThan(0);
    expect(weigh(0, 4)).toBe(0);
  });
});

describe('sentenceForm and quoteShape read characters as the regexes they replaced did', () => {
  // the formulations before decision 036's addendum, kept here as the reference
  const referenceForm = (text: string) => {
    const last = text.replace(/[\s"'”’“‘)\]」』»›）]+$/u, '').at(-1) ?? '';
    if (last === '?' || last === '？') return 'question';
    if (last === '!' || last === '！') return 'exclamation';
    if (last === '.' || last === '。' || last === '…' || last === ':' || last === ';') return 'statement';
    return 'none';
  };
  const referenceShape = (text: string) => {
    if (!/["“”„‘’'«»「」『』]/u.test(text)) return 'none';
    const marks = text.replace(/(?<=[A-Za-z\u00C0-\u024F])['’](?=[A-Za-z\u00C0-\u024F])|(?<=s)['’](?!\p{L})/gu, '');
    const count = marks.match(/["“”„‘’'«»「」『』]/gu)?.length ?? 0;
    if (count === 0) return 'none';
    if (count % 2 === 0) return 'whole';
    return /^["“”„‘’'«»「」『』]/u.test(marks.trimStart()) ? 'opens' : 'closes';
  };
  const texts = [
    '',
    ' ',
    '"',
    "'",
    "s'",
    "s'a",
    "s'é",
    "s'𝒜",
    "s'😀",
    "'s",
    "Don't",
    "rock 'n' roll",
    "the players' union",
    'the players’ “union”',
    "O’Brien's 'plan'",
    '  “Quote opens here',
    '\u00a0‘Quote opens after a no-break space',
    "Ends a quote.'",
    'Ends a quote.’ ',
    '„Das war nie so“, sagte er.',
    '« Jamais », dit-il.',
    '「정말」이라고 말했다.',
    '그는 ‘마침표’가 될 것이라고 했다',
    'Why? ) ]',
    'Stop!」』',
    'A headline',
    'Ends with a low surrogate 😀',
    'Ends with a space after a question? \t\n',
    "É'é ×'÷ ɏ'ɐ s'ɐ s's",
    '‚single low‛ marks are not quotes',
  ];
  it.each(texts)('%j', (text) => {
    expect(sentenceForm(text)).toBe(referenceForm(text));
    expect(quoteShape(text)).toBe(referenceShape(text));
  });
});
