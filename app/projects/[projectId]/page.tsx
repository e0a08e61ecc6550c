import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { exportHref } from '@/lib/formats/export-link';
import { can } from '@/lib/permissions';
import { projectAccess } from '@/lib/server/access';
import { listDocuments } from '@/lib/server/documents/list-documents';
import { listBatches } from '@/lib/server/import/batch-import';
import { loadForPage, requirePageUser } from '@/lib/server/http/page-guard';
import { listInvites, listMembers } from '@/lib/server/projects/manage-projects';
import { MembersForm } from './_components/members-form';
import { ExportPanel } from './_components/export-panel';
import { ImportPanel } from './_components/import-panel';
import { ProgressText } from '@/app/_components/progress-text';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('project'))('title') };
}

export default async function ProjectPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const user = await requirePageUser(`/projects/${projectId}`);
  const data = await loadForPage(async () => {
    const ctx = await projectAccess(user, projectId, 'project:read');
    const manages = can(ctx.role, 'project:manage');
    const [documents, members, batches, invites] = await Promise.all([
      listDocuments(user, { projectId }),
      listMembers(user, { projectId }),
      listBatches(user, { projectId }),
      manages ? listInvites(user, { projectId }) : [],
    ]);
    return { ctx, documents, members, batches, invites };
  });
  const { ctx, documents, members, batches, invites } = data;
  const manage = can(ctx.role, 'project:manage');
  const [t, roleName, statusName, format] = await Promise.all([
    getTranslations('project'),
    getTranslations('roles'),
    getTranslations('status'),
    getFormatter(),
  ]);
  return (
    <main>
      <p className="muted">
        <Link href="/projects">{(await getTranslations('nav'))('projects')}</Link> /
      </p>
      <h1>{ctx.project.name}</h1>
      <p className="muted">
        {ctx.project.sourceLang} → {ctx.project.targetLang} · {t('roleLine', { role: roleName(ctx.role) })} ·{' '}
        <Link href={`/projects/${projectId}/dashboard`}>{t('dashboard')}</Link> ·{' '}
        <Link href={`/projects/${projectId}/glossary`}>{t('glossary')}</Link> ·{' '}
        <Link href={`/projects/${projectId}/terminology`}>{t('terminology')}</Link>
        {manage && (
          <>
            {' '}
            · <Link href={`/projects/${projectId}/settings`}>{t('settings')}</Link>
          </>
        )}
      </p>
      <h2>{t('documents')}</h2>
      {documents.length === 0 ? (
        <p className="muted">{t('noDocuments')}</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th>{t('colTitle')}</th>
              <th>{t('colStatus')}</th>
              <th>{t('colBeads')}</th>
              <th>{t('colProgress')}</th>
              <th>{t('colVersion')}</th>
              <th>{t('colExport')}</th>
            </tr>
          </thead>
          <tbody>
            {documents.map((d) => (
              <tr key={d.id}>
                <td>
                  <Link href={`/projects/${projectId}/documents/${d.id}`}>{d.title}</Link>
                </td>
                <td>
                  <span className={`badge ${d.status}`}>{statusName(d.status)}</span>
                </td>
                <td>{format.number(d.beads)}</td>
                <td>
                  <div
                    className="progress"
                    role="progressbar"
                    aria-valuenow={d.review.percent}
                    aria-valuemin={0}
                    aria-valuemax={100}
                    aria-label={t('progressLabel', { title: d.title })}
                  >
                    <span style={{ width: `${d.review.percent}%` }} />
                  </div>
                  <span className="muted" data-testid="document-progress">
                    <ProgressText progress={d.review} />
                  </span>
                </td>
                <td>{format.number(d.version)}</td>
                <td>
                  <a
                    href={exportHref({ documentId: d.id })}
                    download
                    aria-label={t('exportLabel', { title: d.title })}
                    title={t('exportTitle')}
                  >
                    TMX
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {can(ctx.role, 'document:create') && (
        <>
          <h2>{t('import')}</h2>
          <ImportPanel projectId={projectId} sourceLang={ctx.project.sourceLang} targetLang={ctx.project.targetLang} batches={batches} />
        </>
      )}
      <h2>{t('export')}</h2>
      <ExportPanel projectId={projectId} />
      <h2>{t('members')}</h2>
      <table className="list">
        <thead>
          <tr>
            <th>{t('colName')}</th>
            <th>{t('colEmail')}</th>
            <th>{t('colRole')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.user.id}>
              <td>
                {m.user.name}
                {!m.user.active && t('deactivated')}
              </td>
              <td>{m.user.email}</td>
              <td>{roleName(m.role)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {manage && (
        <MembersForm
          projectId={projectId}
          invites={invites.map((i) => ({ id: i.id, email: i.email, role: i.role, createdAt: i.createdAt.toISOString() }))}
        />
      )}
    </main>
  );
}
