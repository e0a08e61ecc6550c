import 'server-only';
import type { PairWarning } from '@/lib/import/pair-plausibility';
import { projectAccess } from '@/lib/server/access';
import type { SessionUser } from '@/lib/server/auth/load-user';
import type { Tx } from '@/lib/server/db';
import { createDocument, type DroppedLines } from '@/lib/server/documents/create-document';
import { AppError, toAppError } from '@/lib/server/errors';
import { resolveArticle, type ArticleSource } from './resolve-article';

// Import one article pair (Korean original = source, English edition = target) from text, files or URLs,
// segment and align it, and store it in one transaction. A pair that does not look like a translation (wrong
// language in a box, sentence counts or lengths far apart, no shared numbers) comes back with warnings.

export interface ImportPairInput {
  projectId: string;
  title?: string | null;
  source: ArticleSource;
  target: ArticleSource;
  /** Keep news-site furniture lines instead of dropping them (decision 022). */
  keepBoilerplate?: boolean;
  /** Runs in the document's transaction before it commits (see createDocument). */
  beforeCommit?: (tx: Tx, created: { id: string; warnings: PairWarning[] }) => Promise<void>;
  /** Batch jobs: accept a project lexicon built this long ago (see createDocument). */
  lexiconMaxAgeMs?: number;
}

export async function importArticlePair(
  actor: SessionUser,
  input: ImportPairInput,
): Promise<{ id: string; beads: number; warnings: PairWarning[]; dropped: DroppedLines }> {
  const { project } = await projectAccess(actor, input.projectId, 'document:create');
  const [source, target] = await Promise.all([
    resolveArticle(input.source).catch((e: unknown) => Promise.reject(labelSide(e, 'Korean (source)'))),
    resolveArticle(input.target).catch((e: unknown) => Promise.reject(labelSide(e, 'English (target)'))),
  ]);
  const title = input.title?.trim() || target.title || source.title || 'Untitled article';
  return createDocument(
    actor,
    {
      projectId: project.id,
      title: title.slice(0, 300),
      sourceText: source.text,
      targetText: target.text,
      sourceUrl: source.url,
      targetUrl: target.url,
      keepBoilerplate: input.keepBoilerplate ?? false,
    },
    { beforeCommit: input.beforeCommit, lexiconMaxAgeMs: input.lexiconMaxAgeMs },
  );
}

/** Says which side failed: "English (target): The site answered with an error (HTTP 500)." */
export function labelSide(error: unknown, side: string): unknown {
  const known = toAppError(error);
  return known ? new AppError(known.code, `${side}: ${known.message}`) : error;
}
