// A batch import file: CSV (RFC 4180: quoted fields, "" inside quotes, CRLF or LF) with a header
// naming english_url and korean_url, and optionally title. Column order is free. A bad row becomes a
// row error and the other rows still import; an empty korean_url means "find the Korean original".

import { CsvSyntaxError, splitCsvRows, type CsvRow } from '@/lib/text/csv-rows';
import { ImportError } from './import-error';
import type { ItemText, ItemTextParams } from './item-text';

export interface BatchItem {
  /** 1-based line number of the row's first line in the file. */
  line: number;
  englishUrl: string;
  /** null: discover it with findOriginalLink. */
  koreanUrl: string | null;
  title: string | null;
}

export interface BatchRowError {
  line: number;
  /** English, for `npm run import` and logs. */
  message: string;
  /** The same as a catalog key under batchItem.error (decision 048). */
  text: ItemText;
}

/** A bad row: its English message and its catalog key. */
class RowError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly params: ItemTextParams = {},
  ) {
    super(message);
  }
}

export interface BatchCsv {
  items: BatchItem[];
  errors: BatchRowError[];
}

export const MAX_BATCH_ROWS = 500;

/** The CSV rows of a batch file; an unterminated quote is an import error naming its line. */
export function parseCsvRows(text: string): CsvRow[] {
  try {
    return splitCsvRows(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new ImportError('CSV_UNTERMINATED_QUOTE', `quote opened on line ${error.line}`);
    throw error;
  }
}

function checkUrl(value: string, column: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new RowError(`${column} "${value.slice(0, 80)}" is not a valid web address`, 'csvBadUrl', { column, value: value.slice(0, 80) });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new RowError(`${column} must start with http:// or https://`, 'csvBadScheme', { column });
  return url.href;
}

/** `maxRows`: `npm run import` reads archive lists longer than an upload may be. */
export function parseBatchCsv(text: string, options: { maxRows?: number } = {}): BatchCsv {
  const maxRows = options.maxRows ?? MAX_BATCH_ROWS;
  const rows = parseCsvRows(text);
  const header = rows.shift()?.fields.map((name) => name.trim().toLowerCase()) ?? [];
  const col = { english: header.indexOf('english_url'), korean: header.indexOf('korean_url'), title: header.indexOf('title') };
  if (col.english < 0 || col.korean < 0) throw new ImportError('CSV_MISSING_COLUMNS', `header: ${header.join(',') || '(none)'}`);
  if (rows.length > maxRows) throw new ImportError('CSV_TOO_MANY_ROWS', `${rows.length} rows, limit ${maxRows}`);

  const items: BatchItem[] = [];
  const errors: BatchRowError[] = [];
  const seen = new Map<string, number>();
  for (const { line, fields } of rows) {
    const get = (index: number) => (index >= 0 ? (fields[index] ?? '').trim() : '');
    try {
      if (fields.length > header.length)
        throw new RowError(`${fields.length} fields but the header has ${header.length}`, 'csvTooManyFields', {
          fields: fields.length,
          columns: header.length,
        });
      if (get(col.english) === '') throw new RowError('english_url is empty', 'csvNoEnglishUrl');
      const englishUrl = checkUrl(get(col.english), 'english_url');
      const koreanUrl = get(col.korean) === '' ? null : checkUrl(get(col.korean), 'korean_url');
      const duplicateOf = seen.get(englishUrl);
      if (duplicateOf !== undefined) throw new RowError(`english_url repeats line ${duplicateOf}`, 'csvRepeated', { first: duplicateOf });
      seen.set(englishUrl, line);
      items.push({ line, englishUrl, koreanUrl, title: get(col.title) || null });
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      errors.push({ line, message: `Line ${line}: ${error.message}.`, text: { code: error.code, params: { ...error.params, line } } });
    }
  }
  return { items, errors };
}
