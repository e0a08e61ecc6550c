// Splits a comment body into plain text and @mentions, so the panel can show who was addressed. The server's
// parser (lib/server/comments/parse-mentions.ts) decides who is mentioned; this finds the same handles
// (`@email` or `@local-part`, the "@" starting a word) only to draw them. Pure.

export type BodyPart = { kind: 'text' | 'mention'; text: string };

// The server's pattern; a trailing dot or dash ends the sentence, not the handle.
const MENTION = /(?<![\p{L}\p{N}_.@+-])@([\p{L}\p{N}._%+-]+(?:@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)?)/gu;

export function splitMentions(body: string): BodyPart[] {
  const parts: BodyPart[] = [];
  let last = 0;
  for (const match of body.matchAll(MENTION)) {
    const handle = match[1].replace(/[.\-_%+]+$/u, '');
    if (!handle) continue;
    const at = match.index ?? 0;
    if (at > last) parts.push({ kind: 'text', text: body.slice(last, at) });
    parts.push({ kind: 'mention', text: `@${handle}` });
    last = at + 1 + handle.length;
  }
  if (last < body.length) parts.push({ kind: 'text', text: body.slice(last) });
  return parts;
}
