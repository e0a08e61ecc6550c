// Paragraphs from pasted or uploaded plain text. A blank line always separates paragraphs. When the
// text has no blank lines at all (copied from a page that used one line per paragraph), each line
// is a paragraph. Whitespace inside a line is collapsed; line breaks inside a paragraph are kept, because the
// segmenter reads them (captions, credits, headlines: lib/segment/line-groups.ts), as it does for pasted text.

export function plainTextToParagraphs(text: string): string[] {
  const normalized = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n');
  const hasBlankLines = /\n[ \t\u00a0\u3000]*\n/.test(normalized.trim());
  const blocks = hasBlankLines ? normalized.split(/\n[ \t\u00a0\u3000]*\n/) : normalized.split('\n');
  return blocks
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.replace(/[\s\u00a0\u3000]+/g, ' ').trim())
        .filter((line) => line !== '')
        .join('\n'),
    )
    .filter((block) => block !== '');
}
