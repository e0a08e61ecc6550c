import type { Metadata } from 'next';
import Link from 'next/link';
import { projectAccess } from '@/lib/server/access';
import { listDocuments } from '@/lib/server/documents/list-documents';
import { listGlossary } from '@/lib/server/glossary/list-glossary';
import { loadForPage, requirePageUser } from '@/lib/server/http/page-guard';
import { getProjectSettings } from '@/lib/server/projects/get-project-settings';
import { DocumentsTable } from './_components/documents-table';
import { SettingsForm } from './_components/settings-form';

export const metadata: Metadata = { title: 'Project settings' };

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
  return (
    <main>
      <p className="muted">
        <Link href="/projects">Projects</Link> / <Link href={`/projects/${projectId}`}>{settings.name}</Link> /
      </p>
      <h1>Settings</h1>
      <p className="muted">
        {settings.sourceLang} → {settings.targetLang} (the languages of a project cannot change)
      </p>

      <h2 id="settings-heading">General</h2>
      <SettingsForm projectId={projectId} settings={settings} />

      <h2>Glossary</h2>
      <p>
        <Link href={`/projects/${projectId}/glossary`}>Open the glossary</Link>{' '}
        <span className="muted">
          ({glossaryTotal.toLocaleString('en')} entr{glossaryTotal === 1 ? 'y' : 'ies'}; editors and admins may change it)
        </span>
      </p>

      <h2>Documents</h2>
      <DocumentsTable
        projectId={projectId}
        documents={documents.map((d) => ({ id: d.id, title: d.title, beads: d.beads, status: d.status }))}
      />
    </main>
  );
}
