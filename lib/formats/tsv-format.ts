// Tab-separated export: source, target, then metadata columns. Tabs, newlines, CR and backslashes
// inside a cell are written as \t, \n, \r and \\ so every unit is exactly one line. `readTsv` is the
// inverse, so the format round-trips. Notes and uncommon props are JSON in their own columns.

import { renderChunks, type UnitSource } from './chunked-output';
import { parseBeadStatus, parseConfidence, UNIT_PROP, type ExportUnit } from './export-unit';
import { FormatError } from './format-error';
import { neutraliseFormula, restoreFormula } from './spreadsheet-cell';
import { stripForbiddenXmlChars } from './xml-escape';

export const TSV_COLUMNS = [
  'source',
  'target',
  'tuid',
  'source_lang',
  'target_lang',
  'status',
  'confidence',
  'bead_type',
  'document_title',
  'source_url',
  'target_url',
  'reviewer',
  'labels',
  'created',
  'changed',
  'creator',
  'changer',
  'notes',
  'other_props',
] as const;

/** Columns that hold one well-known prop each; all other props go to `other_props`. */
const PROP_COLUMNS: Record<string, string> = {
  bead_type: UNIT_PROP.beadType,
  document_title: UNIT_PROP.documentTitle,
  source_url: UNIT_PROP.sourceUrl,
  target_url: UNIT_PROP.targetUrl,
  reviewer: UNIT_PROP.reviewer,
  labels: UNIT_PROP.labels,
};

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const UNESCAPES: Record<string, string> = { '\\': '\\', t: '\t', n: '\n', r: '\r' };

/**
 * Also removes the control characters no export carries (the same set as XML 1.0 forbids), and neutralises
 * a cell a spreadsheet would run as a formula (lib/formats/spreadsheet-cell.ts).
 */
export function escapeTsvCell(text: string): string {
  return neutraliseFormula(stripForbiddenXmlChars(text)).replace(/[\\\t\n\r]/g, (ch) => ESCAPES[ch]);
}

export function unescapeTsvCell(cell: string): string {
  return restoreFormula(cell.replace(/\\(.)/g, (whole, ch: string) => UNESCAPES[ch] ?? whole));
}

const stripStrings = (_key: string, value: unknown) => (typeof value === 'string' ? stripForbiddenXmlChars(value) : value);

export function renderTsvRow(unit: ExportUnit): string {
  const propKeys = new Set(Object.values(PROP_COLUMNS));
  const other = Object.fromEntries(Object.entries(unit.props).filter(([key]) => !propKeys.has(key)));
  const cells: Record<(typeof TSV_COLUMNS)[number], string> = {
    source: unit.sourceText,
    target: unit.targetText,
    tuid: unit.tuid,
    source_lang: unit.sourceLang,
    target_lang: unit.targetLang,
    status: unit.status ?? '',
    confidence: unit.confidence === null ? '' : String(unit.confidence),
    bead_type: '',
    document_title: '',
    source_url: '',
    target_url: '',
    reviewer: '',
    labels: '',
    created: unit.created.toISOString(),
    changed: unit.changed.toISOString(),
    creator: unit.creator,
    changer: unit.changer,
    // JSON would hide control characters as \u escapes from escapeTsvCell, so strip them first.
    notes: unit.notes.length > 0 ? JSON.stringify(unit.notes, stripStrings) : '',
    other_props: Object.keys(other).length > 0 ? JSON.stringify(other, stripStrings) : '',
  };
  for (const [column, prop] of Object.entries(PROP_COLUMNS)) cells[column as keyof typeof cells] = unit.props[prop] ?? '';
  return TSV_COLUMNS.map((column) => escapeTsvCell(cells[column])).join('\t') + '\n';
}

export function writeTsv(units: UnitSource, options: { chunkChars?: number } = {}): AsyncGenerator<string, void, undefined> {
  return renderChunks(TSV_COLUMNS.join('\t') + '\n', units, renderTsvRow, '', options.chunkChars);
}

/** Parses a file written by writeTsv. Throws INVALID_ROW (with the line number) on a malformed line. */
export function readTsv(text: string): ExportUnit[] {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const header = lines.shift()?.split('\t') ?? [];
  if (header.join('\t') !== TSV_COLUMNS.join('\t')) throw new FormatError('INVALID_ROW', 'line 1: unexpected header');
  return lines.map((line, i) => {
    const cells = line.split('\t').map(unescapeTsvCell);
    if (cells.length !== TSV_COLUMNS.length) throw new FormatError('INVALID_ROW', `line ${i + 2}: ${cells.length} columns`);
    const get = (column: (typeof TSV_COLUMNS)[number]) => cells[TSV_COLUMNS.indexOf(column)];
    const props: Record<string, string> = get('other_props') ? parseJson(get('other_props'), i + 2) : {};
    for (const [column, prop] of Object.entries(PROP_COLUMNS)) {
      const value = get(column as (typeof TSV_COLUMNS)[number]);
      if (value !== '') props[prop] = value;
    }
    return {
      tuid: get('tuid'),
      sourceText: get('source'),
      targetText: get('target'),
      sourceLang: get('source_lang'),
      targetLang: get('target_lang'),
      created: new Date(get('created')),
      changed: new Date(get('changed')),
      creator: get('creator'),
      changer: get('changer'),
      status: parseBeadStatus(get('status')),
      confidence: parseConfidence(get('confidence')),
      notes: get('notes') ? parseJson(get('notes'), i + 2) : [],
      props,
    };
  });
}

function parseJson<T>(text: string, line: number): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new FormatError('INVALID_ROW', `line ${line}: invalid JSON cell`);
  }
}
