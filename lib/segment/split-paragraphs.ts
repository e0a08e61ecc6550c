// Paragraphs from plain text: blocks separated by one or more blank lines. Line breaks inside a
// paragraph are kept, because the sentence splitter reads them (bullets, headlines without a period).

/** Returns the non-empty paragraphs of `text`, each trimmed, with Windows and old Mac newlines normalized. */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00a0\u3000]*\n/)
    .map((p) => p.replace(/^[ \t\u00a0\u3000\n]+|[ \t\u00a0\u3000\n]+$/g, ''))
    .filter((p) => p.length > 0);
}
