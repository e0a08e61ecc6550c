import { describe, expect, it } from 'vitest';
import { segmentText } from '@/lib/segment';
import { isCreditLine, lineGroups } from '@/lib/segment/line-groups';
import { dropBoilerplateLines, isFurnitureLine } from './article-boilerplate';
import { plainTextToParagraphs } from './plain-text-to-paragraphs';
import { PASTED_ENGLISH_PAGE, PASTED_KOREAN_PAGE } from './testing/web-text-fixtures';

describe('isFurnitureLine', () => {
  it.each([
    ['Posted on : 2026-07-02 09:10 KST', true],
    ['Modified on : 2026-07-02 11:45 KST', true],
    ['입력 2026-07-02 09:10', true],
    ['By Nam Ha-eun', true],
    ['By Kim Min-ji, staff reporter', true],
    ['남하은 기자 desk@example.com', true],
    ['Please direct questions or comments to [desk@example.com]', true],
    ['Facebook Twitter KakaoTalk Print', true],
    ['공유 페이스북 트위터 카카오톡', true],
    ['button that move to original korean article', true],
    ['기사 원문', true],
    ['ⓒ 가상일보, 무단 전재 및 재배포 금지', true],
    ['Copyright 2026 Example Daily. All rights reserved.', true],
    // Sentences that start like furniture stay.
    ['By then, most residents had left the island.', false],
    ['By 2030 the city wants 50 libraries.', false],
    ['Posted guards stood at the gate.', false],
    ['(c) the third option was dropped.', false],
    ['Twitter users shared photos of the ferry all day.', false],
    ['기사 원문에 따르면 시는 예산을 늘렸다.', false],
  ])('%s → %s', (line, expected) => {
    expect(isFurnitureLine(line)).toBe(expected);
  });
});

describe('dropBoilerplateLines', () => {
  it('drops the furniture of a pasted English page and reports every dropped line', () => {
    const { text, dropped } = dropBoilerplateLines(PASTED_ENGLISH_PAGE);
    expect(dropped).toEqual([
      'Posted on : 2026-07-02 09:10 KST Modified on : 2026-07-02 11:45 KST',
      'Facebook Twitter KakaoTalk Print',
      'button that move to original korean article',
      'By Nam Ha-eun',
      'Please direct questions or comments to [desk@example.com]',
      'Related stories',
      'Island ferries add night sailings for tourists',
      'Port museum reopens after two-year renovation',
      'Most viewed articles',
      '1 Rain expected across the south this weekend',
      '2 Rookie striker scores twice in debut',
    ]);
    expect(text.split('\n\n')).toEqual([
      'Harbor city opens floating library for summer',
      'Children read on the deck of the floating library in Mokpo Bay on Wednesday.\n(Yonhap)\nChildren read on the deck of the floating library in Mokpo Bay on Wednesday.',
      'A converted ferry moored in Mokpo Bay opened as a public library on Wednesday, the city said.',
      'The library holds 12,000 books and will stay open until the end of August.',
    ]);
  });

  it('drops the furniture of a pasted Korean page', () => {
    const { text, dropped } = dropBoilerplateLines(PASTED_KOREAN_PAGE);
    expect(dropped).toEqual([
      '입력 2026-07-02 09:10',
      '남하은 기자 desk@example.com',
      '기사 원문',
      '공유 페이스북 트위터 카카오톡',
      'ⓒ 가상일보, 무단 전재 및 재배포 금지',
      '관련 기사',
      '섬 여객선, 관광객 위해 야간 운항 늘려',
      '많이 본 기사',
      '1 주말 남부 지방 비 소식',
    ]);
    expect(text).not.toContain('기자');
    expect(text).toContain('[연합뉴스]');
  });

  it('keeps a "Related stories" line that is followed by body text, and an article without furniture as it is', () => {
    const text = 'Officials listed the related stories.\n\nRelated stories\nThe mayor said the plan would go ahead.';
    expect(dropBoilerplateLines(text)).toEqual({ text, dropped: [] });
  });

  it('stays linear on hostile input: a huge share line and many lines', () => {
    const hostile = `${'Facebook '.repeat(50_000)}\n${'x\n'.repeat(60_000)}`;
    const { dropped } = dropBoilerplateLines(hostile);
    expect(dropped).toEqual([]);
  });
});

describe('line breaks in pasted web text', () => {
  it.each([
    ['(Yonhap)', true],
    ['(Courtesy of Harbor City)', true],
    ['[연합뉴스]', true],
    ['Photo: Harbor City', true],
    ['사진=목포시 제공', true],
    ['(the city said)', true],
    ['A sentence (with brackets) in it.', false],
  ])('credit line %s → %s', (line, expected) => {
    expect(isCreditLine(line)).toBe(expected);
  });

  it('keeps a caption, its credit and the repeated caption apart', () => {
    expect(lineGroups('Children read on the deck.\n(Yonhap)\nChildren read on the deck.')).toEqual([
      'Children read on the deck.',
      '(Yonhap)',
      'Children read on the deck.',
    ]);
    expect(lineGroups('Children read on the deck\n(Yonhap)\nA new paragraph starts here.')).toEqual([
      'Children read on the deck',
      '(Yonhap)',
      'A new paragraph starts here.',
    ]);
    expect(lineGroups('어린이들이 책을 읽고 있다.\n[연합뉴스]\n도서관이 문을 열었다.')).toEqual([
      '어린이들이 책을 읽고 있다.',
      '[연합뉴스]',
      '도서관이 문을 열었다.',
    ]);
  });

  it('still joins a hard-wrapped sentence', () => {
    expect(lineGroups('The library holds books and will\nstay open until August.')).toEqual([
      'The library holds books and will stay open until August.',
    ]);
  });

  it('segments the cleaned page the same whether pasted or read from a .txt file', () => {
    const cleaned = dropBoilerplateLines(PASTED_ENGLISH_PAGE).text;
    const pasted = segmentText(cleaned, 'en').map((s) => s.text);
    const fromFile = segmentText(plainTextToParagraphs(cleaned).join('\n\n'), 'en').map((s) => s.text);
    expect(pasted).toEqual(fromFile);
    expect(pasted).toEqual([
      'Harbor city opens floating library for summer',
      'Children read on the deck of the floating library in Mokpo Bay on Wednesday.',
      '(Yonhap)',
      'Children read on the deck of the floating library in Mokpo Bay on Wednesday.',
      'A converted ferry moored in Mokpo Bay opened as a public library on Wednesday, the city said.',
      'The library holds 12,000 books and will stay open until the end of August.',
    ]);
  });
});
