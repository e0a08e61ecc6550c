// Test-only helpers: run xmllint, find the TMX DTD and XLIFF schema in ../shared, write temp files.
// Tests that need a missing tool or file skip with a visible console.warn (never silently pass).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const sharedDir = path.resolve(repoRoot, '../shared');
export const lisaKitDir = path.join(sharedDir, 'tmx/lisa-tmx-compliance-kit');
export const xliffSchemaPath = path.join(sharedDir, 'xliff/xliff-core-1.2-strict.xsd');
export const subsetDtdPath = path.join(repoRoot, 'test-fixtures/formats/tmx14-subset.dtd');
export const fixturesDir = path.join(repoRoot, 'test-fixtures/formats');

export const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;

function findFile(dir: string, predicate: (name: string) => boolean, depth = 3): string | null {
  if (!existsSync(dir) || depth < 0) return null;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isFile() && predicate(entry.name)) return full;
    if (entry.isDirectory()) {
      const found = findFile(full, predicate, depth - 1);
      if (found) return found;
    }
  }
  return null;
}

/** The official TMX 1.4 DTD if ../shared/tmx holds one (tmx14.dtd or any *.dtd), else null. */
export const officialTmxDtdPath =
  findFile(path.join(sharedDir, 'tmx'), (name) => name.toLowerCase() === 'tmx14.dtd') ??
  findFile(path.join(sharedDir, 'tmx'), (name) => name.toLowerCase().endsWith('.dtd'));

export function warnSkip(what: string, why: string): void {
  console.warn(`[skipped] ${what}: ${why}`);
}

export function writeTemp(name: string, content: string | Uint8Array): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bitext-formats-'));
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

export interface XmllintResult {
  ok: boolean;
  output: string;
}

export function xmllint(file: string, check: { dtd: string } | { schema: string } | 'well-formed'): XmllintResult {
  const args = ['--noout', '--nonet'];
  if (check !== 'well-formed' && 'dtd' in check) args.push('--dtdvalid', check.dtd);
  if (check !== 'well-formed' && 'schema' in check) args.push('--schema', check.schema);
  const run = spawnSync('xmllint', [...args, file], { encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

/** Names of the LISA TMX compliance kit files, or [] where ../shared does not hold the kit. */
export function lisaKitFiles(): string[] {
  return existsSync(lisaKitDir)
    ? readdirSync(lisaKitDir)
        .filter((name) => name.endsWith('.tmx'))
        .sort()
    : [];
}
