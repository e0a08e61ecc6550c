import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { loadForPage, requirePageUser } from '@/lib/server/http/page-guard';
import { listMyProjects } from '@/lib/server/projects/manage-projects';
import { listUsers } from '@/lib/server/users/manage-users';
import { CreateProjectForm } from '@/app/projects/_components/create-project-form';
import { CreateUserForm, UserRowActions } from './_components/user-forms';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin'))('title') };
}

export default async function AdminPage() {
  const user = await requirePageUser('/admin');
  const data = await loadForPage(async () => ({ users: await listUsers(user), projects: await listMyProjects(user) }));
  const [t, tProjects, roleName, format] = await Promise.all([
    getTranslations('admin'),
    getTranslations('projects'),
    getTranslations('roles'),
    getFormatter(),
  ]);
  return (
    <main>
      <h1>{t('title')}</h1>
      <h2>{t('users')}</h2>
      <table className="list">
        <thead>
          <tr>
            <th>{t('colName')}</th>
            <th>{t('colEmail')}</th>
            <th>{t('colStatus')}</th>
            <th>{t('colActions')}</th>
          </tr>
        </thead>
        <tbody>
          {data.users.map((u) => (
            <tr key={u.id}>
              <td>
                {u.name}
                {u.isAdmin && (
                  <span className="badge" style={{ marginLeft: 6 }}>
                    {roleName('admin')}
                  </span>
                )}
              </td>
              <td className="break-anywhere">{u.email}</td>
              <td>{t('userStatus', { active: String(u.active), locked: String(u.locked) })}</td>
              <td>
                {u.id === user.id ? (
                  <span className="muted">{t('you')}</span>
                ) : (
                  <UserRowActions userId={u.id} email={u.email} active={u.active} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('newUser')}</h2>
      <CreateUserForm />
      <h2>{tProjects('title')}</h2>
      <table className="list">
        <thead>
          <tr>
            <th>{tProjects('project')}</th>
            <th>{tProjects('languages')}</th>
            <th>{tProjects('documents')}</th>
          </tr>
        </thead>
        <tbody>
          {data.projects.map((p) => (
            <tr key={p.id}>
              <td>
                <Link href={`/projects/${p.id}`}>{p.name}</Link>
              </td>
              <td>
                {p.sourceLang} → {p.targetLang}
              </td>
              <td>{format.number(p.documentCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{tProjects('new')}</h2>
      <CreateProjectForm />
    </main>
  );
}
