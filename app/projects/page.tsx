import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requirePageUser } from '@/lib/server/http/page-guard';
import { listMyProjects } from '@/lib/server/projects/manage-projects';
import { listMyInvites } from '@/lib/server/projects/my-invites';
import { CreateProjectForm } from './_components/create-project-form';
import { MyInvitations } from './_components/my-invitations';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('projects'))('title') };
}

export default async function ProjectsPage() {
  const user = await requirePageUser('/projects');
  const [projects, invites, t, roleName] = await Promise.all([
    listMyProjects(user),
    listMyInvites(user),
    getTranslations('projects'),
    getTranslations('roles'),
  ]);
  return (
    <main>
      <h1>{t('title')}</h1>
      <MyInvitations invites={invites.map((i) => ({ ...i, createdAt: i.createdAt.toISOString() }))} />
      {projects.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th>{t('project')}</th>
              <th>{t('languages')}</th>
              <th>{t('yourRole')}</th>
              <th>{t('documents')}</th>
            </tr>
          </thead>
          <tbody>
            {projects.map((p) => (
              <tr key={p.id}>
                <td>
                  <Link href={`/projects/${p.id}`}>{p.name}</Link>
                </td>
                <td>
                  {p.sourceLang} → {p.targetLang}
                </td>
                <td>{roleName(p.role)}</td>
                <td>{p.documentCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('new')}</h2>
      <CreateProjectForm />
    </main>
  );
}
