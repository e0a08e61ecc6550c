// Paragraphs from pasted or uploaded plain text. A blank line always separates paragraphs. When the
// text has no blank lines at all (copied from a page that used one line per paragraph), each line
// is a paragraph. Whitespace inside a paragraph is collapsed; Korean and English spacing alike.

export function plainTextToParagraphs(text: string): string[] {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/[\u2028\u2029]/g, '\n');
  const hasBlankLines = /\n[ \t\u00a0\u3000]*\n/.test(normalized.trim());
  const blocks = hasBlankLines ? normalized.split(/\n[ \t\u00a0\u3000]*\n/) : normalized.split('\n');
  return blocks.map((block) => block.replace(/[\s\u00a0\u3000]+/g, ' ').trim()).filter((block) => block !== '');
}
