// Typed errors for importing articles: every failure a user can meet has a code and a message that
// says what happened in their terms. The server maps codes to HTTP statuses in one place.

export type ImportErrorCode =
  | 'EMPTY_INPUT'
  | 'BINARY_INPUT'
  | 'INVALID_UTF8'
  | 'INPUT_TOO_LARGE'
  | 'UNSUPPORTED_FILE_TYPE'
  | 'NO_ARTICLE_TEXT'
  | 'DOCX_NOT_WORD'
  | 'DOCX_DAMAGED'
  | 'DOCX_UNSUPPORTED'
  | 'DOCX_TOO_LARGE'
  | 'BAD_URL'
  | 'BAD_SCHEME'
  | 'BLOCKED_ADDRESS'
  | 'DNS_FAILED'
  | 'OFFLINE'
  | 'TIMEOUT'
  | 'RESPONSE_TOO_LARGE'
  | 'HTTP_STATUS'
  | 'TOO_MANY_REDIRECTS'
  | 'NOT_HTML'
  | 'NETWORK'
  | 'CSV_MISSING_COLUMNS'
  | 'CSV_UNTERMINATED_QUOTE'
  | 'CSV_TOO_MANY_ROWS';

const USER_MESSAGES: Record<ImportErrorCode, string> = {
  EMPTY_INPUT: 'The file or text is empty.',
  BINARY_INPUT: 'This looks like a binary file, not text or HTML.',
  INVALID_UTF8: 'The file is not valid UTF-8 text. Save it as UTF-8 and try again.',
  INPUT_TOO_LARGE: 'The file is larger than the import limit.',
  UNSUPPORTED_FILE_TYPE: 'Only .txt, .html and .docx files can be imported.',
  NO_ARTICLE_TEXT: 'No article text was found on the page.',
  DOCX_NOT_WORD:
    'This is not a Word (.docx) document. Old .doc files and password-protected documents cannot be imported: save it as .docx without a password.',
  DOCX_DAMAGED: 'The Word (.docx) file is damaged and could not be read.',
  DOCX_UNSUPPORTED: 'The Word (.docx) file is packed in a way that cannot be imported (encrypted parts, ZIP64 or unsafe part names).',
  DOCX_TOO_LARGE:
    'The Word (.docx) file is too large to import: it unpacks to more than 20 MB, holds more markup than the import limit, or holds more data than it declares.',
  BAD_URL: 'That is not a valid web address.',
  BAD_SCHEME: 'Only http:// and https:// addresses can be fetched.',
  BLOCKED_ADDRESS: 'That address points to a private or local network and cannot be fetched.',
  DNS_FAILED: 'The site name could not be found. Check the address for a typo, or paste the article text instead.',
  OFFLINE: 'The server cannot look up any site right now (no network connection). Try again later, or paste the article text instead.',
  TIMEOUT: 'The site took too long to answer.',
  RESPONSE_TOO_LARGE: 'The page is larger than the import limit.',
  HTTP_STATUS: 'The site answered with an error.',
  TOO_MANY_REDIRECTS: 'The address redirects too many times.',
  NOT_HTML: 'The address does not point to a web page (HTML).',
  NETWORK: 'The site could not be reached. Try again later, or paste the article text instead.',
  CSV_MISSING_COLUMNS: 'The CSV needs a header row with english_url and korean_url columns.',
  CSV_UNTERMINATED_QUOTE: 'The CSV has a quoted field that is never closed.',
  CSV_TOO_MANY_ROWS: 'The CSV has more rows than one batch may hold.',
};

/** The lib/server/errors.ts code each import error maps to (strings: pure code does not import the server). */
export const IMPORT_ERROR_APP_CODE = {
  EMPTY_INPUT: 'INVALID_INPUT',
  BINARY_INPUT: 'UNSUPPORTED_MEDIA',
  INVALID_UTF8: 'INVALID_INPUT',
  INPUT_TOO_LARGE: 'TOO_LARGE',
  UNSUPPORTED_FILE_TYPE: 'UNSUPPORTED_MEDIA',
  NO_ARTICLE_TEXT: 'UNPROCESSABLE',
  DOCX_NOT_WORD: 'UNSUPPORTED_MEDIA',
  DOCX_DAMAGED: 'UNPROCESSABLE',
  DOCX_UNSUPPORTED: 'UNPROCESSABLE',
  DOCX_TOO_LARGE: 'TOO_LARGE',
  BAD_URL: 'INVALID_INPUT',
  BAD_SCHEME: 'INVALID_INPUT',
  BLOCKED_ADDRESS: 'INVALID_INPUT',
  DNS_FAILED: 'UPSTREAM_FAILED',
  OFFLINE: 'UPSTREAM_FAILED',
  TIMEOUT: 'UPSTREAM_FAILED',
  RESPONSE_TOO_LARGE: 'TOO_LARGE',
  HTTP_STATUS: 'UPSTREAM_FAILED',
  TOO_MANY_REDIRECTS: 'UPSTREAM_FAILED',
  NOT_HTML: 'UNSUPPORTED_MEDIA',
  NETWORK: 'UPSTREAM_FAILED',
  CSV_MISSING_COLUMNS: 'INVALID_INPUT',
  CSV_UNTERMINATED_QUOTE: 'INVALID_INPUT',
  CSV_TOO_MANY_ROWS: 'TOO_LARGE',
} as const satisfies Record<ImportErrorCode, string>;

/**
 * Fetch failures that name the host the user typed, so a typo is visible in the message itself, and that offer
 * the way around (pasting the text). Used when the failing host is known.
 */
const HOST_MESSAGES: Partial<Record<ImportErrorCode, (host: string) => string>> = {
  DNS_FAILED: (host) =>
    `There is no site called “${host}”: its name could not be found, though other sites can be looked up. Check the address for a typo, or paste the article text instead.`,
  OFFLINE: (host) =>
    `“${host}” could not be looked up, and neither could any other site: the server seems to have no network connection. Try again later, or paste the article text instead.`,
  TIMEOUT: (host) => `“${host}” took too long to answer. Try again later, or paste the article text instead.`,
  NETWORK: (host) => `“${host}” could not be reached. Try again later, or paste the article text instead.`,
};

export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly userMessage: string;

  /**
   * `detail` is for logs and specific messages ("HTTP 500", "redirect to 10.0.0.1"); `host` names the site in the
   * message the user sees.
   */
  constructor(code: ImportErrorCode, detail?: string, options?: { cause?: unknown; host?: string }) {
    const hostMessage = options?.host ? HOST_MESSAGES[code]?.(options.host) : undefined;
    const userMessage = hostMessage ?? USER_MESSAGES[code];
    super(detail ? `${userMessage} (${detail})` : userMessage, options);
    this.name = 'ImportError';
    this.code = code;
    this.userMessage = detail && code === 'HTTP_STATUS' ? `The site answered with an error (${detail}).` : userMessage;
  }
}

export function isImportError(error: unknown): error is ImportError {
  return error instanceof ImportError;
}
