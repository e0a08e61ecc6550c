import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BEGIN_MARKER, END_MARKER, readBenchResults, renderBenchTable, replaceBenchTable, writeBenchResult } from '../bench/lib/results';

// Issue 10.9: benchmark figures in the README come from the benchmarks' results files, never from typing.

describe('the README benchmark table', () => {
  it('is exactly what bench/results/*.json say (run `npm run bench:docs` after a benchmark)', () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    expect(replaceBenchTable(readme, renderBenchTable(readBenchResults()))).toBe(readme);
  });
});

describe('writeBenchResult', () => {
  it('writes the rows with the date and the machine load, and the table shows them', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bitext-bench-'));
    try {
      writeBenchResult(
        'editor',
        [{ what: 'opening a document', command: 'npm run build && npm run bench:editor', figure: '0.5 s, 36 MB | JS heap' }],
        dir,
      );
      writeBenchResult('align', [{ what: 'alignment, 20k', figure: '1.8 s' }], dir);
      const results = readBenchResults(dir);
      expect(results.map((r) => r.bench)).toEqual(['align', 'editor']);
      expect(Date.parse(results[0].measuredAt ?? '')).not.toBeNaN();
      expect(results[0].machine?.cpus).toBeGreaterThan(0);
      expect(results[0].machine?.loadAverage).toHaveLength(3);
      const table = renderBenchTable(results).split('\n');
      expect(table[2]).toMatch(/^\| alignment, 20k \| `npm run bench:align` \| 1\.8 s \| \d{4}-\d{2}-\d{2}, load [\d.]+ on \d+ CPUs \|$/);
      expect(table[3]).toContain('| 0.5 s, 36 MB \\| JS heap |'); // a pipe in a figure cannot break the table
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a bench name that is not a plain file name, and empty rows', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bitext-bench-'));
    try {
      expect(() => writeBenchResult('../README', [{ what: 'x', figure: 'y' }], dir)).toThrow();
      expect(() => writeBenchResult('editor', [], dir)).toThrow();
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('replaces only the text between the markers, and says so when they are missing', () => {
    const doc = `intro\n${BEGIN_MARKER}\nold table\n${END_MARKER}\noutro\n`;
    expect(replaceBenchTable(doc, '| new |')).toBe(`intro\n${BEGIN_MARKER}\n| new |\n${END_MARKER}\noutro\n`);
    expect(() => replaceBenchTable('no markers here', '| new |')).toThrow(/bench:begin/);
  });
});
