// @mention autocomplete for the comment box, without the UI: which "@handle" the caret is in, which project
// members match it, and the text once one is picked. Handles are what the server's parser accepts
// (lib/server/comments/parse-mentions.ts): the local part when exactly one member has it, else the whole email.
// Pure.

import { splitMentions } from './mentions';

/** A member as GET /api/v1/projects/{id}/members lists them; the page passes them in this shape. */
export interface MentionMember {
  id: string;
  name: string;
  email: string;
  role: string;
}

/** The handle being typed: text[start] is the "@", query is what follows it up to the caret, end is where the word ends. */
export interface ActiveMention {
  start: number;
  end: number;
  query: string;
}

/** Suggestions shown at once; typing more letters narrows them. */
export const MAX_SUGGESTIONS = 8;
/** Longer than any email: past this the "@word" is not a handle being typed. */
const MAX_QUERY = 80;

// As on the server: "@" must start a word, and a handle is letters, digits and ._%+- (with one "@" inside for an email).
const BEFORE_AT = /[\p{L}\p{N}_.@+-]/u;
const HANDLE_CHAR = /[\p{L}\p{N}._%+@-]/u;

/** The "@handle" around the caret, or null when the caret is not in one. */
export function activeMention(text: string, caret: number): ActiveMention | null {
  if (caret < 1 || caret > text.length) return null;
  let start = caret;
  while (start > 0 && caret - start <= MAX_QUERY && HANDLE_CHAR.test(text[start - 1])) start -= 1;
  // The "@" that opens the handle is the first one in the word (a second one belongs to an email being typed).
  const at = text.indexOf('@', start);
  if (at === -1 || at >= caret) return null;
  if (at > 0 && BEFORE_AT.test(text[at - 1])) return null;
  const query = text.slice(at + 1, caret);
  if (query.length > MAX_QUERY || (query.match(/@/g)?.length ?? 0) > 1) return null;
  let end = caret;
  while (end < text.length && end - at <= MAX_QUERY && HANDLE_CHAR.test(text[end])) end += 1;
  return { start: at, end, query };
}

const localPart = (email: string) => email.toLowerCase().split('@')[0];
const words = (name: string) =>
  name
    .toLocaleLowerCase()
    .split(/[\s.\-_]+/u)
    .filter(Boolean);

/** How well a member matches (lower is better), or null for no match. */
function rank(member: MentionMember, query: string): number | null {
  if (query === '') return 3;
  const email = member.email.toLowerCase();
  if (localPart(email).startsWith(query)) return 0;
  if (words(member.name).some((w) => w.startsWith(query))) return 1;
  if (email.startsWith(query)) return 1;
  if (email.includes(query) || member.name.toLocaleLowerCase().includes(query)) return 2;
  return null;
}

/** Members whose local part, email or name matches what follows the "@", best first; a bare "@" lists everyone. */
export function matchMembers(members: readonly MentionMember[], query: string, limit = MAX_SUGGESTIONS): MentionMember[] {
  const q = query.toLocaleLowerCase();
  return members
    .map((member, order) => ({ member, order, rank: rank(member, q) }))
    .filter((m): m is { member: MentionMember; order: number; rank: number } => m.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.member.name.localeCompare(b.member.name) || a.order - b.order)
    .slice(0, limit)
    .map((m) => m.member);
}

/** "@" + the local part when it names exactly one member and reads back whole, else "@" + the email. */
export function mentionHandle(member: MentionMember, members: readonly MentionMember[]): string {
  const local = localPart(member.email);
  const unique = members.filter((m) => localPart(m.email) === local).length === 1;
  const readsBack = (handle: string) => {
    const parts = splitMentions(`@${handle}`);
    return parts.length === 1 && parts[0].kind === 'mention';
  };
  return unique && readsBack(local) ? `@${local}` : `@${member.email}`;
}

/** The text with the handle being typed replaced by the member's handle and a space; the caret goes after both. */
export function insertMention(
  text: string,
  mention: ActiveMention,
  member: MentionMember,
  members: readonly MentionMember[],
): { text: string; caret: number } {
  const handle = mentionHandle(member, members);
  const rest = text.slice(mention.end);
  const spaced = /^\s/u.test(rest) ? handle : `${handle} `;
  return { text: text.slice(0, mention.start) + spaced + rest, caret: mention.start + handle.length + 1 };
}
