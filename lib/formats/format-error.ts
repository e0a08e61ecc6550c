// Typed errors for reading and writing exchange formats. One code per thing a user can fix or must be
// told about; the server maps `code` to an HTTP status and shows `userMessage`.

export type FormatErrorCode =
  | 'EMPTY_FILE'
  | 'INPUT_TOO_LARGE'
  | 'BAD_ENCODING'
  | 'MALFORMED_XML'
  | 'DTD_ENTITIES_FORBIDDEN'
  | 'NOT_TMX'
  | 'NESTING_TOO_DEEP'
  | 'ELEMENT_TOO_LARGE'
  | 'INVALID_UNIT'
  | 'INVALID_ROW';

const USER_MESSAGES: Record<FormatErrorCode, string> = {
  EMPTY_FILE: 'The file is empty.',
  INPUT_TOO_LARGE: 'The file is larger than the import limit.',
  BAD_ENCODING: 'The file is not valid text in a supported encoding (UTF-8 or UTF-16).',
  MALFORMED_XML: 'The file is not well-formed XML.',
  DTD_ENTITIES_FORBIDDEN:
    'The file declares XML entities in its DOCTYPE. Such files are refused for safety; export it again without a DOCTYPE internal subset.',
  NOT_TMX: 'The file is not a TMX document (its root element is not <tmx>).',
  NESTING_TOO_DEEP: 'The file nests elements too deeply to be a translation memory.',
  ELEMENT_TOO_LARGE:
    'A part of the file is larger than the import limit (too many <tuv>, notes, props or attributes in one element, or a note, prop or attribute too long).',
  INVALID_UNIT: 'A translation unit could not be exported.',
  INVALID_ROW: 'A line of the file does not have the expected columns or fields.',
};

/**
 * The lib/server/errors.ts code each format error maps to (named here as strings because pure code
 * does not import the server). toAppError can use it: `new AppError(FORMAT_ERROR_APP_CODE[e.code], e.userMessage)`.
 */
export const FORMAT_ERROR_APP_CODE = {
  EMPTY_FILE: 'INVALID_INPUT',
  INPUT_TOO_LARGE: 'TOO_LARGE',
  BAD_ENCODING: 'INVALID_INPUT',
  MALFORMED_XML: 'INVALID_INPUT',
  DTD_ENTITIES_FORBIDDEN: 'INVALID_INPUT',
  NOT_TMX: 'UNSUPPORTED_MEDIA',
  NESTING_TOO_DEEP: 'TOO_LARGE',
  ELEMENT_TOO_LARGE: 'TOO_LARGE',
  INVALID_UNIT: 'UNPROCESSABLE',
  INVALID_ROW: 'INVALID_INPUT',
} as const satisfies Record<FormatErrorCode, string>;

export class FormatError extends Error {
  readonly code: FormatErrorCode;
  readonly userMessage: string;

  constructor(code: FormatErrorCode, detail?: string) {
    const userMessage = USER_MESSAGES[code];
    super(detail ? `${userMessage} (${detail})` : userMessage);
    this.name = 'FormatError';
    this.code = code;
    this.userMessage = userMessage;
  }
}

export function isFormatError(error: unknown): error is FormatError {
  return error instanceof FormatError;
}
