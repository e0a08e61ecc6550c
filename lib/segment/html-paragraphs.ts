// Paragraphs from article HTML without a DOM: a small tag scanner that is enough for the importer's
// cleaned article markup. Each block element (<p>, <h1>..<h6>, <li>, <blockquote>, <td>, ...) becomes a
// paragraph; <br> becomes a line break inside it. Boilerplate is dropped when it is marked: <figcaption>,
// <aside>, <nav>, any element with a `data-bitext-drop` attribute, or a class of caption / byline /
// related(-stories). <script>, <style>, <template> and comments never contribute text.

const BLOCK_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'blockquote',
  'pre',
  'td',
  'th',
  'dt',
  'dd',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'ul',
  'ol',
  'table',
  'tr',
  'figure',
  'hr',
  'address',
]);
const DROP_TAGS = new Set(['figcaption', 'aside', 'nav', 'script', 'style', 'template', 'noscript', 'svg', 'iframe']);
const VOID_TAGS = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'source', 'wbr', 'col', 'area', 'base', 'embed']);
const DROP_CLASS = /(^|[\s_-])(caption|byline|related|related-stories|credit)([\s_-]|$)/i;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  middot: '·',
  laquo: '«',
  raquo: '»',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

function isDropped(tag: string, attrs: string): boolean {
  if (DROP_TAGS.has(tag)) return true;
  if (/\sdata-bitext-drop(\s|=|$)/i.test(` ${attrs}`)) return true;
  const cls = /\bclass\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
  const value = cls ? (cls[2] ?? cls[3] ?? cls[4] ?? '') : '';
  return value.split(/\s+/).some((c) => DROP_CLASS.test(c));
}

const TOKEN = /<!--[\s\S]*?-->|<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>|[^<]+|</g;

/** Returns the text paragraphs of an HTML fragment or page, in document order. */
export function htmlParagraphs(html: string): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const dropStack: string[] = [];
  const flush = () => {
    const text = current
      .split('\n')
      .map((line) => line.replace(/[ \t\r\u00a0]+/g, ' ').trim())
      .filter((line) => line.length > 0)
      .join('\n');
    if (text) paragraphs.push(text);
    current = '';
  };
  for (const m of html.matchAll(TOKEN)) {
    const token = m[0];
    if (token.startsWith('<!--')) continue;
    const tag = m[1]?.toLowerCase();
    if (!tag) {
      if (dropStack.length === 0) current += decodeEntities(token).replace(/\n/g, ' ');
      continue;
    }
    const closing = token.startsWith('</');
    const selfClosing = VOID_TAGS.has(tag) || token.endsWith('/>');
    if (dropStack.length > 0) {
      // Inside dropped content only the matching open/close tags matter.
      if (closing && dropStack[dropStack.length - 1] === tag) dropStack.pop();
      else if (!closing && !selfClosing && tag === dropStack[dropStack.length - 1]) dropStack.push(tag);
      continue;
    }
    if (!closing && !selfClosing && isDropped(tag, m[2] ?? '')) {
      if (BLOCK_TAGS.has(tag)) flush();
      dropStack.push(tag);
      continue;
    }
    if (tag === 'br') current += '\n';
    else if (BLOCK_TAGS.has(tag)) flush();
  }
  flush();
  return paragraphs;
}
