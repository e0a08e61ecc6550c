// Splits a paragraph into "line groups" before sentence splitting: bullet lines, a headline without a final
// period, and a photo credit or caption credit ("(Yonhap)", "[연합뉴스]", "Photo: …") stand alone; other line breaks
// are soft (hard-wrapped text) and become spaces. Pasted web text puts a caption, its credit and the caption again
// on separate lines of one paragraph (decision 022).

const BULLET = /^(?:[-–—•·*▲△▶►▷■□○●◆◇※→]\s*|\d{1,2}[.)]\s+|\(\d{1,2}\)\s*|[①-⑳])/u;
const TERMINAL_END = /[.!?…。！？]["'”’»)\]」』]*$/u;
const STARTS_SENTENCE = /^["'“‘«(\[「『]?[\p{Lu}\p{Lo}\d]/u;
const HEADLINE_MAX = 150;
// A hard-wrapped line usually stops mid-phrase; a headline does not end on one of these.
const OPEN_PHRASE_END =
  /\b(?:a|an|the|of|on|in|to|for|and|or|but|with|at|by|from|that|as|is|are|was|were|be|has|have|his|her|its|their|der|die|das|und|le|la|les|de|des|et)$/i;

// A whole line that only credits a source: "(Yonhap)", "(Courtesy of …)", "[연합뉴스]", "Photo: …", "사진=…".
const CREDIT_LINE =
  /^(?:\([^()]{1,60}\)|\[[^[\]]{1,40}\]|(?:photos?|image|graphic|source|courtesy)\s*(?::|by\b|of\b|courtesy\b)[^\n]{0,100}|(?:사진|그래픽|자료|영상)\s*[:=][^\n]{0,60})$/iu;

export function isCreditLine(line: string): boolean {
  return CREDIT_LINE.test(line);
}

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
  let previousWasCredit = false;
  for (const line of lines) {
    const bullet = isBulletLine(line);
    const credit = isCreditLine(line);
    const prev = current[current.length - 1];
    const headlineBefore =
      prev !== undefined &&
      current.length === 1 &&
      !TERMINAL_END.test(prev) &&
      prev.length <= HEADLINE_MAX &&
      !/[,;:–—-]$/.test(prev) &&
      !OPEN_PHRASE_END.test(prev) &&
      STARTS_SENTENCE.test(line);
    const startNew =
      prev === undefined || bullet || previousWasBullet || credit || previousWasCredit || TERMINAL_END.test(prev) || headlineBefore;
    if (startNew && current.length > 0) {
      groups.push(current.join(' '));
      current = [];
    }
    current.push(line);
    previousWasBullet = bullet;
    previousWasCredit = credit;
  }
  if (current.length > 0) groups.push(current.join(' '));
  return groups;
}
