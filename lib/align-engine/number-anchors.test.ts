import { describe, expect, it } from 'vitest';
import { numberAnchors } from './number-anchors';

describe('numberAnchors', () => {
  it.each([
    ['ko', '수출이 3조2천억원 늘었다', ['n:3200000000000']],
    ['en', 'Exports rose by 3.2 trillion won', ['n:3200000000000', 'nr:3000000000000']],
    ['ko', '4월10일 발표', ['month:4', 'n:10']],
    ['en', 'announced on April 10', ['n:10', 'month:4']],
    ['ko', '5천만 명', ['n:50000000']],
    ['en', '50 million people', ['n:50000000', 'nr:50000000']],
    ['ko', '1만2천 명이 모였다', ['n:12000']],
    ['en', '12,000 people gathered', ['n:12000', 'nr:10000']],
    ['ko', '20억 달러', ['n:2000000000']],
    ['en', '$2bn deal', ['n:2000000000', 'nr:2000000000']],
    ['ko', '금리 3.5%', ['n:3.5']],
    ['en', 'a rate of 3.5 percent', ['n:3.5']],
    ['ko', '6개월 동안', ['n:6']],
    ['en', 'for six months', ['n:6']],
    ['en', 'the 2nd of May 2019', ['n:2', 'n:2019', 'month:5']],
    ['en', 'it may rain', []],
    ['de', 'auf 3,5 km bei 6000 m im Jahr 1956', ['n:3.5', 'n:6000', 'n:1956']],
    ['fr', 'à 1200 m, 2,5 millions', ['n:1200', 'n:2500000']],
    ['en', 'no numbers here', []],
    // a space between the units of one Korean number (was two numbers, 1억 and 2천만)
    ['ko', '연간 1억 2천만 파운드가', ['n:120000000']],
    // "3조원대" is a range (3 trillion and something): a range key, which English amounts also get (decision 044);
    // "3조원 대출" and "3조 대기업" are numbers
    ['ko', '계약 규모는 3조원대 중반으로 불어난다', ['nr:3000000000000']],
    ['en', 'a deal worth around 3.5 trillion won', ['n:3500000000000', 'nr:3000000000000']],
    ['ko', '30억원대', ['nr:3000000000']],
    ['ko', '5천만 원대로 떨어졌다', ['nr:50000000']],
    ['de', '3,5 Milliarden', ['n:3500000000']],
    ['ko', '3조원 대출', ['n:3000000000000']],
    ['ko', '3조 대기업', ['n:3000000000000']],
    ['ko', '20대 남성', ['n:20']],
  ])('%s: %s', (lang, text, expected) => {
    expect(numberAnchors(text, lang)).toEqual(expected);
  });
});
