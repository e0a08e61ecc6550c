// Splits a paragraph into "line groups" before sentence splitting: bullet lines and a headline without
// a final period stand alone; other line breaks are soft (hard-wrapped text) and become spaces.

const BULLET = /^(?:[-–—•·*▲△▶►▷■□○●◆◇※→]\s*|\d{1,2}[.)]\s+|\(\d{1,2}\)\s*|[①-⑳])/u;
const TERMINAL_END = /[.!?…。！？]["'”’»)\]」』]*$/u;
const STARTS_SENTENCE = /^["'“‘«(\[「『]?[\p{Lu}\p{Lo}\d]/u;
const HEADLINE_MAX = 150;
// A hard-wrapped line usually stops mid-phrase; a headline does not end on one of these.
const OPEN_PHRASE_END = /\b(?:a|an|the|of|on|in|to|for|and|or|but|with|at|by|from|that|as|is|are|was|were|be|has|have|his|her|its|their|der|die|das|und|le|la|les|de|des|et)$/i;

export function isBulletLine(line: string): boolean {
  return BULLET.test(line);
}

/** Each group is one or more whole sentences; groups never share a sentence. */
export function lineGroups(paragraph: string): string[] {
  const lines = paragraph
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l.length > 0);
  const groups: string[] = [];
  let current: string[] = [];
  let previousWasBullet = false;
  for (const line of lines) {
    const bullet = isBulletLine(line);
    const prev = current[current.length - 1];
    const headlineBefore =
      prev !== undefined && current.length === 1 && !TERMINAL_END.test(prev) && prev.length <= HEADLINE_MAX &&
      !/[,;:–—-]$/.test(prev) && !OPEN_PHRASE_END.test(prev) && STARTS_SENTENCE.test(line);
    const startNew = prev === undefined || bullet || previousWasBullet || TERMINAL_END.test(prev) || headlineBefore;
    if (startNew && current.length > 0) {
      groups.push(current.join(' '));
      current = [];
    }
    current.push(line);
    previousWasBullet = bullet;
  }
  if (current.length > 0) groups.push(current.join(' '));
  return groups;
}
