import { describe, expect, it } from 'vitest';
import { MAX_MENTIONS, parseMentions } from './parse-mentions';

const members = [
  { id: 'u-ryan', email: 'ryan@example.com' },
  { id: 'u-eunji', email: 'Eunji.Kim@example.com' },
  { id: 'u-kim1', email: 'kim@desk.example' },
  { id: 'u-kim2', email: 'kim@news.example' },
];

describe('parseMentions', () => {
  const cases: { body: string; userIds: string[]; unknown: string[] }[] = [
    { body: 'no mentions here', userIds: [], unknown: [] },
    { body: '@ryan please check', userIds: ['u-ryan'], unknown: [] },
    { body: 'Fixed, @ryan.', userIds: ['u-ryan'], unknown: [] },
    { body: '(@ryan) and @RYAN again', userIds: ['u-ryan'], unknown: [] },
    { body: 'cc @eunji.kim@example.com', userIds: ['u-eunji'], unknown: [] },
    { body: 'cc @eunji.kim, thanks', userIds: ['u-eunji'], unknown: [] },
    { body: 'mail ryan@example.com instead', userIds: [], unknown: [] },
    { body: '@kim is ambiguous, @kim@news.example is not', userIds: ['u-kim2'], unknown: ['kim'] },
    { body: '@nobody here', userIds: [], unknown: ['nobody'] },
    { body: '검토 부탁합니다 @ryan 님', userIds: ['u-ryan'], unknown: [] },
    { body: '이메일@ryan 은 멘션이 아님', userIds: [], unknown: [] },
    { body: '@ @@ @.', userIds: [], unknown: [] },
  ];
  it.each(cases)('$body', ({ body, userIds, unknown }) => {
    expect(parseMentions(body, members)).toEqual({ userIds, unknown });
  });

  it('stops after MAX_MENTIONS distinct handles', () => {
    const body = Array.from({ length: 200 }, (_, i) => `@h${i}`).join(' ') + ' @ryan';
    const parsed = parseMentions(body, members);
    expect(parsed.unknown).toHaveLength(MAX_MENTIONS);
    expect(parsed.userIds).toEqual([]);
  });
});
