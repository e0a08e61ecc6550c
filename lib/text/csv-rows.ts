// CSV as RFC 4180 writes it (quoted fields, "" inside quotes, CRLF, LF or CR line ends, a leading BOM), split
// into rows of fields with the line each row starts on. The one CSV reader: batch import files and glossary
// files both use it and say in their own words what a syntax error means for them. Linear in the text.

export interface CsvRow {
  /** 1-based line number of the row's first line. */
  line: number;
  fields: string[];
}

/** A quote opened on `line` and never closed. */
export class CsvSyntaxError extends Error {
  constructor(readonly line: number) {
    super(`A quote opened on line ${line} is never closed.`);
    this.name = 'CsvSyntaxError';
  }
}

/** Splits CSV text into rows of fields, with the line each row starts on. Blank lines are skipped. */
export function splitCsvRows(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 1;
  const endRow = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0].trim() !== '') rows.push({ line: rowLine, fields });
    [fields, field] = [[], ''];
  };
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') [field, i] = [field + '"', i + 1];
      else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field.trim() === '') [quoted, field, quoteLine] = [true, '', line];
    else if (ch === ',') [fields, field] = [[...fields, field], ''];
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      endRow();
      rowLine = ++line;
    } else field += ch;
  }
  if (quoted) throw new CsvSyntaxError(quoteLine);
  endRow();
  return rows;
}
