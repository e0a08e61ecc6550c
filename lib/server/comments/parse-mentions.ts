import 'server-only';
// @mentions in a comment body, resolved against the project's members. Pure: takes the body and the members,
// returns ids. A mention is "@" + a member's email ("@ryan@example.com") or the part before the "@"
// ("@ryan") when exactly one member has it. The "@" must start a word, so "mail bob@example.com" mentions
// nobody. Unknown or ambiguous handles are reported, not guessed.

export interface MentionCandidate {
  id: string;
  email: string;
}

export interface ParsedMentions {
  userIds: string[];
  unknown: string[];
}

/** More distinct handles than this in one comment are ignored (bounded work on hostile input). */
export const MAX_MENTIONS = 20;

const MENTION = /(?<![\p{L}\p{N}_.@+-])@([\p{L}\p{N}._%+-]+(?:@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)?)/gu;

export function parseMentions(body: string, members: readonly MentionCandidate[]): ParsedMentions {
  const byEmail = new Map(members.map((m) => [m.email.toLowerCase(), m.id]));
  const byLocal = new Map<string, string[]>();
  for (const m of members) {
    const local = m.email.toLowerCase().split('@')[0];
    byLocal.set(local, [...(byLocal.get(local) ?? []), m.id]);
  }
  const userIds: string[] = [];
  const unknown: string[] = [];
  const handles = new Set<string>();
  for (const match of body.matchAll(MENTION)) {
    const handle = match[1].replace(/[.\-_%+]+$/u, '').toLowerCase(); // "@ryan." at the end of a sentence
    if (!handle || handles.has(handle)) continue;
    if (handles.size >= MAX_MENTIONS) break;
    handles.add(handle);
    const local = byLocal.get(handle);
    const id = byEmail.get(handle) ?? (local?.length === 1 ? local[0] : undefined);
    if (id === undefined) unknown.push(handle);
    else if (!userIds.includes(id)) userIds.push(id);
  }
  return { userIds, unknown };
}
