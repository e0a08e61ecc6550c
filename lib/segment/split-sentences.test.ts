import { describe, expect, it } from 'vitest';
import { splitSentences } from './index';

// Each case: input paragraph and the exact sentences expected. Fixtures are written for these tests.
const ENGLISH: [string, string, string[]][] = [
  ['titles', 'Mr. Kim met Dr. Lee and Mrs. Park. They talked.', ['Mr. Kim met Dr. Lee and Mrs. Park.', 'They talked.']],
  ['initials', 'J. R. Smith arrived. He waved.', ['J. R. Smith arrived.', 'He waved.']],
  ['U.S. inside a sentence', 'The U.S. Army landed at dawn.', ['The U.S. Army landed at dawn.']],
  ['U.S. at the end', 'He moved to the U.S. The move was hard.', ['He moved to the U.S.', 'The move was hard.']],
  [
    'a.m. inside and at end',
    'We met at 9 a.m. on Monday. It rained at 5 p.m. The game stopped.',
    ['We met at 9 a.m. on Monday.', 'It rained at 5 p.m.', 'The game stopped.'],
  ],
  [
    'month and number abbreviations',
    'It opens Nov. 5 on St. Mark St. in room No. 4. Tickets sold out.',
    ['It opens Nov. 5 on St. Mark St. in room No. 4.', 'Tickets sold out.'],
  ],
  [
    'decimals and amounts',
    'Shares rose 3.5% to $12.75. Exports hit 1.2 trillion won.',
    ['Shares rose 3.5% to $12.75.', 'Exports hit 1.2 trillion won.'],
  ],
  ['ellipsis then lower case', 'He paused... and then spoke. Silence.', ['He paused... and then spoke.', 'Silence.']],
  ['ellipsis then capital', 'He paused… Then he spoke.', ['He paused…', 'Then he spoke.']],
  ['closing quote stays', 'She said, "It is over." Then she left.', ['She said, "It is over."', 'Then she left.']],
  ['closing bracket stays', 'The vote passed (barely.) Critics objected.', ['The vote passed (barely.)', 'Critics objected.']],
  [
    'quote with attribution stays whole',
    '"We are ready. We will win," he said. Fans cheered.',
    ['"We are ready. We will win," he said.', 'Fans cheered.'],
  ],
  [
    'question in quote with attribution',
    '"Is it safe? Nobody knows," she asked. No answer came.',
    ['"Is it safe? Nobody knows," she asked.', 'No answer came.'],
  ],
  [
    'curly quotes and attribution',
    '“Prices will fall. Wages will not,” the minister said.',
    ['“Prices will fall. Wages will not,” the minister said.'],
  ],
  ['standalone multi-sentence quote splits', '“We lost. We go home.” The coach left.', ['“We lost.', 'We go home.”', 'The coach left.']],
  ['apostrophes do not open quotes', "It's the team's win. They're happy.", ["It's the team's win.", "They're happy."]],
  ['question and exclamation', 'Why now? Because it works! Really.', ['Why now?', 'Because it works!', 'Really.']],
  [
    'headline without a period',
    'Storm hits coast\nThe storm arrived at noon. Power failed.',
    ['Storm hits coast', 'The storm arrived at noon.', 'Power failed.'],
  ],
  [
    'bullet lines',
    'Key points:\n- prices rise\n- wages fall\n• jobs stay',
    ['Key points:', '- prices rise', '- wages fall', '• jobs stay'],
  ],
  ['soft line break joins', 'The committee met on\nTuesday and voted.', ['The committee met on Tuesday and voted.']],
  ['number after period without space', 'Version 2.0 shipped. Done.', ['Version 2.0 shipped.', 'Done.']],
];

const KOREAN: [string, string, string[]][] = [
  ['다. endings', '정부는 발표했다. 시장은 반응했다.', ['정부는 발표했다.', '시장은 반응했다.']],
  ['요. and 까?', '정말 그럴까? 모르겠어요. 그렇죠.', ['정말 그럴까?', '모르겠어요.', '그렇죠.']],
  [
    'quote then 라고 말했다',
    '그는 "경제가 어렵다. 정말 어렵다."라고 말했다. 회의는 끝났다.',
    ['그는 "경제가 어렵다. 정말 어렵다."라고 말했다.', '회의는 끝났다.'],
  ],
  ['quote, space, 라고', '그는 “준비됐다.” 라고 밝혔다. 다들 웃었다.', ['그는 “준비됐다.” 라고 밝혔다.', '다들 웃었다.']],
  ['quote then 고 밝혔다', '"우리는 이긴다."고 밝혔다.', ['"우리는 이긴다."고 밝혔다.']],
  [
    'decimals and amounts',
    '수출은 3.2% 늘어 3조2천억원을 기록했다. 전망은 밝다.',
    ['수출은 3.2% 늘어 3조2천억원을 기록했다.', '전망은 밝다.'],
  ],
  ['missing space after period', '회의가 끝났다.그러나 논란은 계속됐다.', ['회의가 끝났다.', '그러나 논란은 계속됐다.']],
  ['headline without period', '태풍, 남해안 강타\n태풍이 오늘 상륙했다.', ['태풍, 남해안 강타', '태풍이 오늘 상륙했다.']],
  ['bullets with ▲', '주요 내용은 다음과 같다.\n▲물가 상승\n▲임금 정체', ['주요 내용은 다음과 같다.', '▲물가 상승', '▲임금 정체']],
  ['Latin abbreviation inside Korean', 'U.S. 국방부는 성명을 냈다. 반응은 엇갈렸다.', ['U.S. 국방부는 성명을 냈다.', '반응은 엇갈렸다.']],
  ['ellipsis inside', '그는…… 잠시 멈췄다. 그리고 말했다.', ['그는…… 잠시 멈췄다.', '그리고 말했다.']],
];

describe('splitSentences (en)', () => {
  it.each(ENGLISH)('%s', (_name, input, expected) => {
    expect(splitSentences(input, 'en')).toEqual(expected);
  });
});

describe('splitSentences (ko)', () => {
  it.each(KOREAN)('%s', (_name, input, expected) => {
    expect(splitSentences(input, 'ko-KR')).toEqual(expected);
  });
});

describe('per-project abbreviations', () => {
  it('does not split after a project abbreviation', () => {
    expect(splitSentences('Shares of Samsung Elec. Co rose. Good.', 'en')).toEqual(['Shares of Samsung Elec.', 'Co rose.', 'Good.']);
    expect(splitSentences('Shares of Samsung Elec. Co rose. Good.', 'en', ['Elec.'])).toEqual([
      'Shares of Samsung Elec. Co rose.',
      'Good.',
    ]);
  });
});

describe('Intl.Segmenter fallback', () => {
  it('splits German and repairs abbreviation breaks', () => {
    expect(splitSentences('Dr. Müller kam um 3.5 Uhr an. Er sagte: „Hallo.“ Dann ging er.', 'de')).toEqual([
      'Dr. Müller kam um 3.5 Uhr an.',
      'Er sagte: „Hallo.“',
      'Dann ging er.',
    ]);
  });
  it('splits Japanese on 。', () => {
    expect(splitSentences('今日は晴れです。明日は雨です。', 'ja')).toEqual(['今日は晴れです。', '明日は雨です。']);
  });
  it('is deterministic', () => {
    const text = 'M. Dupont est arrivé. Il pleuvait. « Bonjour. » dit-il.';
    expect(splitSentences(text, 'fr')).toEqual(splitSentences(text, 'fr'));
  });
});
