// JSON Lines for training data: one object per unit, `source` and `target` first. JSON escapes line
// breaks, so no text can break a line. `readJsonl` is the inverse.

import { renderChunks, type UnitSource } from './chunked-output';
import { parseBeadStatus, type ExportUnit } from './export-unit';
import { FormatError } from './format-error';
import { stripForbiddenXmlChars } from './xml-escape';

export interface JsonlRecord {
  source: string;
  target: string;
  source_lang: string;
  target_lang: string;
  tuid: string;
  status: string | null;
  confidence: number | null;
  created: string;
  changed: string;
  creator: string;
  changer: string;
  notes: string[];
  props: Record<string, string>;
}

export function toJsonlRecord(unit: ExportUnit): JsonlRecord {
  return {
    source: unit.sourceText,
    target: unit.targetText,
    source_lang: unit.sourceLang,
    target_lang: unit.targetLang,
    tuid: unit.tuid,
    status: unit.status,
    confidence: unit.confidence,
    created: unit.created.toISOString(),
    changed: unit.changed.toISOString(),
    creator: unit.creator,
    changer: unit.changer,
    notes: unit.notes,
    props: unit.props,
  };
}

export function writeJsonl(units: UnitSource, options: { chunkChars?: number } = {}): AsyncGenerator<string, void, undefined> {
  // Same text in every format: control characters that TMX/XLIFF cannot carry are removed here too.
  const clean = (_key: string, value: unknown) => (typeof value === 'string' ? stripForbiddenXmlChars(value) : value);
  return renderChunks('', units, (unit) => JSON.stringify(toJsonlRecord(unit), clean) + '\n', '', options.chunkChars);
}

/** Parses a file written by writeJsonl. Throws INVALID_ROW with the line number. Blank lines are ignored. */
export function readJsonl(text: string): ExportUnit[] {
  const units: ExportUnit[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let record: JsonlRecord;
    try {
      record = JSON.parse(line) as JsonlRecord;
    } catch {
      throw new FormatError('INVALID_ROW', `line ${i + 1}: not JSON`);
    }
    if (typeof record.source !== 'string' || typeof record.target !== 'string') {
      throw new FormatError('INVALID_ROW', `line ${i + 1}: "source" and "target" must be strings`);
    }
    units.push({
      tuid: String(record.tuid ?? ''),
      sourceText: record.source,
      targetText: record.target,
      sourceLang: String(record.source_lang ?? ''),
      targetLang: String(record.target_lang ?? ''),
      created: new Date(record.created),
      changed: new Date(record.changed),
      creator: String(record.creator ?? ''),
      changer: String(record.changer ?? ''),
      status: parseBeadStatus(record.status ?? undefined),
      confidence: typeof record.confidence === 'number' ? record.confidence : null,
      notes: Array.isArray(record.notes) ? record.notes.map(String) : [],
      props: record.props && typeof record.props === 'object' ? record.props : {},
    });
  });
  return units;
}
