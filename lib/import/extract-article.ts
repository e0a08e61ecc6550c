// Article extraction from a news page: Readability (over jsdom, scripts never run, nothing loaded)
// picks the body; we pre-clean boxes Readability sometimes keeps (captions, related stories), then
// split the body into paragraphs, treating <br> as a paragraph break because Korean news sites lay
// out body text as one <div> with <br><br> between paragraphs.

import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { isBoilerplateParagraph, NON_BODY_CLASS_HINTS, NON_BODY_SELECTOR, RELATED_BOX_HEADING } from './article-boilerplate';
import { ImportError } from './import-error';

export interface ExtractedArticle {
  title: string;
  paragraphs: string[];
  lang?: string;
  byline?: string;
}

export const MAX_HTML_CHARS = 5_000_000;

const BLOCK_TAGS = new Set(
  'address article aside blockquote dd details div dl dt fieldset figure footer h1 h2 h3 h4 h5 h6 header hr li main ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
const KEEP_TAGS = new Set(['html', 'body', 'main', 'article']);

export function extractArticle(html: string, url?: string): ExtractedArticle {
  if (html.length > MAX_HTML_CHARS) throw new ImportError('INPUT_TOO_LARGE', `${html.length} characters`);
  if (html.trim() === '') throw new ImportError('EMPTY_INPUT');
  const dom = new JSDOM(html, { url: safeBaseUrl(url) });
  const doc = dom.window.document;
  try {
    const lang = (doc.documentElement.getAttribute('lang') ?? '').trim() || undefined;
    const headline = firstText(doc, ['meta[property="og:title"]', 'h1']) ?? '';
    removeNonBody(doc);
    const parsed = new Readability<Element>(doc, { serializer: (node) => node as Element, charThreshold: 200 }).parse();
    const root = parsed?.content ?? doc.body;
    const byline = parsed?.byline?.trim() || undefined;
    const title = (headline || parsed?.title || doc.title || '').replace(/\s+/g, ' ').trim();
    const paragraphs = root ? blockTexts(root).filter((text) => text !== title && !isBoilerplateParagraph(text, byline ?? null)) : [];
    if (paragraphs.length === 0) throw new ImportError('NO_ARTICLE_TEXT');
    return { title, paragraphs, ...(lang ? { lang } : {}), ...(byline ? { byline } : {}) };
  } finally {
    dom.window.close();
  }
}

function safeBaseUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}

function firstText(doc: Document, selectors: string[]): string | null {
  for (const selector of selectors) {
    const el = doc.querySelector(selector);
    const text = (el?.getAttribute('content') ?? el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  return null;
}

function removeNonBody(doc: Document): void {
  for (const el of [...doc.querySelectorAll(NON_BODY_SELECTOR)]) el.remove();
  const bodyLength = doc.body?.textContent?.length ?? 0;
  for (const el of [...doc.querySelectorAll('[class], [id]')]) {
    if (!el.isConnected || KEEP_TAGS.has(el.tagName.toLowerCase())) continue;
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
    if (!NON_BODY_CLASS_HINTS.some((hint) => names.includes(hint))) continue;
    // A hint on a wrapper of the whole story ("article share-enabled") must not delete the story.
    if ((el.textContent?.length ?? 0) > bodyLength * 0.4) continue;
    el.remove();
  }
  for (const heading of [...doc.querySelectorAll('h2, h3, h4, h5, strong, p, div')]) {
    if (!heading.isConnected || heading.children.length > 2) continue;
    const text = heading.textContent?.trim() ?? '';
    if (text.length > 60 || !RELATED_BOX_HEADING.test(text)) continue;
    const box = heading.parentElement;
    const next = heading.nextElementSibling;
    if (next && /^(ul|ol)$/i.test(next.tagName)) next.remove();
    if (box && !KEEP_TAGS.has(box.tagName.toLowerCase()) && (box.textContent?.length ?? 0) < bodyLength * 0.4) box.remove();
    else heading.remove();
  }
}

/** Text of every block, with <br> as a break; whitespace collapsed; empty blocks dropped. */
export function blockTexts(root: Element): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toLowerCase();
    if (tag === 'br') return flush();
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    for (const child of [...node.childNodes]) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}
