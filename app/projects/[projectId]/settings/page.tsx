import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { projectAccess } from '@/lib/server/access';
import { listDocuments } from '@/lib/server/documents/list-documents';
import { listGlossary } from '@/lib/server/glossary/list-glossary';
import { loadForPage, requirePageUser } from '@/lib/server/http/page-guard';
import { getProjectSettings } from '@/lib/server/projects/get-project-settings';
import { DocumentsTable } from './_components/documents-table';
import { SettingsForm } from './_components/settings-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('settings'))('title') };
}

// Project admins only (project:manage): the page check is for the page; each action checks again.
export default async function ProjectSettingsPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const user = await requirePageUser(`/projects/${projectId}/settings`);
  const data = await loadForPage(async () => {
    await projectAccess(user, projectId, 'project:manage');
    const [settings, documents, glossary] = await Promise.all([
      getProjectSettings(user, { projectId }),
      listDocuments(user, { projectId }),
      listGlossary(user, { projectId, limit: 1 }),
    ]);
    return { settings, documents, glossaryTotal: glossary.total };
  });
  const { settings, documents, glossaryTotal } = data;
  const [t, nav] = await Promise.all([getTranslations('settings'), getTranslations('nav')]);
  return (
    <main>
      <p className="muted">
        <Link href="/projects">{nav('projects')}</Link> / <Link href={`/projects/${projectId}`}>{settings.name}</Link> /
      </p>
      <h1>{t('heading')}</h1>
      <p className="muted">{t('languages', { source: settings.sourceLang, target: settings.targetLang })}</p>

      <h2 id="settings-heading">{t('general')}</h2>
      <SettingsForm projectId={projectId} settings={settings} />

      <h2>{t('glossary')}</h2>
      <p>
        <Link href={`/projects/${projectId}/glossary`}>{t('openGlossary')}</Link>{' '}
        <span className="muted">{t('glossaryNote', { count: glossaryTotal })}</span>
      </p>

      <h2>{t('documents')}</h2>
      <DocumentsTable
        projectId={projectId}
        documents={documents.map((d) => ({ id: d.id, title: d.title, beads: d.beads, status: d.status }))}
      />
    </main>
  );
}
