import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import { BEAD_STATUS_LABEL, BEAD_STATUSES, beadStatusLabel } from './review-states';

// Issue 12 item 10: one name per bead status everywhere. The names live in one table (BEAD_STATUS_LABEL); this
// test also scans the interface code for a second table, which is how the names drifted apart before.

const ROOT = path.resolve(__dirname, '../..');
/** Tables that map statuses to file-format values, not to names people read. */
const NOT_LABELS = new Set(['lib/formats/xliff-writer.ts', 'lib/review/review-states.ts']);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(rel);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

describe('bead status names', () => {
  it('gives every bead status one distinct name', () => {
    const names = BEAD_STATUSES.map((status) => beadStatusLabel(status));
    expect(names).toEqual(['auto-aligned', 'edited', 'confirmed', 'approved', 'rejected', 'excluded']);
    expect(new Set(names).size).toBe(BEAD_STATUSES.length);
  });

  it('adds the mark and a capital without changing the name', () => {
    expect(beadStatusLabel('approved', { mark: true })).toBe('✓✓ approved');
    expect(beadStatusLabel('rejected', { mark: true, capital: true })).toBe('✗ Rejected');
    expect(beadStatusLabel('auto', { mark: true })).toBe('auto-aligned');
    expect(beadStatusLabel('on_hold')).toBe('on_hold');
  });

  it('keeps the names in one table: no other file maps bead statuses to strings', () => {
    const statusKey = new RegExp(`\\b(${Object.keys(BEAD_STATUS_LABEL).join('|')})\\s*:\\s*'`, 'g');
    const tables = ['app', 'lib']
      .flatMap(sourceFiles)
      .filter((file) => !NOT_LABELS.has(file.split(path.sep).join('/')))
      .filter((file) => {
        // A table is an object literal with at least three status keys mapped to string literals.
        for (const block of fs.readFileSync(path.join(ROOT, file), 'utf8').split(/[{}]/)) {
          if ((block.match(statusKey) ?? []).length >= 3) return true;
        }
        return false;
      });
    expect(tables).toEqual([]);
  });

  it('the English interface catalog uses the same names (the screens read the catalog, server text this table)', () => {
    expect(en.beadStatus).toEqual(BEAD_STATUS_LABEL);
  });
});
