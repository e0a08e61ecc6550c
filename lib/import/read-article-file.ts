// One entry point for an uploaded article file: checks size, emptiness and binary content, decodes
// text strictly, and dispatches .txt to plainTextToParagraphs, .html to extractArticle and .docx to
// mammoth (read-docx.ts, behind its own zip guard) by file name or content type.

import { extractArticle, type ExtractedArticle } from './extract-article';
import { ImportError } from './import-error';
import { DOCX_CONTENT_TYPE, docxToText } from './read-docx';
import { plainTextToParagraphs } from './plain-text-to-paragraphs';

export const MAX_ARTICLE_FILE_BYTES = 2 * 1024 * 1024;

export interface ArticleFile {
  fileName: string;
  contentType?: string | null;
  bytes: Uint8Array;
}

export type ArticleFileKind = 'text' | 'html' | 'docx';

export function articleFileKind(fileName: string, contentType?: string | null): ArticleFileKind {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  const ext = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml' || ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (type === 'text/plain' || ext === 'txt' || ext === 'text') return 'text';
  if (type === DOCX_CONTENT_TYPE || ext === 'docx') return 'docx';
  throw new ImportError('UNSUPPORTED_FILE_TYPE', fileName);
}

/** Strict text decoding: NUL bytes mean binary; invalid UTF-8 is an error, not U+FFFD. */
export function decodeTextBytes(bytes: Uint8Array, maxBytes: number = MAX_ARTICLE_FILE_BYTES): string {
  checkSize(bytes, maxBytes);
  // UTF-16 files start with a BOM; honour it rather than calling them binary for their NUL bytes.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (!utf16 && bytes.includes(0)) throw new ImportError('BINARY_INPUT');
  let text: string;
  try {
    text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError('INVALID_UTF8');
  }
  // The whole text, not only its head: a NUL anywhere cannot be stored (decision 018), so a file holding one
  // is refused as binary rather than silently changed.
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 4096)) || text.includes('\u0000')) throw new ImportError('BINARY_INPUT');
  if (text.trim() === '') throw new ImportError('EMPTY_INPUT');
  return text;
}

function checkSize(bytes: Uint8Array, maxBytes: number): void {
  if (bytes.byteLength > maxBytes) throw new ImportError('INPUT_TOO_LARGE', `${bytes.byteLength} bytes, limit ${maxBytes}`);
  if (bytes.byteLength === 0) throw new ImportError('EMPTY_INPUT');
}

/** The file's text: a .docx goes through mammoth, whose text is capped like a .txt file's bytes. */
async function fileText(kind: ArticleFileKind, bytes: Uint8Array): Promise<string> {
  if (kind !== 'docx') return decodeTextBytes(bytes);
  checkSize(bytes, MAX_ARTICLE_FILE_BYTES);
  const text = await docxToText(bytes);
  if (text.length > MAX_ARTICLE_FILE_BYTES)
    throw new ImportError('INPUT_TOO_LARGE', `${text.length} characters of text, limit ${MAX_ARTICLE_FILE_BYTES}`);
  if (text.trim() === '') throw new ImportError('EMPTY_INPUT');
  return text;
}

export async function readArticleFile(file: ArticleFile, url?: string): Promise<ExtractedArticle> {
  const kind = articleFileKind(file.fileName, file.contentType);
  const text = await fileText(kind, file.bytes);
  if (kind === 'html') return extractArticle(text, url);
  // A .txt or .docx file has no headline markup we read: its first paragraph is the headline when it is short.
  const paragraphs = plainTextToParagraphs(text);
  if (paragraphs.length === 0) throw new ImportError('EMPTY_INPUT');
  const [first, ...rest] = paragraphs;
  return first.length <= 200 && rest.length > 0 ? { title: first, paragraphs: rest } : { title: '', paragraphs };
}
