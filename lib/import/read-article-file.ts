// One entry point for an uploaded article file: checks size, emptiness and binary content, decodes
// text strictly, and dispatches .txt to plainTextToParagraphs and .html to extractArticle by file
// name or content type.

import { extractArticle, type ExtractedArticle } from './extract-article';
import { ImportError } from './import-error';
import { plainTextToParagraphs } from './plain-text-to-paragraphs';

export const MAX_ARTICLE_FILE_BYTES = 2 * 1024 * 1024;

export interface ArticleFile {
  fileName: string;
  contentType?: string | null;
  bytes: Uint8Array;
}

export type ArticleFileKind = 'text' | 'html';

export function articleFileKind(fileName: string, contentType?: string | null): ArticleFileKind {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  const ext = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml' || ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (type === 'text/plain' || ext === 'txt' || ext === 'text') return 'text';
  throw new ImportError('UNSUPPORTED_FILE_TYPE', fileName);
}

/** Strict text decoding: NUL bytes mean binary; invalid UTF-8 is an error, not U+FFFD. */
export function decodeTextBytes(bytes: Uint8Array, maxBytes: number = MAX_ARTICLE_FILE_BYTES): string {
  if (bytes.byteLength > maxBytes) throw new ImportError('INPUT_TOO_LARGE', `${bytes.byteLength} bytes, limit ${maxBytes}`);
  if (bytes.byteLength === 0) throw new ImportError('EMPTY_INPUT');
  // UTF-16 files start with a BOM; honour it rather than calling them binary for their NUL bytes.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (!utf16 && bytes.includes(0)) throw new ImportError('BINARY_INPUT');
  let text: string;
  try {
    text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError('INVALID_UTF8');
  }
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 4096))) throw new ImportError('BINARY_INPUT');
  if (text.trim() === '') throw new ImportError('EMPTY_INPUT');
  return text;
}

export function readArticleFile(file: ArticleFile, url?: string): ExtractedArticle {
  const kind = articleFileKind(file.fileName, file.contentType);
  const text = decodeTextBytes(file.bytes);
  if (kind === 'html') return extractArticle(text, url);
  const paragraphs = plainTextToParagraphs(text);
  if (paragraphs.length === 0) throw new ImportError('EMPTY_INPUT');
  // A text file has no headline markup: its first paragraph is the headline when it is short.
  const [first, ...rest] = paragraphs;
  return first.length <= 200 && rest.length > 0 ? { title: first, paragraphs: rest } : { title: '', paragraphs };
}
