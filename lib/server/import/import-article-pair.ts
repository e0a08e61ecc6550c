import { checkLanguage } from '@/lib/import/check-language';
import { projectAccess } from '@/lib/server/access';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { createDocument, type DroppedLines } from '@/lib/server/documents/create-document';
import { AppError, toAppError } from '@/lib/server/errors';
import { resolveArticle, type ArticleSource } from './resolve-article';

// Import one article pair (Korean original = source, English edition = target) from text, files or URLs,
// segment and align it, and store it in one transaction. Language mix-ups come back as warnings.

export interface ImportPairInput {
  projectId: string;
  title?: string | null;
  source: ArticleSource;
  target: ArticleSource;
  /** Keep news-site furniture lines instead of dropping them (decision 022). */
  keepBoilerplate?: boolean;
}

export async function importArticlePair(actor: SessionUser, input: ImportPairInput): Promise<{ id: string; beads: number; warnings: string[]; dropped: DroppedLines }> {
  const { project } = await projectAccess(actor, input.projectId, 'document:create');
  const [source, target] = await Promise.all([
    resolveArticle(input.source).catch((e: unknown) => Promise.reject(labelSide(e, 'Korean (source)'))),
    resolveArticle(input.target).catch((e: unknown) => Promise.reject(labelSide(e, 'English (target)'))),
  ]);
  const warnings = languageWarnings(source.text, project.sourceLang, target.text, project.targetLang);
  const title = input.title?.trim() || target.title || source.title || 'Untitled article';
  const created = await createDocument(actor, {
    projectId: project.id, title: title.slice(0, 300), sourceText: source.text, targetText: target.text,
    sourceUrl: source.url, targetUrl: target.url, keepBoilerplate: input.keepBoilerplate ?? false,
  });
  return { ...created, warnings };
}

export function languageWarnings(sourceText: string, sourceLang: string, targetText: string, targetLang: string): string[] {
  const source = checkLanguage(sourceText, sourceLang);
  const target = checkLanguage(targetText, targetLang);
  return [source.ok ? null : `Source: ${source.warning}`, target.ok ? null : `Target: ${target.warning}`].filter((w): w is string => w !== null);
}

/** Says which side failed: "English (target): The site answered with an error (HTTP 500)." */
function labelSide(error: unknown, side: string): unknown {
  const known = toAppError(error);
  return known ? new AppError(known.code, `${side}: ${known.message}`) : error;
}
