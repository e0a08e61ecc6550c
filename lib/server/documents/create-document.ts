import 'server-only';
import { z } from 'zod';
import { dropBoilerplateLines, type CleanedText } from '@/lib/import/article-boilerplate';
import type { Alignment } from '@/lib/alignment/types';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { PairWarning } from '@/lib/import/pair-plausibility';
import { projectAccess } from '@/lib/server/access';
import { audit } from '@/lib/server/audit';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { db, type Tx } from '@/lib/server/db';
import { runEngine } from '@/lib/server/align/run-engine';
import { AppError } from '@/lib/server/errors';
import { insertAlignmentRows } from './insert-alignment';
import { projectLexicon } from './project-lexicon';

export const MAX_SIDE_CHARS = 1_000_000;

export const createDocumentSchema = z.object({
  projectId: z.string().min(1),
  title: z.string().trim().min(1, 'Enter a title.').max(300),
  sourceText: z.string(),
  targetText: z.string(),
  sourceUrl: z.string().url().nullish(),
  targetUrl: z.string().url().nullish(),
  format: z.enum(['text', 'html']).default('text'),
  /** Plain text only: keep news-site furniture (bylines, share buttons, story boxes) instead of dropping it. */
  keepBoilerplate: z.boolean().default(false),
});

/** The lines dropped as news-site furniture, per side, for the import answer (decision 022). */
export interface DroppedLines {
  source: string[];
  target: string[];
}

export type CreateDocumentInput = z.input<typeof createDocumentSchema>;

/** Refuses an empty side or one over the size limit; imports and revisions (revise-document.ts) share it. */
export function checkText(text: string, label: string): void {
  if (!text.trim()) throw new AppError('INVALID_INPUT', `The ${label} text is empty.`);
  if (text.length > MAX_SIDE_CHARS) {
    throw new AppError(
      'TOO_LARGE',
      `The ${label} text has ${text.length.toLocaleString('en')} characters; the limit is ${MAX_SIDE_CHARS.toLocaleString('en')}. Split the document.`,
    );
  }
}

/** Writes a whole alignment (document, segments, beads) inside the caller's transaction. */
export async function insertDocument(
  tx: Tx,
  data: {
    projectId: string;
    title: string;
    sourceUrl?: string | null;
    targetUrl?: string | null;
    status?: 'draft' | 'approved';
    kind?: 'article' | 'memory';
    pairWarnings?: PairWarning[];
  },
  alignment: Alignment,
  beadMeta?: (string | null)[],
): Promise<{ id: string }> {
  const document = await tx.document.create({
    data: {
      projectId: data.projectId,
      title: data.title,
      sourceUrl: data.sourceUrl ?? null,
      targetUrl: data.targetUrl ?? null,
      status: data.status ?? 'draft',
      kind: data.kind ?? 'article',
      // Kept so opening the document does not recompute them (decision 029).
      ...(data.pairWarnings ? { pairWarnings: data.pairWarnings as unknown as Prisma.InputJsonValue } : {}),
    },
    select: { id: true },
  });
  await insertAlignmentRows(tx, document.id, alignment, beadMeta);
  return document;
}

/** A side's text with news-site furniture dropped (plain text only, unless kept); imports and revisions share it. */
export function cleaned(text: string, data: { format: 'text' | 'html'; keepBoilerplate: boolean }): CleanedText {
  return data.format === 'text' && !data.keepBoilerplate ? dropBoilerplateLines(text) : { text, dropped: [] };
}

/**
 * The new document, the site boilerplate lines dropped from each side, and warnings when the two texts look
 * unlike translations of each other (it is imported anyway).
 */
export async function createDocument(
  actor: SessionUser,
  input: CreateDocumentInput,
  options: {
    /** Runs in the document's transaction before it commits (a batch job marks its item done there: decision 037). */
    beforeCommit?: (tx: Tx, created: { id: string; warnings: PairWarning[] }) => Promise<void>;
    /** Batch jobs: accept a project lexicon built this long ago (project-lexicon.ts). */
    lexiconMaxAgeMs?: number;
  } = {},
): Promise<{ id: string; beads: number; dropped: DroppedLines; warnings: PairWarning[] }> {
  const data = createDocumentSchema.parse(input);
  const { project } = await projectAccess(actor, data.projectId, 'document:create');
  checkText(data.sourceText, 'source');
  checkText(data.targetText, 'target');
  const source = cleaned(data.sourceText, data);
  const target = cleaned(data.targetText, data);
  checkText(source.text, 'source (after dropping site boilerplate)');
  checkText(target.text, 'target (after dropping site boilerplate)');
  const { alignment, warnings } = await runEngine({
    kind: 'autoAlign',
    input: {
      sourceText: source.text,
      targetText: target.text,
      format: data.format,
      sourceLang: project.sourceLang,
      targetLang: project.targetLang,
      abbreviations: project.abbreviations,
      lexicon: await projectLexicon(project, { maxAgeMs: options.lexiconMaxAgeMs }),
    },
  });
  return db.$transaction(async (tx) => {
    const document = await insertDocument(tx, { ...data, pairWarnings: warnings }, alignment);
    await audit(tx, {
      actorId: actor.id,
      action: 'document.create',
      projectId: project.id,
      documentId: document.id,
      target: document.id,
      after: {
        title: data.title,
        sourceSegments: alignment.source.length,
        targetSegments: alignment.target.length,
        beads: alignment.beads.length,
        droppedLines: source.dropped.length + target.dropped.length,
      },
    });
    await options.beforeCommit?.(tx, { id: document.id, warnings });
    return { id: document.id, beads: alignment.beads.length, dropped: { source: source.dropped, target: target.dropped }, warnings };
  });
}
