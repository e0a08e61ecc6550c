import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectChunks } from './chunked-output';
import { FormatError } from './format-error';
import { readJsonl, writeJsonl } from './jsonl-format';
import { CONTROL_CHAR_UNIT, SAMPLE_UNITS } from './testing/sample-units';
import { fixturesDir } from './testing/xml-tools';
import { escapeTsvCell, readTsv, TSV_COLUMNS, unescapeTsvCell, writeTsv } from './tsv-format';

const units = SAMPLE_UNITS;
const GOLDEN_UNITS = [...SAMPLE_UNITS, CONTROL_CHAR_UNIT];
const cleaned = { ...CONTROL_CHAR_UNIT, sourceText: 'bell nul vt ff esc lone fffe ok', notes: ['note'] };

describe('TSV', () => {
  it('matches the golden file', async () => {
    expect(await collectChunks(writeTsv(GOLDEN_UNITS))).toBe(readFileSync(path.join(fixturesDir, 'golden-basic.tsv'), 'utf8'));
  });

  it('round-trips: readTsv(writeTsv(units)) equals units', async () => {
    expect(readTsv(await collectChunks(writeTsv(units)))).toEqual(units);
  });

  it('removes the control characters XML cannot carry, like the TMX and XLIFF writers', async () => {
    expect(readTsv(await collectChunks(writeTsv([CONTROL_CHAR_UNIT])))).toEqual([cleaned]);
  });

  it('writes exactly one line per unit with a fixed column count', async () => {
    const lines = (await collectChunks(writeTsv(GOLDEN_UNITS))).slice(0, -1).split('\n');
    expect(lines).toHaveLength(GOLDEN_UNITS.length + 1);
    for (const line of lines) expect(line.split('\t')).toHaveLength(TSV_COLUMNS.length);
  });

  it.each([
    ['a\tb', 'a\\tb'],
    ['line\nbreak', 'line\\nbreak'],
    ['cr\r\n', 'cr\\r\\n'],
    ['back\\slash', 'back\\\\slash'],
    ['literal \\n stays', 'literal \\\\n stays'],
    ['', ''],
  ])('escapes %j as %j and back', (text, cell) => {
    expect(escapeTsvCell(text)).toBe(cell);
    expect(unescapeTsvCell(cell)).toBe(text);
  });

  it('refuses a file with a wrong column count, naming the line', async () => {
    const text = (await collectChunks(writeTsv(SAMPLE_UNITS.slice(0, 1)))) + 'only\ttwo\n';
    expect(() => readTsv(text)).toThrow(/line 3/);
    expect(() => readTsv('a\tb\n')).toThrow(FormatError);
  });
});

describe('JSONL', () => {
  it('matches the golden file', async () => {
    expect(await collectChunks(writeJsonl(GOLDEN_UNITS))).toBe(readFileSync(path.join(fixturesDir, 'golden-basic.jsonl'), 'utf8'));
  });

  it('round-trips: readJsonl(writeJsonl(units)) equals units', async () => {
    expect(readJsonl(await collectChunks(writeJsonl(units)))).toEqual(units);
  });

  it('removes the control characters XML cannot carry, like the TMX and XLIFF writers', async () => {
    expect(readJsonl(await collectChunks(writeJsonl([CONTROL_CHAR_UNIT])))).toEqual([cleaned]);
  });

  it('keeps every record on one line, source and target first', async () => {
    const lines = (await collectChunks(writeJsonl(units))).trimEnd().split('\n');
    expect(lines).toHaveLength(units.length);
    expect(Object.keys(JSON.parse(lines[1])).slice(0, 2)).toEqual(['source', 'target']);
    expect(JSON.parse(lines[1]).source).toBe(SAMPLE_UNITS[1].sourceText);
  });

  it('refuses a line that is not JSON, naming the line', () => {
    expect(() => readJsonl('{"source":"a","target":"b"}\n{oops\n')).toThrow(/line 2/);
    expect(() => readJsonl('{"source":1,"target":"b"}')).toThrow(FormatError);
  });
});
