// A batch import file: CSV (RFC 4180: quoted fields, "" inside quotes, CRLF or LF) with a header
// naming english_url and korean_url, and optionally title. Column order is free. A bad row becomes a
// row error and the other rows still import; an empty korean_url means "find the Korean original".

import { CsvSyntaxError, splitCsvRows, type CsvRow } from '@/lib/text/csv-rows';
import { ImportError } from './import-error';

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
  message: string;
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
    throw new Error(`${column} "${value.slice(0, 80)}" is not a valid web address`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`${column} must start with http:// or https://`);
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
      if (fields.length > header.length) throw new Error(`${fields.length} fields but the header has ${header.length}`);
      if (get(col.english) === '') throw new Error('english_url is empty');
      const englishUrl = checkUrl(get(col.english), 'english_url');
      const koreanUrl = get(col.korean) === '' ? null : checkUrl(get(col.korean), 'korean_url');
      const duplicateOf = seen.get(englishUrl);
      if (duplicateOf !== undefined) throw new Error(`english_url repeats line ${duplicateOf}`);
      seen.set(englishUrl, line);
      items.push({ line, englishUrl, koreanUrl, title: get(col.title) || null });
    } catch (error) {
      errors.push({ line, message: `Line ${line}: ${(error as Error).message}.` });
    }
  }
  return { items, errors };
}
