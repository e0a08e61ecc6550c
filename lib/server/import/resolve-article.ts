import 'server-only';
import { env } from '@/lib/env';
import { decodeHtmlBytes } from '@/lib/import/decode-html-bytes';
import { extractArticle, type ExtractedArticle } from '@/lib/import/extract-article';
import { ImportError } from '@/lib/import/import-error';
import { findOriginalLink, type OriginalLink } from '@/lib/import/find-original-link';
import { readArticleFile } from '@/lib/import/read-article-file';
import { safeFetch } from './safe-fetch';

// One side of an article pair, from whatever the user gave: pasted text, an uploaded file, or a URL.

export type ArticleSource =
  { text: string; url?: string | null } | { url: string } | { file: { fileName: string; contentType?: string | null; bytes: Uint8Array } };

export interface ResolvedArticle {
  title: string;
  /** Paragraphs separated by blank lines, headline first: what the segmenter reads. */
  text: string;
  url: string | null;
  paragraphs: number;
}

function allowHosts(): string[] {
  return env.BITEXT_FETCH_ALLOW_HOSTS.split(',')
    .map((h) => h.trim())
    .filter(Boolean);
}

function fromExtracted(article: ExtractedArticle, url: string | null): ResolvedArticle {
  // Broken markup can leave only stray symbols behind: that is not an article.
  if (!/\p{L}/u.test(article.paragraphs.join(' '))) throw new ImportError('NO_ARTICLE_TEXT');
  const paragraphs = article.title && article.paragraphs[0] !== article.title ? [article.title, ...article.paragraphs] : article.paragraphs;
  return { title: article.title, text: paragraphs.join('\n\n'), url, paragraphs: paragraphs.length };
}

export async function fetchArticlePage(url: string): Promise<{ url: string; html: string }> {
  const page = await safeFetch(url, { allowHosts: allowHosts() });
  return { url: page.url, html: decodeHtmlBytes(page.body, page.contentType) };
}

export async function resolveArticle(source: ArticleSource): Promise<ResolvedArticle> {
  if ('text' in source) {
    const paragraphs = source.text
      .replace(/\r\n?/g, '\n')
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    return {
      title: paragraphs[0]?.slice(0, 200) ?? '',
      text: paragraphs.join('\n\n'),
      url: source.url ?? null,
      paragraphs: paragraphs.length,
    };
  }
  if ('file' in source) return fromExtracted(await readArticleFile(source.file), null);
  const page = await fetchArticlePage(source.url);
  return fromExtracted(extractArticle(page.html, page.url), page.url);
}

/** For URL import: the English page, its extracted article, and the link to the Korean original if found. */
export async function resolveEnglishEdition(url: string): Promise<{ article: ResolvedArticle; original: OriginalLink | null }> {
  const page = await fetchArticlePage(url);
  return { article: fromExtracted(extractArticle(page.html, page.url), page.url), original: findOriginalLink(page.html, page.url) };
}
