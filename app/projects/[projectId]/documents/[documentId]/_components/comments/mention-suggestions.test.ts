import { describe, expect, it } from 'vitest';
import { activeMention, insertMention, matchMembers, mentionHandle, type MentionMember } from './mention-suggestions';

const member = (name: string, email: string, role = 'editor'): MentionMember => ({ id: email, name, email, role });
const eunji = member('Eun-ji Editor', 'editor@example.com');
const ryan = member('Ryan Reviewer', 'reviewer@example.com', 'reviewer');
const ryanToo = member('Ryan Park', 'reviewer@press.example', 'viewer');
const minho = member('김민호', 'minho@example.com', 'admin');
const members = [eunji, ryan, minho];

describe('activeMention', () => {
  it.each([
    { text: '@rev', caret: 4, want: { start: 0, end: 4, query: 'rev' } },
    { text: 'ask @', caret: 5, want: { start: 4, end: 5, query: '' } },
    { text: 'ask @rev please', caret: 8, want: { start: 4, end: 8, query: 'rev' } },
    // The caret inside a handle: the whole word is replaced.
    { text: '@reviewer now', caret: 3, want: { start: 0, end: 9, query: 're' } },
    // An email being typed stays one handle.
    { text: 'cc @ryan@exa', caret: 12, want: { start: 3, end: 12, query: 'ryan@exa' } },
    { text: '(@min', caret: 5, want: { start: 1, end: 5, query: 'min' } },
    { text: '@김민', caret: 3, want: { start: 0, end: 3, query: '김민' } },
    { text: 'line one\n@ed', caret: 12, want: { start: 9, end: 12, query: 'ed' } },
  ])('$text at $caret', ({ text, caret, want }) => {
    expect(activeMention(text, caret)).toEqual(want);
  });

  it.each([
    { text: 'mail bob@example.com', caret: 20, why: 'an address inside a word mentions nobody' },
    { text: '@rev done', caret: 9, why: 'the caret left the handle' },
    { text: '@rev ', caret: 5, why: 'a space ends the handle' },
    { text: 'no at sign', caret: 5, why: 'nothing to complete' },
    { text: '', caret: 0, why: 'empty' },
    { text: 'a.@b', caret: 4, why: 'the "@" does not start a word' },
    { text: '@a@b@c', caret: 6, why: 'two "@" after the first are not a handle' },
    { text: `@${'x'.repeat(200)}`, caret: 201, why: 'too long to be a handle' },
  ])('null: $why', ({ text, caret }) => {
    expect(activeMention(text, caret)).toBeNull();
  });
});

describe('matchMembers', () => {
  it.each([
    { query: 'rev', want: [ryan] },
    { query: 'REV', want: [ryan] },
    { query: 'eun', want: [eunji] },
    { query: 'editor', want: [eunji] }, // local part first, the name "… Editor" too: listed once
    { query: '김', want: [minho] },
    { query: 'example', want: [eunji, ryan, minho] }, // inside the email only, by name
    { query: 'reviewer@ex', want: [ryan] },
    { query: 'zzz', want: [] },
  ])('"$query"', ({ query, want }) => {
    expect(matchMembers(members, query)).toEqual(want);
  });

  it('ranks a local-part match before a name match, and lists everyone for a bare "@" up to the limit', () => {
    const rita = member('Rita Ed', 'rita@example.com');
    expect(matchMembers([eunji, rita], 'ed').map((m) => m.email)).toEqual(['editor@example.com', 'rita@example.com']);
    expect(matchMembers(members, '')).toHaveLength(3);
    expect(matchMembers(members, '', 2)).toHaveLength(2);
  });
});

describe('mentionHandle', () => {
  it('uses the local part when it names one member, the email when two share it', () => {
    expect(mentionHandle(ryan, members)).toBe('@reviewer');
    expect(mentionHandle(ryan, [...members, ryanToo])).toBe('@reviewer@example.com');
    expect(mentionHandle(ryanToo, [...members, ryanToo])).toBe('@reviewer@press.example');
  });

  it('uses the email when the local part would not read back whole', () => {
    const trailing = member('Trailing', 'dot_@example.com');
    expect(mentionHandle(trailing, [trailing])).toBe('@dot_@example.com');
  });
});

describe('insertMention', () => {
  it.each([
    { text: '@rev', caret: 4, picked: ryan, want: '@reviewer ', at: 10 },
    { text: 'ask @rev please', caret: 8, picked: ryan, want: 'ask @reviewer please', at: 14 },
    { text: 'ask @re', caret: 7, picked: eunji, want: 'ask @editor ', at: 12 },
    { text: '@reviewer now', caret: 3, picked: ryan, want: '@reviewer now', at: 10 },
    { text: 'hi @', caret: 4, picked: minho, want: 'hi @minho ', at: 10 },
  ])('$text → $want', ({ text, caret, picked, want, at }) => {
    const mention = activeMention(text, caret);
    expect(mention).not.toBeNull();
    const result = insertMention(text, mention!, picked, members);
    expect(result).toEqual({ text: want, caret: at });
    // What was inserted is what the comment view (and the server) reads as a mention.
    expect(result.text.slice(0, result.caret)).toMatch(new RegExp(`${mentionHandle(picked, members)}\\s$`));
  });
});
