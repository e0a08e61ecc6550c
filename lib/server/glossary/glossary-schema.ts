import 'server-only';
import { z } from 'zod';
import { GLOSSARY_FILE_LIMITS, glossaryKey, normalizeGlossaryTerm } from '@/lib/formats/glossary-file';
import type { Tx } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';

// One glossary entry is a source term and its target (한국은행 → Bank of Korea). The same source may have
// several targets; the same pair (ignoring case and spacing, as the aligner does) is stored once.

/** Every entry feeds every alignment in the project (project-lexicon.ts); this bounds that work. */
export const MAX_GLOSSARY_ENTRIES = 20_000;

const term = (side: 'source' | 'target') =>
  z
    .string()
    .transform(normalizeGlossaryTerm)
    .pipe(
      z
        .string()
        .min(1, `Enter the ${side} term.`)
        .max(GLOSSARY_FILE_LIMITS.termChars, `The ${side} term is longer than ${GLOSSARY_FILE_LIMITS.termChars} characters.`),
    );

export const glossaryEntrySchema = z.object({ source: term('source'), target: term('target') });
export type GlossaryEntryInput = z.input<typeof glossaryEntrySchema>;

export interface GlossaryEntryView {
  id: string;
  source: string;
  target: string;
}

export const glossarySelect = { id: true, source: true, target: true } as const;

/** The project's entries by pair key, read inside the caller's transaction (after lockProject). */
export async function glossaryKeys(tx: Tx, projectId: string): Promise<Map<string, string>> {
  const rows = await tx.glossaryEntry.findMany({ where: { projectId }, select: glossarySelect });
  return new Map(rows.map((r) => [glossaryKey(r.source, r.target), r.id]));
}

export function assertRoomFor(current: number, adding: number): void {
  if (current + adding > MAX_GLOSSARY_ENTRIES) {
    throw new AppError(
      'TOO_LARGE',
      `The glossary has ${current.toLocaleString('en')} entries; adding ${adding.toLocaleString('en')} would pass the limit of ${MAX_GLOSSARY_ENTRIES.toLocaleString('en')} per project.`,
    );
  }
}

export const alreadyExists = (e: { source: string; target: string }): AppError =>
  new AppError('ALREADY_EXISTS', `The glossary already has ${e.source} → ${e.target}.`);
