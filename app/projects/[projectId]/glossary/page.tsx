import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { can } from '@/lib/permissions';
import { projectAccess } from '@/lib/server/access';
import { listGlossary } from '@/lib/server/glossary/list-glossary';
import { loadForPage, requirePageUser } from '@/lib/server/http/page-guard';
import { textProblem } from '@/lib/text/text-boundary';
import { GlossaryAddForm } from './_components/glossary-add-form';
import { GlossaryImportForm } from './_components/glossary-import-form';
import { GlossaryRow } from './_components/glossary-row';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('glossary'))('title') };
}

// Every member reads the glossary; editors and admins (project:glossary) change it.
export default async function GlossaryPage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<{ q?: string | string[] }>;
}) {
  const { projectId } = await params;
  const raw = (await searchParams).q;
  const typed = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? '';
  // A search holding NUL or a lone surrogate cannot match anything (decision 018): show the whole list.
  const q = textProblem(typed) ? '' : typed;
  const user = await requirePageUser(`/projects/${projectId}/glossary`);
  const data = await loadForPage(async () => {
    const ctx = await projectAccess(user, projectId, 'project:read');
    return { ctx, glossary: await listGlossary(user, { projectId, q }) };
  });
  const { ctx, glossary } = data;
  const canEdit = can(ctx.role, 'project:glossary');
  const { sourceLang, targetLang } = ctx.project;
  const [t, nav, project] = await Promise.all([getTranslations('glossary'), getTranslations('nav'), getTranslations('project')]);
  return (
    <main>
      <p className="muted">
        <Link href="/projects">{nav('projects')}</Link> / <Link href={`/projects/${projectId}`}>{ctx.project.name}</Link> /
        {can(ctx.role, 'project:manage') && (
          <>
            {' '}
            <Link href={`/projects/${projectId}/settings`}>{project('settings')}</Link> /
          </>
        )}
      </p>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      {canEdit && (
        <>
          <h2>{t('add')}</h2>
          <GlossaryAddForm projectId={projectId} sourceLang={sourceLang} targetLang={targetLang} />
          <h2>{t('import')}</h2>
          <GlossaryImportForm projectId={projectId} />
        </>
      )}
      <h2>{t('entries')}</h2>
      <form className="inline" method="get" role="search" style={{ marginBottom: 12 }}>
        <label>
          {t('search')}
          <input name="q" type="search" defaultValue={q} maxLength={200} />
        </label>
        <button type="submit" className="secondary">
          {t('searchSubmit')}
        </button>
        {q && <Link href={`/projects/${projectId}/glossary`}>{t('showAll')}</Link>}
      </form>
      <p className="muted" aria-live="polite">
        {q ? t('matching', { matching: glossary.matching, total: glossary.total, q }) : t('total', { total: glossary.total })}
        {glossary.entries.length < glossary.matching && t('showingFirst', { count: glossary.entries.length })}
      </p>
      {glossary.entries.length > 0 && (
        <table className="list">
          <thead>
            <tr>
              <th>{t('colSource', { lang: sourceLang })}</th>
              <th>{t('colTarget', { lang: targetLang })}</th>
              {canEdit && <th>{t('colActions')}</th>}
            </tr>
          </thead>
          <tbody>
            {glossary.entries.map((entry) => (
              <GlossaryRow key={entry.id} projectId={projectId} entry={entry} canEdit={canEdit} langs={[sourceLang, targetLang]} />
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
