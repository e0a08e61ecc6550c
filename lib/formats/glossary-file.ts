// A glossary file: one `source<TAB>target` pair a line (TSV), or `source,target` (CSV, RFC 4180 quoting).
// Blank lines and lines starting with # are skipped, and so is a header line naming the columns. Terms are
// trimmed with inner whitespace collapsed; a bad line is reported with its number and does not stop the
// others; pairs repeated in the file (ignoring case, as the aligner does) are counted, not imported twice.
// Bounded: the text, the line count and the pairs per import are capped before any work is done.

import { CsvSyntaxError, splitCsvRows } from '@/lib/text/csv-rows';
import { FormatError } from './format-error';

export const GLOSSARY_FILE_LIMITS = {
  /** Characters of one term (either side). */
  termChars: 200,
  /** Distinct pairs in one import. */
  entriesPerImport: 5_000,
  /** Characters of the whole file. */
  fileChars: 2_000_000,
  /** Lines of the whole file, good and bad. */
  lines: 20_000,
} as const;

export interface GlossaryPair {
  /** 1-based line number in the file. */
  line: number;
  source: string;
  target: string;
}

/** Why a line was not imported: a stable code the interface words in the reader's language (decision 039). */
export type RejectionCode =
  'no_tab' | 'no_comma' | 'extra_columns' | 'source_empty' | 'target_empty' | 'source_too_long' | 'target_too_long';

export interface RejectedLine {
  line: number;
  /** The start of the line as written, for the report. */
  text: string;
  code: RejectionCode;
  /** Columns found, for `extra_columns`. */
  columns?: number;
  /** The same in English, for API clients. */
  reason: string;
}

export interface GlossaryFile {
  format: 'tsv' | 'csv';
  pairs: GlossaryPair[];
  /** Pairs that repeat an earlier line of the same file. */
  duplicates: number;
  rejected: RejectedLine[];
}

const HEADER_WORDS = new Set([
  'source',
  'target',
  'term',
  'translation',
  'ko',
  'en',
  'korean',
  'english',
  '원문',
  '번역',
  '한국어',
  '영어',
]);

/** How a term is stored: NFC, trimmed, inner whitespace collapsed. */
export function normalizeGlossaryTerm(term: string): string {
  return term
    .normalize('NFC')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Two pairs with the same key are the same glossary entry (the aligner folds case the same way). */
export function glossaryKey(source: string, target: string): string {
  return `${normalizeGlossaryTerm(source).toLowerCase()}\u0000${normalizeGlossaryTerm(target).toLowerCase()}`;
}

/** Why a (normalized) pair cannot be an entry, or null. */
export function glossaryPairProblem(source: string, target: string): string | null {
  const code = glossaryPairProblemCode(source, target);
  return code ? REJECTION_REASONS[code] : null;
}

type PairProblem = 'source_empty' | 'target_empty' | 'source_too_long' | 'target_too_long';

function glossaryPairProblemCode(source: string, target: string): PairProblem | null {
  if (!source) return 'source_empty';
  if (!target) return 'target_empty';
  const max = GLOSSARY_FILE_LIMITS.termChars;
  if (source.length > max) return 'source_too_long';
  if (target.length > max) return 'target_too_long';
  return null;
}

const REJECTION_REASONS: Record<Exclude<RejectionCode, 'extra_columns'>, string> = {
  no_tab: 'no tab between the source and the target term',
  no_comma: 'no comma between the source and the target term',
  source_empty: 'the source term is empty',
  target_empty: 'the target term is empty',
  source_too_long: `the source term is longer than ${GLOSSARY_FILE_LIMITS.termChars} characters`,
  target_too_long: `the target term is longer than ${GLOSSARY_FILE_LIMITS.termChars} characters`,
};

/** A TSV cell written by a spreadsheet may be quoted: "a ""b""" → a "b". */
function unquote(cell: string): string {
  const t = cell.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).replace(/""/g, '"') : cell;
}

function csvRows(text: string) {
  try {
    return splitCsvRows(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new FormatError('INVALID_ROW', `The file is not valid CSV: ${error.message}`);
    throw error;
  }
}

function rows(text: string, format: 'tsv' | 'csv'): { line: number; fields: string[]; raw: string }[] {
  if (format === 'csv') return csvRows(text).map((r) => ({ ...r, raw: r.fields.join(',') }));
  return text.split(/\r\n|\n|\r/).map((raw, i) => ({ line: i + 1, fields: raw.split('\t').map(unquote), raw }));
}

function detectFormat(text: string): 'tsv' | 'csv' {
  const first = text.split(/\r\n|\n|\r/).find((l) => l.trim() !== '' && !l.trimStart().startsWith('#')) ?? '';
  return !first.includes('\t') && first.includes(',') ? 'csv' : 'tsv';
}

const isHeader = (source: string, target: string): boolean =>
  HEADER_WORDS.has(source.toLowerCase()) && HEADER_WORDS.has(target.toLowerCase());

export function parseGlossaryFile(input: string, opts: { format?: 'tsv' | 'csv' } = {}): GlossaryFile {
  const text = input.replace(/^\uFEFF/, '');
  if (text.length > GLOSSARY_FILE_LIMITS.fileChars) {
    throw new FormatError(
      'INPUT_TOO_LARGE',
      `${text.length.toLocaleString('en')} characters; the limit is ${GLOSSARY_FILE_LIMITS.fileChars.toLocaleString('en')}`,
    );
  }
  if (!text.trim()) throw new FormatError('EMPTY_FILE');
  const lineCount = text.split(/\r\n|\n|\r/).length;
  if (lineCount > GLOSSARY_FILE_LIMITS.lines) {
    throw new FormatError(
      'INPUT_TOO_LARGE',
      `${lineCount.toLocaleString('en')} lines; the limit is ${GLOSSARY_FILE_LIMITS.lines.toLocaleString('en')}`,
    );
  }
  const format = opts.format ?? detectFormat(text);
  const out: GlossaryFile = { format, pairs: [], duplicates: 0, rejected: [] };
  const seen = new Set<string>();
  let first = true;
  for (const row of rows(text, format)) {
    if (row.raw.trim() === '' || row.raw.trimStart().startsWith('#')) continue;
    const [source = '', target = '', ...rest] = row.fields.map(normalizeGlossaryTerm);
    const text = row.raw.slice(0, 80);
    const reject = (code: Exclude<RejectionCode, 'extra_columns'>) =>
      out.rejected.push({ line: row.line, text, code, reason: REJECTION_REASONS[code] });
    const header = first && isHeader(source, target);
    first = false;
    if (header) continue;
    if (row.fields.length < 2) {
      reject(format === 'tsv' ? 'no_tab' : 'no_comma');
      continue;
    }
    if (rest.some((cell) => cell !== '')) {
      const columns = row.fields.length;
      out.rejected.push({
        line: row.line,
        text,
        code: 'extra_columns',
        columns,
        reason: `${columns} columns; expected two (source, target)`,
      });
      continue;
    }
    const problem = glossaryPairProblemCode(source, target);
    if (problem) {
      reject(problem);
      continue;
    }
    const key = glossaryKey(source, target);
    if (seen.has(key)) {
      out.duplicates++;
      continue;
    }
    seen.add(key);
    out.pairs.push({ line: row.line, source, target });
  }
  if (out.pairs.length > GLOSSARY_FILE_LIMITS.entriesPerImport) {
    throw new FormatError(
      'INPUT_TOO_LARGE',
      `${out.pairs.length.toLocaleString('en')} entries; one import takes at most ${GLOSSARY_FILE_LIMITS.entriesPerImport.toLocaleString('en')}, so split the file`,
    );
  }
  return out;
}
