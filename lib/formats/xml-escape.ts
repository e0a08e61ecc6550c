// The one escaping function for every XML we write (TMX, XLIFF). Keeping it single means one place
// decides what "safe text" is, and the golden files test it once for all writers.

// XML 1.0 Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
// Everything else (C0 controls, lone surrogates, U+FFFE/U+FFFF) cannot appear even as a character
// reference, so it is removed rather than escaped.
const FORBIDDEN_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const TEXT_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A parser turns a literal CR (or CRLF) into LF; a reference survives.
  '\r': '&#13;',
};

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  // Attribute-value normalization turns literal tabs and newlines into spaces; references survive.
  '\t': '&#9;',
  '\n': '&#10;',
};

/** Removes characters XML 1.0 forbids. Exported so callers can predict what a reader will see. */
export function stripForbiddenXmlChars(text: string): string {
  return text.replace(FORBIDDEN_XML_CHARS, '');
}

/**
 * Escapes text for element content (`'text'`) or a double-quoted attribute value (`'attribute'`).
 * Characters XML 1.0 forbids are removed. Whitespace is otherwise kept as is: nothing is trimmed.
 */
export function escapeXml(text: string, context: 'text' | 'attribute' = 'text'): string {
  const table = context === 'attribute' ? ATTRIBUTE_ESCAPES : TEXT_ESCAPES;
  const pattern = context === 'attribute' ? /[&<>"'\r\t\n]/g : /[&<>"'\r]/g;
  return stripForbiddenXmlChars(text).replace(pattern, (ch) => table[ch]);
}
