import 'server-only';
import { checkLanguage } from '@/lib/import/check-language';
import type { UrlPreview } from '@/lib/import/url-preview-schema';
import { projectAccess } from '@/lib/server/access';
import type { SessionUser } from '@/lib/server/auth/load-user';
import { toAppError } from '@/lib/server/errors';
import { localizedErrorMessage } from '@/lib/server/i18n/error-message';
import { localeForError } from '@/lib/server/i18n/error-locale';
import { resolveArticle, resolveEnglishEdition, type ResolvedArticle } from './resolve-article';

// URL import, step one: fetch the English-edition page, extract it, find its Korean original (or take the
// one the user gave), fetch and extract that too, and show the user what was found before anything is saved.

export type { UrlPreview } from '@/lib/import/url-preview-schema';

export async function previewUrlImport(
  actor: SessionUser,
  input: { projectId: string; url: string; sourceUrl?: string | null },
): Promise<UrlPreview> {
  const { project } = await projectAccess(actor, input.projectId, 'document:create');
  const english = await resolveEnglishEdition(input.url);
  const sourceUrl = input.sourceUrl?.trim() || english.original?.url || null;
  const foundBy = input.sourceUrl?.trim() ? 'given' : (english.original?.rule ?? null);
  let source: ResolvedArticle | null = null;
  let sourceError: UrlPreview['sourceError'] = sourceUrl
    ? null
    : {
        code: 'not_found',
        url: null,
        reason: null,
        message: 'No link to the Korean original was found on the page. Give its address or paste its text.',
      };
  if (sourceUrl) {
    try {
      source = await resolveArticle({ url: sourceUrl });
    } catch (error) {
      const known = toAppError(error);
      if (!known) throw error;
      sourceError = {
        code: 'failed',
        url: sourceUrl,
        reason: localizedErrorMessage(known, await localeForError(actor)),
        message: `The Korean original at ${sourceUrl} could not be imported: ${known.message}`,
      };
    }
  }
  const warnings: UrlPreview['warnings'] = [];
  const targetCheck = checkLanguage(english.article.text, project.targetLang);
  if (!targetCheck.ok && targetCheck.warning && targetCheck.detected !== 'unknown')
    warnings.push({ side: 'target', detected: targetCheck.detected, message: `English page: ${targetCheck.warning}` });
  if (source) {
    const sourceCheck = checkLanguage(source.text, project.sourceLang);
    if (!sourceCheck.ok && sourceCheck.warning && sourceCheck.detected !== 'unknown')
      warnings.push({ side: 'source', detected: sourceCheck.detected, message: `Korean page: ${sourceCheck.warning}` });
  }
  return { target: english.article, source, foundBy, sourceError, warnings } satisfies UrlPreview;
}
